package org.linju.identity;

import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Identity's pages in the navigation: the workbench, account administration, the audit log (audit is below identity
 * and cannot name identity's roles; /admin/** is for district admins by the security configuration) and each
 * person's own pages.
 */
@Component
class IdentityNavigation implements NavContribution {

    private static final EnumSet<Role> ADMIN = EnumSet.of(Role.DISTRICT_ADMIN);

    /** Issue 16 §4: district admins, and sub-district (street) admins within their own area, manage accounts. */
    private static final EnumSet<Role> ACCOUNT_ADMINS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF);

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forEveryone(NavGroup.WORKBENCH, "nav.workbench", "/", 10)
                        .asTab(1),
                NavItem.forRoles(NavGroup.ADMIN, "nav.admin.accounts", "/admin/accounts", 10, ACCOUNT_ADMINS),
                NavItem.forRoles(
                        NavGroup.ADMIN, "nav.admin.accountImport", "/admin/accounts/import", 15, ACCOUNT_ADMINS),
                NavItem.forRoles(NavGroup.ADMIN, "nav.admin.allTokens", "/admin/tokens", 60, ADMIN),
                NavItem.forRoles(NavGroup.ADMIN, "nav.admin.audit", "/admin/audit", 70, ADMIN),
                NavItem.forRoles(NavGroup.ADMIN, "nav.admin.signIns", "/admin/sign-ins", 80, ADMIN),
                NavItem.forEveryone(NavGroup.ACCOUNT, "nav.password", PasswordChangeFilter.PASSWORD_PAGE, 10),
                NavItem.forStaff(NavGroup.ACCOUNT, "nav.myTokens", ApiTokenController.PAGE, 20));
    }
}
