package com.healthpress.articles.web;

import com.healthpress.AdminClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient.Part;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.image.TestImages;
import com.healthpress.server.Chromium;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a phone the thumbnail sits in its 96 px square beside the teaser's text, the browser takes the WebP file, and
 * nothing on the page moves when it arrives.
 */
class ListingThumbnailsBrowserTest {

    private static TestApp app;
    private static ChromeDriver browser;
    private static Article article;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        Article created = app.articles().create(TestArticles.article().slug("knee-braces-thumbnail")
                .title("Knee braces: when they help and how to choose one that fits").build());
        HttpResponse<String> saved = AdminClient.loggedIn(app).saveArticle(created.id(), Map.of(), List.of(
                Part.field("heroAlt", "A knee in a brace"),
                Part.file("heroImage", "knee.jpg", "image/jpeg", TestImages.jpeg(1600, 900))));
        assertEquals(303, saved.statusCode(), saved.body());
        article = app.articles().findById(created.id()).orElseThrow();
        browser = Chromium.start();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @Test
    void onAPhoneTheWebpThumbnailFillsA96PixelSquareBesideTheTextWithoutMovingThePage() {
        browser.get(app.url("/"));
        WebElement teaser = browser.findElement(By.xpath(
                "//li[.//a[@href='/articles/" + article.slug() + "']]"));
        WebElement img = teaser.findElement(By.cssSelector("picture img"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> (Boolean) browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", img));

        Rectangle box = img.getRect();
        Rectangle title = teaser.findElement(By.cssSelector(".teaser__title")).getRect();
        Rectangle lead = teaser.findElement(By.cssSelector(".teaser__lead")).getRect();
        assertEquals(96, box.getWidth());
        assertEquals(96, box.getHeight());
        assertTrue(title.getX() + title.getWidth() <= box.getX(), "title " + title + " beside image " + box);
        assertTrue(box.getY() < lead.getY() + lead.getHeight(), "image " + box + " beside the text, not below");
        assertTrue(title.getWidth() >= 180, "the text keeps a readable column: " + title.getWidth() + " px");
        assertTrue(((String) browser.executeScript("return arguments[0].currentSrc", img)).endsWith("-thumb.webp"));
        assertEquals(0.0, ((Number) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                new PerformanceObserver(list => done(list.getEntries()
                        .filter(entry => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0)))
                    .observe({type: 'layout-shift', buffered: true});
                setTimeout(() => done(0), 2000);
                """)).doubleValue(), "cumulative layout shift");
    }
}
