package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A budget line's page, full of forms and tables, lays out at desk and phone width; on a phone a payment is recorded
 * through its form and shows in the line's payments and figures.
 */
class FundsBrowserIT extends BrowserTest {

    @Test
    void aLinesPageFitsAPhoneAndTakesAPaymentThere() {
        UUID line = jdbc.sql("select id from budget_line where name = '2026年水利信息化建设（中央资金）'")
                .query(UUID.class)
                .single();
        signIn("admin");
        PageInspector inspector = new PageInspector(browser);
        List<String> problems = new ArrayList<>();
        for (PageInspector.Viewport viewport : LayoutBrowserIT.VIEWPORTS) {
            inspector.resize(viewport);
            for (String path : List.of("/funds/" + line, "/funds/new")) {
                inspector.open(url(path)).forEach(problem -> problems.add(viewport + " " + path + ": " + problem));
            }
        }
        assertThat(problems).isEmpty();

        browser.get(url("/funds/" + line));
        press(browser.findElement(By.cssSelector("#payment-details > summary")));
        WebElement form = browser.findElement(By.id("payment-form"));
        // A date field takes keys in the browser's locale order: set the value as the form sends it.
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '2026-11-20'", form.findElement(By.name("paidOn")));
        form.findElement(By.name("amountYuan")).sendKeys("4321.09");
        form.findElement(By.name("payee")).sendKeys("赣西水务工程有限公司");
        form.findElement(By.name("voucherNo"))
                .sendKeys("BROWSER-" + UUID.randomUUID().toString().substring(0, 8));
        press(form.findElement(By.cssSelector("button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .withMessage(() -> browser.findElement(By.tagName("main")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("payments"), "4321.09"));
    }
}
