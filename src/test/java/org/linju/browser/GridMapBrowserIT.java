package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linju.LinjuIntegrationTest;
import org.linju.identity.Accounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grid leader in a real (headless) Chromium: signs in, sees the own grid on the map, opens its card, and is
 * refused another community's grid. Skips when Chromium is not installed, except on CI ({@code CI=true}).
 */
@LinjuIntegrationTest
class GridMapBrowserIT {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void aGridLeaderSeesTheOwnGridAndIsRefusedAnotherCommunitys() {
		String ownGrid = accounts.loadUserByUsername("leader").scope().roots().iterator().next().value();
		String otherGrid = jdbc.sql("select min(code) from grid where community_code <> ?")
			.param(ownGrid.substring(0, 12))
			.query(String.class)
			.single();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("leader");
		browser.findElement(By.id("password")).sendKeys("Linju@2026");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
		assertThat(browser.findElement(By.id("role")).getText()).isEqualTo("网格长");

		browser.get(url("/map"));
		WebElement map = browser.findElement(By.id("grid-map"));
		wait.until(ExpectedConditions.attributeToBe(map, "data-ready", "true"));
		assertThat(map.getAttribute("data-grid-count")).isEqualTo("1");
		assertThat(browser.findElement(By.id("synthetic-note")).isDisplayed()).isTrue();
		WebElement polygon = browser.findElement(By.cssSelector("path[data-grid='" + ownGrid + "']"));
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", polygon);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-card .grid-card")));
		assertThat(browser.findElement(By.id("grid-card")).getText()).contains(ownGrid).contains("网格长");

		browser.get(url("/grids/" + otherGrid));
		assertThat(browser.findElement(By.id("error-message")).getText()).contains("超出您的角色或管辖范围");
		assertThat(browser.getPageSource()).doesNotContain(otherGrid.substring(0, 12) + "第");
	}
}
