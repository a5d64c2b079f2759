package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.linju.LinjuIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One headless Chromium per browser test class, against the shared app on its random port. */
@LinjuIntegrationTest
abstract class BrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * Clicks as a person does on a phone: the element is first scrolled to the middle of the window, so the bottom
     * tab bar (fixed over the page's foot) never takes a click meant for a button just above it.
     */
    protected static void press(WebElement element) {
        JavascriptExecutor page = (JavascriptExecutor) ((WrapsDriver) element).getWrappedDriver();
        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    /**
     * A page that breaks under the content security policy (an inline script or handler the browser refused) fails
     * the test that opened it: the console says so.
     */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        if (browser == null) {
            return;
        }
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(violations)
                .as("content security policy violations in the browser console")
                .isEmpty();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login page and waits for the home page. */
    void signIn(String username) {
        browser.manage().deleteAllCookies();
        signIn(browser, username);
    }

    /** The same in another browser, for a second person's own session. */
    void signIn(WebDriver driver, String username) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Linju@2026");
        driver.findElement(By.id("sign-in")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    }
}
