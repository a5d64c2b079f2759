package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linju.QrReading;
import org.linju.grid.GridLocation;
import org.linju.grid.GridLocator;
import org.linju.identity.Accounts;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.PublicBaseUrl;
import org.linju.shared.RegionCode;
import org.linju.shared.Theme;
import org.linju.works.LivelihoodProjects;
import org.linju.works.ProjectDraft;
import org.linju.works.ProjectStatus;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 码上监督 end to end: street staff draft a livelihood project's disclosure, the finance bureau checks it and the
 * district publishes it, each signed in as themselves; the QR code on its board leads a resident's phone (signed out)
 * to its public page, where they report a problem; the leader of the grid the project lies in finds that matter by its
 * tracking code in the matters list, and the leader of another grid does not.
 */
class DisclosureJourneyBrowserIT extends BrowserTest {

    private static final String NAME = "浏览器测试：七里沟口袋公园";

    /** Inside 七里沟社区第4网格, away from the grids other tests count matters in. */
    private static final double LAT = 31.1962;

    private static final double LNG = 107.4885;

    /** The heating plant's site, in another community's grid. */
    private static final double OTHER_LAT = 31.2194;

    private static final double OTHER_LNG = 107.4873;

    @Autowired
    Accounts accounts;

    @Autowired
    LivelihoodProjects projects;

    @Autowired
    GridLocator locator;

    @Autowired
    PublicBaseUrl baseUrl;

    @AfterEach
    void removeTheProject() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        List<UUID> ids = jdbc.sql("select id from livelihood_project where name = ?")
                .param(NAME)
                .query(UUID.class)
                .list();
        for (UUID id : ids) {
            jdbc.sql("delete from disclosure_feedback where subject_kind = 'project' and subject_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from disclosure_step where item_id in "
                            + "(select id from disclosure_item where kind = 'project' and subject_id = ?)")
                    .param(id)
                    .update();
            jdbc.sql("delete from disclosure_item where kind = 'project' and subject_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from livelihood_project where id = ?").param(id).update();
        }
    }

    @Test
    void aPublishedProjectsQrCodeLeadsAResidentsReportToTheGridLeader() throws Exception {
        UUID project = register();
        String item = draftAsStreet(project);
        step("finance", item, "review-button", "REVIEWED");
        step("admin", item, "publish-button", "PUBLISHED");

        String page = "/public/disclosure/project/" + project;
        URI scanned = URI.create(decodeQr(page + "/qr.png"));
        assertThat(scanned.toString()).isEqualTo(baseUrl.of(page));

        String code = reportFromAPhone(scanned.getRawPath());

        GridLocation grid = locator.locate(LAT, LNG).orElseThrow();
        GridLocation other = locator.locate(OTHER_LAT, OTHER_LNG).orElseThrow();
        assertThat(other.code()).isNotEqualTo(grid.code());
        signIn(leaderOf(grid.code()));
        assertThat(searchMatters(code)).as("the grid's leader finds the report").contains(code);
        signIn(leaderOf(other.code()));
        assertThat(searchMatters(code)).as("another grid's leader does not").doesNotContain(code);
    }

    private UUID register() {
        return projects.register(
                accounts.loadUserByUsername("admin"),
                new ProjectDraft(
                        NAME,
                        null,
                        LocalDate.now(DateRange.CHINA).getYear(),
                        ProjectStatus.UNDER_CONSTRUCTION,
                        "闲置地改造为口袋公园，铺设步道，增设座椅和儿童游乐设施。",
                        "D034",
                        "达州川东城建工程有限公司",
                        "{\"type\":\"Point\",\"coordinates\":[" + LNG + "," + LAT + "]}",
                        null,
                        null,
                        List.of(Theme.THREE_MICRO)));
    }

    /** From the project's staff page into the workflow: the draft's page, whose id is returned. */
    private String draftAsStreet(UUID project) {
        signIn("street");
        browser.get(url("/works/projects/" + project));
        press(browser.findElement(By.id("disclosure-start-project")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("draft-submit")));
        press(browser.findElement(By.id("draft-submit")));
        waiting().until(ExpectedConditions.urlMatches("/disclosure/[0-9a-f-]{36}$"));
        String current = browser.getCurrentUrl();
        String item = current.substring(current.lastIndexOf('/') + 1);
        assertThat(stateOf(item)).isEqualTo("DRAFT");
        return item;
    }

    private void step(String username, String item, String button, String state) {
        signIn(username);
        browser.get(url("/disclosure/" + item));
        press(browser.findElement(By.id(button)));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("step-notice")));
        assertThat(stateOf(item)).as(username + " takes the step").isEqualTo(state);
    }

    private String stateOf(String item) {
        return jdbc.sql("select state from disclosure_item where id = cast(? as uuid)")
                .param(item)
                .query(String.class)
                .single();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String decodeQr(String path) throws Exception {
        HttpResponse<byte[]> png = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        return QrReading.text(png.body());
    }

    /** Signed out, on a phone, on the page the QR code opened: the problem reported, and its tracking code. */
    private String reportFromAPhone(String path) {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url(path));
        assertThat(browser.findElement(By.id("item-title")).getText()).isEqualTo(NAME);
        new Select(browser.findElement(By.id("ask-category"))).selectByValue("0301");
        browser.findElement(By.id("ask-description")).sendKeys("公园入口的行道树被风吹倒了，压住了围挡，行人只能绕行。");
        browser.findElement(By.id("ask-phone")).sendKeys("139" + (10_000_000 + (System.nanoTime() % 89_999_999)));
        press(browser.findElement(By.id("ask-submit")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        String code = browser.findElement(By.id("tracking-code")).getText();
        assertThat(code).isNotBlank();
        browser.manage().window().setSize(new Dimension(1366, 900));
        return code;
    }

    /** The matters list, filtered by the tracking code through its filter form; the list's text. */
    private String searchMatters(String code) {
        browser.get(url("/matters"));
        waiting()
                .withMessage(() -> "the matters filter form, but the browser is at " + browser.getCurrentUrl() + ": "
                        + browser.findElement(By.tagName("h1")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("matter-filters")));
        browser.findElement(By.cssSelector("#matter-filters input[name='q']")).sendKeys(code);
        press(browser.findElement(By.cssSelector("#matter-filters button[type='submit']")));
        waiting().until(ExpectedConditions.urlContains("q=" + code));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list")));
        return browser.findElement(By.id("list")).getText();
    }

    /** A leader of the grid opened for this test alone, as the demo's leaders are shared with other tests. */
    private String leaderOf(String grid) {
        String username = "disclosure-browser-leader-" + grid;
        if (accounts.find(username).isEmpty()) {
            accounts.open(NewAccount.scoped(
                    username, "网格长 测试", Role.GRID_LEADER, Set.of(RegionCode.of(grid)), "Linju@2026", false));
        }
        return username;
    }
}
