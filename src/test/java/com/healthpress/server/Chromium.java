package com.healthpress.server;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver; nothing is downloaded (Selenium Manager is kept
 * out of the way by naming both binaries). The test command installs the packages when they are missing.
 */
public final class Chromium {

    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    /** A mark the tests leave on a page before leaving it; the next page does not have it. */
    private static final String LEAVING = "healthpressTestLeaving";
    private static final Duration NEXT_PAGE_WITHIN = Duration.ofSeconds(30);

    private Chromium() {
    }

    public static ChromeDriver start() {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
                    + "(Debian packages chromium and chromium-driver); ./test.sh installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The console messages since the last call that report a Content-Security-Policy violation. */
    public static List<String> cspViolations(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Clicks {@code button}, which loads another page (a form's submit button, a link), and waits until that page has
     * loaded whole and its address passes {@code arrived}. Only the new page is asked about: asking an element of the
     * old page whether it has gone races Chromium's inspector while the page navigates (on Chromium 150 the answer
     * may be "Node with given id does not belong to the document" instead of "stale").
     */
    public static void clickAndAwaitPage(ChromeDriver driver, WebElement button, Predicate<String> arrived) {
        driver.executeScript("window." + LEAVING + " = true");
        button.click();
        new WebDriverWait(driver, NEXT_PAGE_WITHIN)
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the next page did not load; the browser shows " + driver.getCurrentUrl())
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return window." + LEAVING + " === undefined"
                        + " && document.readyState === 'complete'")) && arrived.test(driver.getCurrentUrl()));
    }

    /** As {@link #clickAndAwaitPage(ChromeDriver, WebElement, Predicate)}, whatever the next page's address. */
    public static void clickAndAwaitPage(ChromeDriver driver, WebElement button) {
        clickAndAwaitPage(driver, button, address -> true);
    }
}
