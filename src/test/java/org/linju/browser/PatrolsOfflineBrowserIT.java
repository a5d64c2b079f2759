package org.linju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.linju.identity.Accounts;
import org.linju.patrols.NewVisit;
import org.linju.patrols.Patrols;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A grid worker on the phone app with the network switched off (DevTools network emulation): a patrol, a visit and a
 * report with a photo recorded offline wait on the phone, survive a reload while offline (the service worker serves the page), and arrive
 * exactly once when the network is back.
 */
class PatrolsOfflineBrowserIT extends BrowserTest {

    private static final double LAT = 31.2001;
    private static final double LNG = 107.5001;

    @Autowired
    Accounts accounts;

    @Autowired
    Patrols patrols;

    @Test
    void aPatrolAVisitAndAReportRecordedOfflineArriveOnceWhenTheNetworkIsBack() throws IOException {
        UUID worker = accounts.loadUserByUsername("worker").id();
        String household = "离线走访 " + UUID.randomUUID().toString().substring(0, 8);
        String report = "巡查发现路边暴露垃圾 " + UUID.randomUUID().toString().substring(0, 8);
        ChromeDriver chrome = (ChromeDriver) browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        openTheApp(chrome, wait);
        int patrolsBefore = count("select count(*) from patrol where worker_id = ?", worker);

        offline(chrome, true);
        recordOffline(chrome, wait, household, report);
        browser.navigate().refresh();

        wait.until(d -> waiting() >= 4);
        assertThat(browser.findElement(By.id("outbox-count")).getText()).endsWith("条记录待发送");
        assertThat(browser.findElement(By.id("outbox-list")).getText()).contains("开始巡查", "走访", "上报", "结束巡查");
        assertThat(count("select count(*) from matter where description = ?", report))
                .isZero();
        assertThat(count("select count(*) from patrol where worker_id = ?", worker))
                .isEqualTo(patrolsBefore);
        assertThat(count("select count(*) from patrol_visit where household = ?", household))
                .isZero();

        offline(chrome, false);
        wait.until(d -> waiting() == 0);
        script("return window.LinjuPatrols.flush()");
        browser.navigate().refresh();
        wait.until(d -> waiting() == 0);

        assertThat(count("select count(*) from patrol where worker_id = ?", worker))
                .isEqualTo(patrolsBefore + 1);
        assertThat(count("""
                select count(*) from patrol p join patrol_visit v on v.patrol_id = p.id
                where p.worker_id = ? and p.ended_at is not null and v.household = ?
                """, worker, household)).isOne();
        assertThat(count("""
                select count(*) from matter m where description = ? and channel = 'PATROL'
                  and exists (select 1 from matter_photo p where p.matter_id = m.id)
                """, report)).isOne();
        assertThat(browser.findElement(By.id("outbox-count")).getText()).isEqualTo("没有待发送的记录，全部已发送。");
    }

    @Test
    void aFindingReportedFromThePageKeptFromAnEarlierSignInBecomesAMatter() {
        String household = "缓存页走访 " + UUID.randomUUID().toString().substring(0, 8);
        patrols.visit(
                accounts.loadUserByUsername("worker"),
                "cached-page-" + UUID.randomUUID(),
                new NewVisit(
                        null, null, household, "楼道堆放杂物", Instant.now().minusSeconds(60), null, null, null, List.of()));
        ChromeDriver chrome = (ChromeDriver) browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        openTheApp(chrome, wait);

        // A new session with a new token; the service worker still answers with the page of the first one.
        signIn("worker");
        browser.get(url("/patrols/today"));
        // In one script: the list is drawn again when the outbox has been flushed.
        wait.until(d -> Boolean.TRUE.equals(script("""
                const item = [...document.querySelectorAll('#today-list li')]
                    .find((li) => li.textContent.includes(arguments[0]));
                if (!item) return false;
                const select = item.querySelector('select[name=category]');
                if (!select.querySelector('option[value="1201"]')) select.add(new Option('1201', '1201'));
                select.value = '1201';
                item.querySelector('button[type=submit]').click();
                return true;
                """, household)));

        wait.until(
                d -> count("select count(*) from patrol_visit where household = ? and matter_id is not null", household)
                        == 1);
    }

    /** Signs in, lets the site use the (emulated) position, and waits until the service worker controls the page. */
    private void openTheApp(ChromeDriver chrome, WebDriverWait wait) {
        signIn("worker");
        chrome.executeCdpCommand(
                "Browser.grantPermissions", Map.of("permissions", new String[] {"geolocation"}, "origin", url("")));
        position(chrome, LAT, LNG);
        browser.get(url("/patrols/today"));
        wait.until(d -> Boolean.TRUE.equals(script("return navigator.serviceWorker.controller !== null"
                + " && document.getElementById('patrol-app').dataset.serviceWorker === 'registered'")));
    }

    /** A patrol with a walk, a visit and a report with a photo, each page opened from the service worker's cache. */
    private void recordOffline(ChromeDriver chrome, WebDriverWait wait, String household, String report)
            throws IOException {
        press(browser.findElement(By.id("patrol-start")));
        position(chrome, LAT + 0.0005, LNG);
        position(chrome, LAT + 0.0010, LNG + 0.0005);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("patrol-stop")));
        browser.get(url("/patrols/visit"));
        browser.findElement(By.id("household")).sendKeys(household);
        browser.findElement(By.id("finding")).sendKeys("独居老人，身体状况良好");
        press(browser.findElement(By.id("visit-save")));
        wait.until(ExpectedConditions.textToBe(By.id("visit-result"), "走访已保存，有网络时立即发送。"));
        browser.get(url("/patrols/report"));
        wait.until(
                d -> d.findElements(By.cssSelector("#report-category option")).size() > 1);
        new Select(browser.findElement(By.id("report-category"))).selectByValue("1001");
        browser.findElement(By.id("report-description")).sendKeys(report);
        browser.findElement(By.name("photos")).sendKeys(photo().toString());
        press(browser.findElement(By.id("report-save")));
        wait.until(ExpectedConditions.textToBe(By.id("report-result"), "上报已保存，有网络时立即发送。"));
        browser.get(url("/patrols/today"));
        press(browser.findElement(By.id("patrol-stop")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("patrol-start")));
    }

    /** A small PNG, as a phone's camera would hand the form a file. */
    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(8, 8, 40, 24);
        g.dispose();
        Path file = Files.createTempFile("patrol-photo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private int waiting() {
        String count = browser.findElement(By.id("patrol-app")).getAttribute("data-waiting-count");
        return count == null ? -1 : Integer.parseInt(count);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    private static void position(ChromeDriver chrome, double lat, double lng) {
        chrome.executeCdpCommand(
                "Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lng, "accuracy", 10));
    }

    private static void offline(ChromeDriver chrome, boolean offline) {
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
