package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Street staff on a phone-sized window draw a road on the project form's map by clicking two points, save it, and see
 * its measured length on the project's page with the road drawn on the map.
 */
class WorksBrowserIT extends BrowserTest {

    @Test
    void aRoadDrawnOnThePhoneIsSavedWithItsLength() {
        browser.manage().window().setSize(new Dimension(390, 844));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn("street");
        browser.get(url("/works/projects/new"));
        browser.findElement(By.name("name")).sendKeys("手机上画的路");
        new Select(browser.findElement(By.name("ownerUnit"))).selectByValue("D035");
        new Select(browser.findElement(By.id("area-filter"))).selectByIndex(1);
        press(browser.findElement(By.cssSelector("[data-draw='LineString']")));
        WebElement map = browser.findElement(By.id("works-map"));
        new Actions(browser)
                .moveToElement(map, -100, 0)
                .click()
                .moveToElement(map, 100, 0)
                .click()
                .perform();
        String geometry = browser.findElement(By.id("geometry")).getDomProperty("value");
        assertThat(geometry).contains("\"LineString\"");

        press(browser.findElement(By.id("project-submit")));
        wait.until(ExpectedConditions.urlMatches("/works/projects/[0-9a-f-]{36}$"));
        assertThat(browser.findElement(By.id("project-length")).getText()).endsWith(" km");
        assertThat(browser.findElements(By.cssSelector("#works-map path.leaflet-interactive")))
                .isNotEmpty();
    }
}
