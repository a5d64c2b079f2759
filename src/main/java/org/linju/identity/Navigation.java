package org.linju.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The navigation each role sees, assembled from every module's {@link NavContribution}: the task groups and their
 * items (only what the role may open), the phone's tabs (the role's most used items) and the signed-in person's own
 * pages. Computed once per role at start-up.
 */
@Service
public class Navigation {

    /** Phone tabs besides "more": four fit a 390 px screen with their labels. */
    static final int TABS = 4;

    private final Map<Role, Menu> menus = new EnumMap<>(Role.class);

    public Navigation(List<NavContribution> contributions) {
        List<NavItem> all = contributions.stream()
                .flatMap(contribution -> contribution.items().stream())
                .sorted(Comparator.comparing(NavItem::group).thenComparingInt(NavItem::order))
                .toList();
        refuseDuplicatePaths(all);
        for (Role role : Role.values()) {
            menus.put(role, assemble(role, all));
        }
    }

    /** The groups (in order, empty ones left out), tabs and personal pages of a role. */
    public Menu menuFor(Role role) {
        return menus.get(role);
    }

    /** Every page the role's navigation reaches, the personal ones included. */
    public List<NavItem> itemsFor(Role role) {
        Menu menu = menuFor(role);
        List<NavItem> items = new ArrayList<>();
        menu.sections().forEach(section -> items.addAll(section.items()));
        items.addAll(menu.personal());
        return List.copyOf(items);
    }

    private static Menu assemble(Role role, List<NavItem> all) {
        List<NavItem> allowed = all.stream().filter(item -> item.allows(role)).toList();
        Map<NavGroup, List<NavItem>> byGroup = allowed.stream()
                .filter(item -> item.group() != NavGroup.ACCOUNT)
                .collect(Collectors.groupingBy(
                        NavItem::group, () -> new EnumMap<>(NavGroup.class), Collectors.toList()));
        List<Section> sections = byGroup.entrySet().stream()
                .map(entry -> new Section(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
        List<NavItem> tabs = allowed.stream()
                .filter(item -> item.tabRank() > 0)
                .sorted(Comparator.comparingInt(NavItem::tabRank))
                .limit(TABS)
                .toList();
        List<NavItem> personal = allowed.stream()
                .filter(item -> item.group() == NavGroup.ACCOUNT)
                .toList();
        return new Menu(sections, tabs, personal);
    }

    /** Two modules claiming one path is a merge mistake: say so at start-up, not as a doubled menu entry. */
    private static void refuseDuplicatePaths(List<NavItem> all) {
        Map<String, NavItem> seen = new HashMap<>();
        for (NavItem item : all) {
            NavItem before = seen.putIfAbsent(item.path(), item);
            if (before != null) {
                throw new IllegalStateException("two navigation items for " + item.path() + ": " + before.messageKey()
                        + " and " + item.messageKey());
            }
        }
    }

    /** One group of the menu with the items the role may open. */
    public record Section(NavGroup group, List<NavItem> items) {}

    /** A role's navigation. */
    public record Menu(List<Section> sections, List<NavItem> tabs, List<NavItem> personal) {}
}
