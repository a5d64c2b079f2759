package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linju.matters.Channel;
import org.linju.matters.Intake;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What residents type is shown on phones: a report with a long unbroken word (a pasted link) must not push the
 * matter page or the tracking page wider than the screen, which would make people scroll sideways to read every line.
 */
class PhoneWidthBrowserIT extends BrowserTest {

    @Autowired
    Intake intake;

    @Test
    void aPastedLinkInAReportDoesNotWidenThePagesPastThePhonesScreen() {
        String grid = jdbc.sql("select scope_codes[1] from account where username = 'leader'")
                .query(String.class)
                .single();
        Map<String, Object> centre = jdbc.sql(
                        "select (min_lat + max_lat) / 2 as lat, (min_lng + max_lng) / 2 as lng from grid where code = ?")
                .param(grid)
                .query()
                .singleRow();
        Receipt receipt = intake.report(
                new NewReport(
                        "小区门口井盖缺失，照片见 https://pan.example.com/s/" + "a".repeat(120) + " 请尽快处理",
                        "1201",
                        ((Number) centre.get("lat")).doubleValue(),
                        ((Number) centre.get("lng")).doubleValue(),
                        "13800138000",
                        Channel.WEB),
                null,
                null);

        browser.manage().deleteAllCookies();
        browser.get(url("/track/" + receipt.trackingCode()));
        assertThat(overflow()).as("the tracking page, %s px wide", viewport()).isZero();

        signIn("leader");
        browser.get(url("/matters/" + receipt.id()));
        assertThat(browser.getPageSource()).contains("a".repeat(120));
        assertThat(overflow()).as("the matter page, %s px wide", viewport()).isZero();
    }

    /** How many pixels the page is wider than the screen. */
    private long overflow() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
    }

    private Object viewport() {
        return ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
    }
}
