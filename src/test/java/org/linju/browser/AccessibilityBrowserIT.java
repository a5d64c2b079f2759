package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.DemoPoints;
import org.linju.DemoRoles;
import org.linju.disclosure.DisclosureTestItems;
import org.linju.grid.GridLocator;
import org.linju.identity.Accounts;
import org.linju.identity.Role;
import org.linju.matters.Channel;
import org.linju.matters.Intake;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * axe-core (the library's own axe.min.js, injected) finds no serious or critical violation on the public pages (also
 * in care mode) and on the workbench of every role; care mode makes the public pages larger and is remembered.
 */
class AccessibilityBrowserIT extends BrowserTest {

    private static Receipt matter;
    private static String annualItem;
    private static String disclosedItem;
    private static String titledWorkshop;

    @Autowired
    Accounts accounts;

    @Autowired
    Intake intake;

    @Autowired
    GridLocator locator;

    @Autowired
    ApplicationContext context;

    /** A published item's public page (码上监督), with a test-only kind until the real ones arrive. */
    @BeforeEach
    void aDisclosedItem() {
        if (disclosedItem == null) {
            disclosedItem = DisclosureTestItems.publishedPage(context);
        }
    }

    /** An adopted item of the board's community (the demo gives each community its list), for its public page. */
    @BeforeEach
    void anAnnualItem() {
        annualItem = jdbc.sql(
                        "select min(id::text) from annual_item where community_code = ? and status in ('ADOPTED', 'IN_PROGRESS', 'DONE')")
                .param(LayoutBrowserIT.BOARD.substring(LayoutBrowserIT.BOARD.lastIndexOf('/') + 1))
                .query(String.class)
                .single();
    }

    /** A titled demo workshop, for its public page. */
    @BeforeEach
    void aTitledWorkshop() {
        titledWorkshop = jdbc.sql(
                        "select min(id::text) from workshop where title = 'TITLED' and grid_code like '511703%'")
                .query(String.class)
                .single();
    }

    @BeforeEach
    void aMatterToTrack() {
        if (matter == null) {
            String grid = accounts.loadUserByUsername("worker")
                    .scope()
                    .roots()
                    .iterator()
                    .next()
                    .value();
            double[] point = DemoPoints.in(grid, jdbc, locator);
            matter = intake.report(
                    new NewReport("小区健身器材松动，孩子玩耍有危险", "1201", point[0], point[1], "13800138001", Channel.WEB),
                    null,
                    null);
        }
    }

    @Test
    void thePublicPagesHaveNoSeriousAccessibilityViolationInEitherMode() {
        PageInspector inspector = new PageInspector(browser);
        browser.manage().deleteAllCookies();
        List<String> violations = new ArrayList<>();
        for (String mode : List.of("standard", "care")) {
            browser.get(url("/public/care?on=" + mode.equals("care") + "&back=/report"));
            for (PageInspector.Viewport viewport : LayoutBrowserIT.VIEWPORTS) {
                inspector.resize(viewport);
                for (String path : publicPages()) {
                    inspector.open(url(path));
                    inspector
                            .accessibilityViolations()
                            .forEach(v -> violations.add(mode + " " + viewport + " " + path + ": " + v));
                }
            }
        }
        assertThat(violations).as("axe-core: serious or critical violations").isEmpty();
    }

    @Test
    void theWorkbenchHasNoSeriousAccessibilityViolationForAnyRole() {
        PageInspector inspector = new PageInspector(browser);
        List<String> violations = new ArrayList<>();
        for (Role role : Role.values()) {
            signIn(DemoRoles.username(role));
            for (PageInspector.Viewport viewport : LayoutBrowserIT.VIEWPORTS) {
                inspector.resize(viewport);
                inspector.open(url("/"));
                inspector.accessibilityViolations().forEach(v -> violations.add(role + " " + viewport + " /: " + v));
            }
        }
        assertThat(violations).as("axe-core: serious or critical violations").isEmpty();
    }

    @Test
    void careModeMakesTheTextAndTouchTargetsLargerAndIsRememberedOnEveryPublicPage() {
        PageInspector inspector = new PageInspector(browser);
        browser.manage().deleteAllCookies();
        inspector.resize(LayoutBrowserIT.VIEWPORTS.get(1));
        inspector.open(url("/report"));
        assertThat(sizes(inspector).get("care")).isEqualTo(false);
        assertThat(browser.findElement(By.id("care-toggle")).getText()).isEqualTo("关怀模式");

        browser.findElement(By.id("care-toggle")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/report");
        for (String path : publicPages()) {
            inspector.open(url(path));
            Map<?, ?> sizes = sizes(inspector);
            assertThat(sizes.get("care")).as("care mode remembered on %s", path).isEqualTo(true);
            assertThat(((Number) sizes.get("bodyPx")).doubleValue())
                    .as("body text on %s", path)
                    .isGreaterThanOrEqualTo(18);
            assertThat((List<?>) sizes.get("small"))
                    .as("controls under 48 px on %s", path)
                    .isEmpty();
        }
        assertThat(browser.findElement(By.id("care-toggle")).getText()).isEqualTo("标准模式");

        browser.findElement(By.id("care-toggle")).click();
        assertThat(sizes(inspector).get("care")).isEqualTo(false);
    }

    private static Map<?, ?> sizes(PageInspector inspector) {
        return (Map<?, ?>) inspector.run("/browser/careSizes.js");
    }

    private static List<String> publicPages() {
        return List.of(
                "/report",
                "/track/" + matter.trackingCode(),
                LayoutBrowserIT.BOARD,
                LayoutBrowserIT.BOARD + "/proposals",
                LayoutBrowserIT.BOARD + "/annual/" + Year.now(ZoneId.of("Asia/Shanghai")),
                "/public/annual/" + annualItem,
                disclosedItem,
                disclosedItem + "/board",
                "/public/workshops",
                "/public/workshops/" + titledWorkshop);
    }
}
