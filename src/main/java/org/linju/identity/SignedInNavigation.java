package org.linju.identity;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the layout shows a signed-in person ({@code ${nav}}): the role's menu, which item is the current page, and the
 * user menu's name, role and area (the area's names are looked up only when a page shows them).
 */
public final class SignedInNavigation {

    private final Navigation.Menu menu;
    private final String path;
    private final CurrentUser user;
    private final Supplier<List<String>> areaNames;
    private @Nullable List<String> areas;

    SignedInNavigation(Navigation.Menu menu, String path, CurrentUser user, Supplier<List<String>> areaNames) {
        this.menu = menu;
        this.path = path;
        this.user = user;
        this.areaNames = areaNames;
    }

    public List<Navigation.Section> sections() {
        return menu.sections();
    }

    public List<NavItem> tabs() {
        return menu.tabs();
    }

    public List<NavItem> personal() {
        return menu.personal();
    }

    /** Whether the item is the page shown (the most specific item wins: /matters/new is not also /matters). */
    public boolean isCurrent(NavItem item) {
        if (!item.isCurrent(path)) {
            return false;
        }
        return menu.sections().stream()
                .flatMap(section -> section.items().stream())
                .noneMatch(other -> other != item
                        && other.isCurrent(path)
                        && other.path().length() > item.path().length());
    }

    public String displayName() {
        return user.displayName();
    }

    public Role role() {
        return user.role();
    }

    public GridScope scope() {
        return user.scope();
    }

    public List<String> areas() {
        if (areas == null) {
            areas = areaNames.get();
        }
        return areas;
    }
}
