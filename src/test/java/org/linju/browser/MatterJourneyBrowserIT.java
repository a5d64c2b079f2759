package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident reports with a photo and a pin; the grid leader triages it yellow and handles it through to strike-off,
 * with a photo after handling; the resident rates it; the dashboard counts it.
 */
class MatterJourneyBrowserIT extends BrowserTest {

    /** Each step's form sits folded under its button; the button opens it. */
    private void open(String action) {
        WebElement step = browser.findElement(By.id("step-" + action));
        if (step.getDomAttribute("open") == null) {
            press(step.findElement(By.tagName("summary")));
        }
    }

    private void act(String action, String note) {
        open(action);
        By form = By.cssSelector("form[action$='/actions/" + action + "']");
        if (note != null) {
            browser.findElement(form).findElement(By.name("note")).sendKeys(note);
        }
        WebElement before = browser.findElement(By.id("timeline"));
        press(browser.findElement(form).findElement(By.tagName("button")));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // The page before the step has a timeline too: wait for it to go, or the next look may catch it leaving.
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    }

    /** The community's numbers, which other tests' matters in the demo grids also count: compare before and after. */
    private JsonNode secretarysDashboard() {
        browser.manage().deleteAllCookies();
        signIn("secretary");
        browser.get(url("/matters/dashboard"));
        return JsonMapper.builder()
                .build()
                .readTree(browser.findElement(By.id("dashboard-data")).getDomAttribute("data-numbers"));
    }

    @Test
    void fromAResidentsReportToTheDashboard() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String grid = jdbc.sql("select scope_codes[1] from account where username = 'leader'")
                .query(String.class)
                .single();
        Map<String, Object> centre = jdbc.sql(
                        "select (min_lat + max_lat) / 2 as lat, (min_lng + max_lng) / 2 as lng from grid where code = ?")
                .param(grid)
                .query()
                .singleRow();
        JsonNode before = secretarysDashboard();
        Path photo = Files.createTempFile("streetlight", ".jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());

        browser.manage().deleteAllCookies();
        browser.get(url("/report"));
        new Select(browser.findElement(By.id("category"))).selectByValue("0101");
        browser.findElement(By.id("description")).sendKeys("3栋门口路灯坏了，晚上很黑");
        browser.findElement(By.id("photos")).sendKeys(photo.toString());
        ((JavascriptExecutor) browser)
                .executeScript(
                        "linjuPinMap.fire('click', {latlng: L.latLng(arguments[0], arguments[1])})",
                        centre.get("lat"),
                        centre.get("lng"));
        wait.until(ExpectedConditions.textMatches(By.id("pin-grid"), Pattern.compile("第\\d+网格")));
        press(browser.findElement(By.id("report-submit")));
        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")))
                .getText();
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("已上报");

        signIn("leader");
        browser.get(url("/matters"));
        press(browser.findElement(By.linkText(code)));
        assertThat(browser.findElements(By.cssSelector("img.thumb"))).hasSize(1);
        Select urgency = new Select(browser.findElement(By.name("urgency")));
        urgency.selectByValue("NORMAL");
        new Select(browser.findElement(By.name("difficulty"))).selectByValue("COMMUNITY");
        press(browser.findElement(By.cssSelector("#triage-form button")));
        wait.until(ExpectedConditions.textToBe(By.id("stage"), "已立案"));
        assertThat(browser.findElement(By.cssSelector(".tag.yellow")).getText()).isEqualTo("黄色");
        act("DISPATCH", null);
        act("ACCEPT", null);
        act("START", null);
        open("RESOLVE");
        browser.findElement(By.cssSelector("form[action$='/actions/RESOLVE'] input[name=photos]"))
                .sendKeys(photo.toString());
        act("RESOLVE", "已更换路灯灯泡");
        assertThat(browser.findElements(By.cssSelector("#timeline .step-photos img.thumb")))
                .as("the photo after handling, at its step")
                .hasSize(1);
        act("VERIFY", "夜间现场核实已亮");
        act("STRIKE_OFF", null);
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("已销号");

        browser.manage().deleteAllCookies();
        browser.get(url("/track/" + code));
        press(browser.findElement(By.cssSelector("input[value='SATISFIED']")));
        press(browser.findElement(By.cssSelector("#rating-form button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-steps")));
        assertThat(browser.getPageSource()).contains("感谢您的评价").contains("已更换路灯灯泡");

        JsonNode after = secretarysDashboard();
        assertThat(after.path("byStage").path("STRUCK_OFF").asLong())
                .as("struck off in the community")
                .isEqualTo(before.path("byStage").path("STRUCK_OFF").asLong() + 1);
        assertThat(after.path("byColour").path("YELLOW").asLong())
                .as("yellow in the community")
                .isEqualTo(before.path("byColour").path("YELLOW").asLong() + 1);
        assertThat(jdbc.sql("select rating from matter where tracking_code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("SATISFIED");
    }
}
