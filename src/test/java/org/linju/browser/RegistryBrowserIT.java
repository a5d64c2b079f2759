package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linju.identity.Accounts;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The housing department pushes a task outside the work list to one of the grids it packages: blocked until a
 * purchase-of-service record is attached, then it goes through and the grid's leader finds it on the grid tasks page,
 * while the leader of another grid does not.
 */
class RegistryBrowserIT extends BrowserTest {

    private static final String TITLE = "浏览器测试：老旧小区加装电梯意愿摸排";

    @Autowired
    Accounts accounts;

    @AfterEach
    void removeTheTask() {
        jdbc.sql("delete from grid_task where title = ?").param(TITLE).update();
        jdbc.sql("delete from service_purchase where provider = '浏览器测试社工站'").update();
    }

    @Test
    void aTaskOutsideTheListIsBlockedUntilAPurchaseIsAttachedThenTheGridSeesIt() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        String grid = jdbc.sql("select scope_codes[1] from account where username = 'dept'")
                .query(String.class)
                .single();
        signIn("dept");
        browser.get(url("/registry/assign"));
        fillTask(grid);
        press(browser.findElement(By.cssSelector("#task-form button[type='submit']")));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-error")));
        assertThat(browser.findElement(By.id("task-error")).getText()).contains("购买服务记录");
        assertThat(storedTasks()).isZero();

        browser.findElement(By.name("provider")).sendKeys("浏览器测试社工站");
        browser.findElement(By.name("amount")).sendKeys("8000.50");
        browser.findElement(By.name("fundingSource")).sendKeys("区级购买服务专项资金");
        press(browser.findElement(By.cssSelector("#task-form button[type='submit']")));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assigned")));
        assertThat(browser.findElement(By.id("assigned")).getText()).contains("购买服务");
        assertThat(storedTasks()).isEqualTo(1);
        assertThat(jdbc.sql("select amount_fen from service_purchase where provider = '浏览器测试社工站'")
                        .query(Long.class)
                        .single())
                .isEqualTo(800_050L);

        signIn(leaderOf(grid));
        browser.get(url("/registry/tasks"));
        wait.withMessage(() -> "the grid's task list, but the browser is at " + browser.getCurrentUrl() + ": "
                        + browser.findElement(By.tagName("h1")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("grid-tasks")));
        assertThat(browser.findElement(By.id("grid-tasks")).getText()).contains(TITLE);
        signIn("leader");
        browser.get(url("/registry/tasks"));
        assertThat(browser.findElement(By.id("grid-tasks")).getText()).doesNotContain(TITLE);
    }

    private void fillTask(String grid) {
        new Select(browser.findElement(By.id("task-grids"))).selectByValue(grid);
        new Select(browser.findElement(By.id("task-item"))).selectByValue("OUTSIDE");
        browser.findElement(By.name("title")).sendKeys(TITLE);
        WebElement deadline = browser.findElement(By.name("deadline"));
        String day = LocalDate.now(DateRange.CHINA).plusDays(14).toString();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", deadline, day);
    }

    private long storedTasks() {
        return jdbc.sql("select count(*) from grid_task where title = ?")
                .param(TITLE)
                .query(Long.class)
                .single();
    }

    /**
     * A leader of the grid opened for this test alone: the demo's and the history's leader accounts are shared with
     * other tests, which may change them (the order of test classes differs between checkouts).
     */
    private String leaderOf(String grid) {
        String username = "reg-browser-leader-" + grid;
        if (accounts.find(username).isEmpty()) {
            accounts.open(NewAccount.scoped(
                    username, "网格长 测试", Role.GRID_LEADER, Set.of(RegionCode.of(grid)), "Linju@2026", false));
        }
        return username;
    }
}
