package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A district admin declares an emergency and sends a directive to a grid's front line; two of them acknowledge in
 * their own browsers while the admin's board updates by itself; the third is marked unavailable and the backup (B)
 * receives the directive; the emergency is lifted and the review report shows it all.
 */
class EmergencyBrowserIT extends BrowserTest {

    @AfterEach
    void restore() {
        jdbc.sql("update emergency set lifted_at = now(), lifted_by = 'test' where lifted_at is null")
                .update();
        jdbc.sql("update force_member set available = true, unavailable_note = null where not available")
                .update();
    }

    @Test
    void fromDeclarationThroughAcknowledgementsAndTheBackupToTheReview() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String grid = jdbc.sql("select scope_codes[1] from account where username = 'leader'")
                .query(String.class)
                .single();
        String community = grid.substring(0, 12);

        signIn("admin");
        browser.get(url("/emergency"));
        browser.findElement(By.cssSelector("#declare-form [name='title']")).sendKeys("暴雨内涝");
        new Select(browser.findElement(By.cssSelector("#declare-form [name='kind']"))).selectByValue("FLOOD");
        new Select(browser.findElement(By.cssSelector("#declare-form [name='level']"))).selectByValue("III");
        new Select(browser.findElement(By.cssSelector("#declare-form select[name='areas']"))).selectByValue(community);
        press(browser.findElement(By.cssSelector("#declare-form button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("directive-form")));
        assertThat(browser.findElement(By.id("emergency-status")).getText()).isEqualTo("应急中");

        browser.findElement(By.name("text")).sendKeys("立即排查低洼地段住户，1小时内回报");
        browser.findElement(By.name("targets")).sendKeys(grid);
        for (String role : new String[] {"GRID_LEADER", "GRID_WORKER", "BUILDING_LEADER"}) {
            press(browser.findElement(By.cssSelector("input[name='roles'][value='" + role + "']")));
        }
        press(browser.findElement(By.cssSelector("#directive-form button")));
        By gridAck = By.cssSelector("#ack-by-area tr[data-code='" + grid + "'] .ack");
        wait.until(ExpectedConditions.textToBe(gridAck, "0 / 3"));

        for (String person : new String[] {"worker", "building"}) {
            WebDriver own = HeadlessChromium.start();
            try {
                signIn(own, person);
                own.get(url("/directives"));
                assertThat(own.findElement(By.id("my-directives")).getText()).contains("立即排查低洼地段住户");
                press(own.findElement(By.cssSelector("#my-directives .ack-button")));
                new WebDriverWait(own, Duration.ofSeconds(10))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-directives"), "已确认"));
            } finally {
                own.quit();
            }
        }
        wait.until(ExpectedConditions.textToBe(gridAck, "2 / 3"));

        // The board refreshes itself every 3 s (not while an input in it has the focus); retry if a refresh lands
        // between finding the row and typing.
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement silent = driver.findElement(By.cssSelector("#ack-by-person tr[data-state='SENT']"));
            assertThat(silent.getText()).contains("张伟");
            silent.findElement(By.cssSelector(".unavailable-form input[name='reason']"))
                    .sendKeys("电话无人接听");
            press(silent.findElement(By.cssSelector(".unavailable-form button")));
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ack-by-person"), "张伟 的 B 角"));
        assertThat(browser.findElement(By.id("ack-by-person")).getText()).contains("李静");

        browser.findElement(By.name("summary")).sendKeys("险情解除，无人员伤亡");
        press(browser.findElement(By.cssSelector("#lift-form button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-log")));
        String log = browser.findElement(By.id("review-log")).getText();
        assertThat(log).contains("宣布应急", "下达指令", "确认收到", "标记不在岗并转 B 角", "解除应急");
        String people = browser.findElement(By.id("review-people")).getText();
        assertThat(people).contains("杨洋", "赵强", "已确认", "张伟", "联系不上", "李静");
        assertThat(browser.findElement(By.id("lifted")).getText()).contains("admin");
    }
}
