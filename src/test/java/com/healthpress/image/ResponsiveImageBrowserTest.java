package com.healthpress.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.AdminClient.Part;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.server.Chromium;
import com.healthpress.site.Site;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In real Chromium, the browser picks the hero's variant from srcset by the screen's width and pixel density. */
class ResponsiveImageBrowserTest {

    private static TestApp app;
    private static ChromeDriver browser;
    private static Article article;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        article = app.articles().create(TestArticles.article().slug("responsive-hero").build());
        HttpResponse<String> saved = AdminClient.loggedIn(app).saveArticle(article.id(), Map.of(), List.of(
                Part.field("heroAlt", "A runner stretches before a race"),
                Part.file("heroImage", "runner.jpg", "image/jpeg", TestImages.jpeg(2400, 1350))));
        assertEquals(303, saved.statusCode(), saved.body());
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    // Narrowest screen first: Chromium may reuse a wider variant it already has, never a narrower one.

    @Test
    void aPhoneAtOneDevicePixelPerCssPixelGetsTheNarrowestWebp() {
        assertEquals("480w.webp", chosenVariant(412, 1));
    }

    @Test
    void aPhoneWithADenseScreenGetsTheVariantThatCoversItsDevicePixels() {
        assertEquals("800w.webp", chosenVariant(412, 2));
    }

    @Test
    void aWideDenseScreenGetsTheWidestVariantForTheTextColumn() {
        assertEquals("1600w.webp", chosenVariant(1280, 2));
    }

    /**
     * "480w.webp": the end of the name of the variant Chromium loaded for the hero. Checks on the way that the page's
     * sizes attribute told the truth: the width the browser took from it (its natural width, for a w descriptor) is
     * the width the image is laid out at.
     */
    private static String chosenVariant(int width, double devicePixelRatio) {
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", devicePixelRatio, "mobile", width < 600));
        browser.get(app.url(Site.articlePath(article.slug())));
        WebElement hero = browser.findElement(By.cssSelector("figure.hero img"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", hero)));
        String currentSrc = (String) browser.executeScript("return arguments[0].currentSrc", hero);
        long naturalWidth = (Long) browser.executeScript("return arguments[0].naturalWidth", hero);
        long laidOutWidth = (Long) browser.executeScript(
                "return Math.round(arguments[0].getBoundingClientRect().width)", hero);
        assertTrue(currentSrc.contains("/images/"), currentSrc);
        assertEquals(laidOutWidth, naturalWidth, "sizes matches the layout at " + width + " px");
        return currentSrc.substring(currentSrc.lastIndexOf('-') + 1);
    }
}
