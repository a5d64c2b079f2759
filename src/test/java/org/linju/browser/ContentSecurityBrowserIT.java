package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A grid name from an outside boundary file that carries markup is shown as text on the public board and the staff
 * map, never run; and every page works under the content security policy (the base class fails a test on any
 * violation in the console).
 */
class ContentSecurityBrowserIT extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=\"document.body.dataset.injected='yes'\">";

    private String grid;
    private String originalName;

    @BeforeEach
    void nameAGridWithMarkup() {
        grid = jdbc.sql("select min(code) from grid where synthetic")
                .query(String.class)
                .single();
        originalName = jdbc.sql("select name from grid where code = ?")
                .param(grid)
                .query(String.class)
                .single();
        jdbc.sql("update grid set name = ? where code = ?")
                .params("第一网格" + MARKUP, grid)
                .update();
    }

    @AfterEach
    void restoreName() {
        jdbc.sql("update grid set name = ? where code = ?")
                .params(originalName, grid)
                .update();
    }

    @Test
    void theBoardAndTheMapShowAGridNameWithMarkupAsText() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().deleteAllCookies();
        browser.get(url("/public/communities/" + grid.substring(0, 12)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#board-map .grid-label")));
        List<String> labels = browser.findElements(By.cssSelector("#board-map .grid-label")).stream()
                .map(WebElement::getText)
                .toList();

        assertThat(labels).contains("第一网格" + MARKUP);
        assertThat(browser.findElements(By.cssSelector("#board-map img"))).isEmpty();
        assertThat(injected()).isNull();

        signIn("admin");
        browser.get(url("/map"));
        WebElement map = browser.findElement(By.id("grid-map"));
        wait.until(ExpectedConditions.attributeToBe(map, "data-ready", "true"));
        WebElement polygon = browser.findElement(By.cssSelector("path[data-grid='" + grid + "']"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", polygon);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-map .leaflet-tooltip")));

        assertThat(browser.findElement(By.cssSelector("#grid-map .leaflet-tooltip"))
                        .getText())
                .endsWith(MARKUP);
        assertThat(browser.findElements(By.cssSelector("#grid-map .leaflet-tooltip img")))
                .isEmpty();
        assertThat(injected()).isNull();
    }

    @Test
    void theStaffPagesWithScriptsRunUnderThePolicy() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn("admin");

        browser.get(url("/matters/new"));
        browser.findElement(By.id("use-location")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("location-status"), "")));

        browser.get(url("/matters/dashboard"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-colour canvas")));
        for (String page : List.of(
                "/",
                "/regions",
                "/matters",
                "/residents",
                "/residents/import",
                "/forces",
                "/projects",
                "/emergency",
                "/directives",
                "/inbox",
                "/account/tokens",
                "/admin/notifications",
                "/admin/grids/import",
                "/admin/regions/import",
                "/admin/audit",
                "/admin/matters/settings",
                "/admin/tokens")) {
            browser.get(url(page));
            assertThat(browser.findElements(By.id("error-message"))).as(page).isEmpty();
        }
        browser.get(url("/swagger-ui.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));
        browser.get(url("/report"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pin-map .leaflet-pane")));
    }

    private Object injected() {
        return ((JavascriptExecutor) browser).executeScript("return document.body.dataset.injected || null");
    }
}
