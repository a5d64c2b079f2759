package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A district admin opens the community's flood plan, declares an emergency from it (the form comes filled in, the
 * area picked, not typed), sees the plan's first directive on the board, lifts it, and reads the review against the
 * plan.
 */
class EmergencyPlanBrowserIT extends BrowserTest {

    @AfterEach
    void restore() {
        jdbc.sql("update emergency set lifted_at = now(), lifted_by = 'test' where lifted_at is null")
                .update();
    }

    @Test
    void declaringFromAPlanFillsInTheFormAndTheReviewComparesWithIt() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String community = jdbc.sql("select scope_codes[1] from account where username = 'liaison'")
                .query(String.class)
                .single();

        signIn("admin");
        browser.get(url("/emergency/plans?kind=FLOOD&level=III"));
        press(browser.findElement(By.linkText("社区防汛III级响应预案")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-versions")));
        assertThat(browser.findElement(By.id("plan-version")).getText()).isEqualTo("v2");
        assertThat(browser.findElements(By.cssSelector("#plan-versions tbody tr")))
                .hasSize(2);
        press(browser.findElement(By.id("declare-from-plan")));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("declare-plan")));
        WebElement form = browser.findElement(By.id("declare-form"));
        assertThat(form.findElements(By.cssSelector("input[name='areas']")))
                .as("areas are picked, not typed")
                .isEmpty();
        Select areas = new Select(form.findElement(By.cssSelector("select[name='areas']")));
        assertThat(areas.getAllSelectedOptions())
                .extracting(option -> option.getAttribute("value"))
                .containsExactly(community);
        assertThat(new Select(form.findElement(By.name("kind")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("FLOOD");
        assertThat(form.findElement(By.name("ackMinutes")).getAttribute("value"))
                .isEqualTo("30");
        WebElement title = form.findElement(By.name("title"));
        title.clear();
        title.sendKeys("按预案演练：暴雨内涝");
        press(form.findElement(By.cssSelector("button[type='submit']")));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("directive-form")));
        assertThat(browser.findElement(By.id("emergency-status")).getText()).isEqualTo("应急中");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directives"), "立即排查低洼地段和地下车库住户"));
        assertThat(browser.findElement(By.id("directives")).getText()).contains("开放社区避难场所，转移河边住户");

        press(browser.findElement(By.cssSelector("#lift-form button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-comparison")));
        assertThat(browser.findElement(By.id("review-plan")).getText()).isEqualTo("社区防汛III级响应预案 v2");
        assertThat(browser.findElement(By.id("review-not-called")).getText()).isEqualTo("均按预案调用");
        assertThat(browser.findElement(By.id("review-templates")).getText())
                .contains("已下达")
                .doesNotContain("未按原文下达");
        assertThat(browser.findElement(By.id("review-log")).getText()).contains("按预案宣布");
    }
}
