package org.linju.residents;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.linju.identity.Role;
import org.linju.privacy.DataPolicy;
import org.springframework.stereotype.Component;

/**
 * The register for staff; the erasure requests for the roles that decide them; the roster import for the roles that
 * may write personal data in bulk (the same rule the import itself applies).
 */
@Component
class ResidentsNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        Set<Role> importers = EnumSet.allOf(Role.class).stream()
                .filter(DataPolicy::mayImport)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return List.of(
                NavItem.forStaff(NavGroup.RESIDENTS, "nav.residents.list", "/residents", 10),
                NavItem.forRoles(
                        NavGroup.RESIDENTS, "nav.residents.erasures", "/residents/erasures", 20, Erasure.DECIDERS),
                NavItem.forRoles(NavGroup.ADMIN, "nav.admin.residentImport", "/residents/import", 30, importers));
    }
}
