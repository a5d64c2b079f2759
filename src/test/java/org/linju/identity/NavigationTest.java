package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NavigationTest {

    private static final NavContribution MATTERS = () -> List.of(
            NavItem.forStaff(NavGroup.MATTERS, "nav.matters.new", "/matters/new", 20)
                    .asTab(3),
            NavItem.forStaff(NavGroup.MATTERS, "nav.matters.list", "/matters", 10)
                    .asTab(2),
            NavItem.forRoles(NavGroup.MATTERS, "nav.matters.report", "/report", 50, EnumSet.of(Role.RESIDENT))
                    .asTab(2));

    private static final NavContribution OTHERS = () -> List.of(
            NavItem.forEveryone(NavGroup.WORKBENCH, "nav.workbench", "/", 10).asTab(1),
            NavItem.forEveryone(NavGroup.WORKBENCH, "nav.inbox", "/inbox", 20).asTab(4),
            NavItem.forEveryone(NavGroup.GRIDS, "nav.map", "/map", 10).asTab(5),
            NavItem.forRoles(NavGroup.ADMIN, "nav.admin.audit", "/admin/audit", 70, EnumSet.of(Role.DISTRICT_ADMIN)),
            NavItem.forEveryone(NavGroup.ACCOUNT, "nav.password", "/account/password", 10),
            NavItem.forStaff(NavGroup.ACCOUNT, "nav.myTokens", "/account/tokens", 20));

    private final Navigation navigation = new Navigation(List.of(OTHERS, MATTERS));

    @Test
    void aDistrictAdminSeesEveryGroupInTaskOrderWithItsItemsInOrder() {
        Navigation.Menu menu = navigation.menuFor(Role.DISTRICT_ADMIN);

        assertThat(menu.sections())
                .extracting(Navigation.Section::group)
                .containsExactly(NavGroup.WORKBENCH, NavGroup.MATTERS, NavGroup.GRIDS, NavGroup.ADMIN);
        assertThat(menu.sections().get(1).items())
                .extracting(NavItem::path)
                .containsExactly("/matters", "/matters/new");
        assertThat(menu.personal()).extracting(NavItem::path).containsExactly("/account/password", "/account/tokens");
    }

    @Test
    void aGridWorkerSeesNoAdministrationAndGetsFourTabsByRank() {
        Navigation.Menu menu = navigation.menuFor(Role.GRID_WORKER);

        assertThat(menu.sections()).extracting(Navigation.Section::group).doesNotContain(NavGroup.ADMIN);
        assertThat(menu.tabs()).extracting(NavItem::path).containsExactly("/", "/matters", "/matters/new", "/inbox");
        assertThat(navigation.itemsFor(Role.GRID_WORKER))
                .extracting(NavItem::path)
                .doesNotContain("/admin/audit");
    }

    @Test
    void aResidentSeesTheReportFormButNoStaffPages() {
        assertThat(navigation.itemsFor(Role.RESIDENT))
                .extracting(NavItem::path)
                .containsExactly("/", "/inbox", "/report", "/map", "/account/password");
        assertThat(navigation.menuFor(Role.RESIDENT).tabs())
                .extracting(NavItem::path)
                .containsExactly("/", "/report", "/inbox", "/map");
    }

    @Test
    void twoModulesClaimingOnePathAreRefusedAtStartUp() {
        NavContribution twice = () -> List.of(NavItem.forEveryone(NavGroup.GRIDS, "nav.regions", "/map", 20));

        assertThatThrownBy(() -> new Navigation(List.of(OTHERS, twice)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/map");
    }

    @Test
    void theMostSpecificItemIsTheCurrentPage() {
        CurrentUser user = new CurrentUser(
                UUID.randomUUID(), "w", null, "W", Role.GRID_WORKER, GridScope.none(), false, true, null);
        SignedInNavigation onEntry =
                new SignedInNavigation(navigation.menuFor(Role.GRID_WORKER), "/matters/new", user, List::of);
        SignedInNavigation onHome = new SignedInNavigation(navigation.menuFor(Role.GRID_WORKER), "/", user, List::of);

        List<NavItem> items = navigation.itemsFor(Role.GRID_WORKER);
        assertThat(items.stream().filter(onEntry::isCurrent))
                .extracting(NavItem::path)
                .containsExactly("/matters/new");
        assertThat(items.stream().filter(onHome::isCurrent))
                .extracting(NavItem::path)
                .containsExactly("/");
    }
}
