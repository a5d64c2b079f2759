package org.linju.staff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The areas an admin may give an account: the regions and grids of their own area, picked from the tree rather than
 * typed, and nothing the tree does not hold.
 */
@Component
public class AccountAreas {

    /** One area to pick, its label indented by its depth so that a flat list still reads as the tree. */
    public record Choice(String code, String label, String level) {}

    private final AreaChoices areas;
    private final AreaNames names;

    AccountAreas(AreaChoices areas, AreaNames names) {
        this.areas = areas;
        this.names = names;
    }

    public List<Choice> of(CurrentUser admin) {
        return areas.tree(admin.scope()).stream()
                .map(area -> new Choice(
                        area.code(),
                        "\u3000".repeat(area.level().ordinal()) + area.name(),
                        area.level().name()))
                .toList();
    }

    /** The codes of the areas the admin may give. */
    public Set<String> codes(CurrentUser admin) {
        return areas.tree(admin.scope()).stream().map(AreaChoices.Area::code).collect(Collectors.toSet());
    }

    /** The name of each code that names an area. */
    public Map<String, String> names(Collection<String> codes) {
        return names.of(codes);
    }
}
