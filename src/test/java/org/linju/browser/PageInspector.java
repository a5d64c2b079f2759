package org.linju.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens pages in one Chromium and says what a person would see broken: blocks of the main content covering one
 * another, content wider than the window, answers of 400 and above for the page or its assets, console errors, and
 * (on request) axe-core's serious and critical accessibility violations.
 */
final class PageInspector {

    private final WebDriver browser;
    private final JavascriptExecutor js;
    private final String layoutProblems = script("/browser/layoutProblems.js");
    private final String axeRun = script("/browser/axeRun.js");
    private final String axe = script("/axe.min.js");

    PageInspector(WebDriver browser) {
        this.browser = browser;
        this.js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Makes the page's viewport (window.innerWidth × innerHeight) exactly this size. */
    void resize(Viewport viewport) {
        browser.manage().window().setSize(new Dimension(viewport.width(), viewport.height()));
        long innerWidth = (Long) js.executeScript("return window.innerWidth");
        long innerHeight = (Long) js.executeScript("return window.innerHeight");
        browser.manage().window().setSize(new Dimension((int) (2L * viewport.width() - innerWidth), (int)
                (2L * viewport.height() - innerHeight)));
    }

    /** Opens the page, waits for it and what it loads, and lists what is wrong with it. */
    List<String> open(String url) {
        consoleErrors();
        browser.get(url);
        settle();
        List<String> problems = new ArrayList<>();
        for (Object problem : (List<?>) js.executeScript(layoutProblems)) {
            problems.add(String.valueOf(problem));
        }
        problems.addAll(consoleErrors());
        return problems;
    }

    /** The same as {@link #open}, with the page laid out for print (CSS print media). */
    List<String> openPrinted(String url) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            return open(url);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** axe-core's serious and critical violations on the page shown, one sentence each. */
    List<String> accessibilityViolations() {
        js.executeScript(axe);
        List<String> violations = new ArrayList<>();
        for (Object violation : (List<?>) js.executeAsyncScript(axeRun)) {
            violations.add(String.valueOf(violation));
        }
        return violations;
    }

    Object run(String resource) {
        return js.executeScript(script(resource));
    }

    /** Waits for the document, then until no new request has started for 150 ms (maps, htmx). */
    private void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> "complete".equals(js.executeScript("return document.readyState")));
        long seen = -1;
        for (int i = 0; i < 20; i++) {
            long now = (Long) js.executeScript("return performance.getEntriesByType('resource').length");
            if (now == seen) {
                return;
            }
            seen = now;
            sleep(150);
        }
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .map(message -> "console: " + message)
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String script(String resource) {
        try (InputStream in = PageInspector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A window size to check a page at. */
    record Viewport(int width, int height) {
        @Override
        public String toString() {
            return width + "×" + height;
        }
    }
}
