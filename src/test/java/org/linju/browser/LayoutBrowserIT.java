package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.DemoPoints;
import org.linju.DemoRoles;
import org.linju.PagesBuiltElsewhere;
import org.linju.emergency.Emergencies;
import org.linju.emergency.Emergency;
import org.linju.emergency.EmergencyKind;
import org.linju.emergency.EmergencyLevel;
import org.linju.grid.GridLocator;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NavItem;
import org.linju.identity.Navigation;
import org.linju.identity.Role;
import org.linju.matters.Channel;
import org.linju.matters.Intake;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page at a desk's and a phone's width, as every demo role reaches it from its menu (the list comes from the
 * navigation itself), plus a matter, a resident, a grid and an emergency, plus the public pages (the board also as
 * printed): no blocks of the main content covering one another, nothing wider than the window, no console error, no
 * answer of 400 or above.
 */
class LayoutBrowserIT extends BrowserTest {

    static final List<PageInspector.Viewport> VIEWPORTS =
            List.of(new PageInspector.Viewport(1366, 900), new PageInspector.Viewport(390, 844));

    static final String BOARD = "/public/communities/511703001001";

    /** Roles whose area covers the home grid, where the matter, resident and emergency below are. */
    private static final Set<Role> HOME_STAFF = EnumSet.complementOf(EnumSet.of(Role.DEPARTMENT_STAFF, Role.RESIDENT));

    private static Receipt matter;
    private static UUID resident;
    private static String homeGrid;
    private static UUID emergency;

    @Autowired
    Navigation navigation;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intake intake;

    @Autowired
    GridLocator locator;

    @Autowired
    Emergencies emergencies;

    @BeforeEach
    void somethingToShow() {
        if (matter != null) {
            return;
        }
        homeGrid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        double[] point = DemoPoints.in(homeGrid, jdbc, locator);
        matter = intake.report(
                new NewReport("楼道灯坏了，晚上看不见台阶，老人上下楼不安全", "1201", point[0], point[1], "13800138000", Channel.WEB),
                null,
                null);
        resident = jdbc.sql("select id from resident where grid_code = ? order by id limit 1")
                .param(homeGrid)
                .query(UUID.class)
                .single();
        emergency = anEmergencyInTheHomeCommunity();
    }

    @Test
    void thePublicPagesHoldTogetherAtADesksAndAPhonesWidth() {
        PageInspector inspector = new PageInspector(browser);
        browser.manage().deleteAllCookies();
        List<String> problems = new ArrayList<>();
        for (PageInspector.Viewport viewport : VIEWPORTS) {
            inspector.resize(viewport);
            for (String path : List.of("/report", "/track/" + matter.trackingCode(), BOARD)) {
                inspector.open(url(path)).forEach(problem -> problems.add(viewport + " " + path + ": " + problem));
            }
            inspector.openPrinted(url(BOARD)).forEach(problem -> problems.add(viewport + " printed board: " + problem));
        }
        assertThat(problems).as("layout problems on the public pages").isEmpty();
    }

    @Test
    void everyPageOfEveryRolesMenuHoldsTogetherAtADesksAndAPhonesWidth() {
        PageInspector inspector = new PageInspector(browser);
        List<String> problems = new ArrayList<>();
        for (Role role : Role.values()) {
            signIn(DemoRoles.username(role));
            for (PageInspector.Viewport viewport : VIEWPORTS) {
                inspector.resize(viewport);
                for (String path : pagesOf(role)) {
                    inspector.open(url(path)).forEach(problem -> problems.add(describe(role, viewport, path, problem)));
                }
            }
        }
        assertThat(problems).as("layout problems on the staff pages").isEmpty();
    }

    /** The role's menu, then a page of each kind its menu leads to, where the role may open one. */
    private List<String> pagesOf(Role role) {
        Set<String> pages = new LinkedHashSet<>();
        navigation.itemsFor(role).stream()
                .map(NavItem::path)
                .filter(path -> !PagesBuiltElsewhere.absent(path, mvc, accounts))
                .forEach(pages::add);
        if (HOME_STAFF.contains(role)) {
            pages.addAll(List.of(
                    "/matters/" + matter.id(),
                    "/residents/" + resident,
                    "/grids/" + homeGrid,
                    "/emergency/" + emergency));
        }
        return List.copyOf(pages);
    }

    private static String describe(Role role, PageInspector.Viewport viewport, String path, String problem) {
        return role + " " + viewport + " " + path + ": " + problem;
    }

    /** A drill declared and lifted at once (so no other test meets it active). */
    private UUID anEmergencyInTheHomeCommunity() {
        CurrentUser admin = accounts.loadUserByUsername("admin");
        String community = homeGrid.substring(0, 12);
        Emergency drill =
                emergencies.declare(admin, "防汛演练", EmergencyKind.FLOOD, EmergencyLevel.IV, List.of(community));
        emergencies.lift(admin, drill.id(), "演练结束");
        return drill.id();
    }
}
