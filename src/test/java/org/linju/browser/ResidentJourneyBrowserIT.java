package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linju.residents.Rosters;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A community secretary imports a roster, finds a resident by ID number, sees it masked, reveals it with a reason,
 * and the district admin finds that reveal in the audit log.
 */
class ResidentJourneyBrowserIT extends BrowserTest {

    @Test
    void importSearchMaskedRevealAudited() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String[] place = jdbc.sql("""
				select b.grid_code, b.name from building b join account a on a.username = 'secretary'
				where b.grid_code like a.scope_codes[1] || '%' order by 1, 2 limit 1
				""")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        String idNumber = Rosters.idNumber("140105", 7);
        Path roster = Files.createTempFile("roster", ".xlsx");
        Files.write(roster, wangXiaoming(idNumber, place, "新就业"));

        signIn("secretary");
        browser.get(url("/residents/import"));
        browser.findElement(By.id("roster-file")).sendKeys(roster.toString());
        press(browser.findElement(By.id("roster-submit")));
        wait.until(ExpectedConditions.attributeToBe(By.id("import-status"), "data-status", "DONE"));
        assertThat(browser.findElement(By.id("rejected")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("import-status")).getText()).contains("已完成");
        assertThat(browser.findElement(By.id("rejections-link")).isDisplayed()).isTrue();

        Files.write(roster, wangXiaoming(idNumber, place, "失业人员"));
        browser.get(url("/residents/import"));
        browser.findElement(By.id("roster-file")).sendKeys(roster.toString());
        press(browser.findElement(By.id("roster-submit")));
        wait.until(ExpectedConditions.attributeToBe(By.id("import-status"), "data-status", "DONE"));
        assertThat(browser.findElement(By.id("accepted")).getText()).isEqualTo("1");

        browser.get(url("/residents?q=" + idNumber));
        assertThat(browser.findElement(By.id("search-result")).getText()).contains("精确匹配到 1 人");
        assertThat(browser.findElement(By.id("residents")).getText())
                .doesNotContain(idNumber)
                .contains(idNumber.substring(0, 4) + "**********");
        press(browser.findElement(By.linkText("王小明")));
        assertThat(browser.findElement(By.id("id-number")).getText())
                .isEqualTo("1401**********" + idNumber.substring(14));
        assertThat(browser.findElement(By.id("phone")).getText()).isEqualTo("137****1234");

        new Select(browser.findElement(By.id("reveal-field"))).selectByValue("ID_NUMBER");
        browser.findElement(By.id("reveal-reason")).sendKeys("办理就业登记核对身份");
        press(browser.findElement(By.id("reveal-button")));
        wait.until(ExpectedConditions.textToBe(By.id("revealed-value"), idNumber));

        signIn("admin");
        browser.get(url("/admin/audit?actor=secretary&action=REVEAL_PERSONAL_DATA"));
        assertThat(browser.findElement(By.id("audit-entries")).getText())
                .contains("办理就业登记核对身份")
                .contains("查看明文个人信息");
    }

    /** A one-row roster: the same resident each time, with the key-group tag that differs between uploads. */
    private static byte[] wangXiaoming(String idNumber, String[] place, String tag) throws IOException {
        return Rosters.workbook(
                1,
                i -> List.of(
                        "王小明", idNumber, "13700001234", place[0], place[1], "3", "602", "流动人口", "2025-09-01", tag));
    }
}
