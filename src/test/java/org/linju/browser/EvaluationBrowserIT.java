package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A district admin computes a two-month cycle on the cycles page; the demo grid leader then finds it, opens their own
 * breakdown (every indicator with its records, their rank) and appeals, and sees the appeal waiting for a decision.
 */
class EvaluationBrowserIT extends BrowserTest {

    @Test
    void aCycleRunsAndTheGridLeaderSeesTheirBreakdownAndAppeals() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn("admin");
        browser.get(url("/evaluation"));
        new Select(browser.findElement(By.cssSelector("#compute-form [name='cycle']"))).selectByValue("2026-2");
        press(browser.findElement(By.cssSelector("#compute-form button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking")));
        assertThat(browser.findElements(By.cssSelector("#ranking tbody td a"))).isNotEmpty();

        signIn("leader");
        browser.get(url("/evaluation"));
        press(browser.findElement(By.xpath("//table[@id='cycles']//a[contains(., '2026年第2期')]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking")));
        press(browser.findElement(By.cssSelector("#ranking td a")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        assertThat(browser.findElement(By.id("indicators")).getText()).contains("响应率", "解决率", "满意率");
        assertThat(browser.findElement(By.id("rank")).getText()).startsWith("第 ");

        browser.findElement(By.cssSelector("#appeal-form [name='reason']")).sendKeys("入户走访记录已补录，请复核");
        press(browser.findElement(By.cssSelector("#appeal-form button")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeals"), "待裁决"));
        assertThat(browser.findElements(By.id("appeal-form"))).isEmpty();
    }
}
