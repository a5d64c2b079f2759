package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.linju.identity.Accounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A grid leader in a real (headless) Chromium: signs in, sees the own grid on the map, opens its card, and is
 * refused another community's grid. Skips when Chromium is not installed, except on CI ({@code CI=true}).
 */
class GridMapBrowserIT extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void aGridLeaderSeesTheOwnGridAndIsRefusedAnotherCommunitys() {
        String ownGrid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        String otherGrid = jdbc.sql("select min(code) from grid where community_code <> ?")
                .param(ownGrid.substring(0, 12))
                .query(String.class)
                .single();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        signIn("leader");
        assertThat(browser.findElement(By.id("role")).getText()).isEqualTo("网格长");

        browser.get(url("/map"));
        WebElement map = browser.findElement(By.id("grid-map"));
        wait.until(ExpectedConditions.attributeToBe(map, "data-ready", "true"));
        assertThat(map.getAttribute("data-grid-count")).isEqualTo("1");
        assertThat(browser.findElement(By.id("synthetic-note")).isDisplayed()).isTrue();
        WebElement polygon = browser.findElement(By.cssSelector("path[data-grid='" + ownGrid + "']"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", polygon);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-card .grid-card")));
        assertThat(browser.findElement(By.id("grid-card")).getText())
                .contains(ownGrid)
                .contains("网格长");

        browser.get(url("/grids/" + otherGrid));
        assertThat(browser.findElement(By.id("error-message")).getText()).contains("超出您的角色或管辖范围");
        assertThat(browser.getPageSource()).doesNotContain(otherGrid.substring(0, 12) + "第");
    }
}
