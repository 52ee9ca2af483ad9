package com.healthpress.image;

import com.healthpress.TestApp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestArticles;
import com.healthpress.account.AccountService;
import com.healthpress.article.Article;
import com.healthpress.article.HeroImage;
import com.healthpress.server.Chromium;
import com.healthpress.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real Chromium, a draft's hero image, which readers cannot get, loads in the editor and in the preview: the
 * session cookie is sent only under /admin, so admin pages name the image under /admin/images/. And the text typed
 * and the file chosen are saved together by the article form's one Save button, with no script needed.
 */
class DraftImageBrowserTest {

    private static final String PASSWORD = "a long enough password";
    private static TestApp app;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        try (Database database = Database.open(app.databaseUrl())) {
            new AccountService(database.jdbi(), Clock.systemUTC()).create("editor", PASSWORD);
        }
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @Test
    void aDraftsImageLoadsInTheEditorAndThePreview() throws Exception {
        Article draft = draftWithImage();
        String editor = "/admin/articles/" + draft.id();
        logIn(editor);

        assertEquals(640L, loadedWidth(browser.findElement(By.cssSelector(".hero-fields img"))), "in the editor");

        String editorWindow = browser.getWindowHandle();
        browser.findElement(By.cssSelector("form.editor button[formaction='/admin/preview']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 2);
        browser.getWindowHandles().stream().filter(handle -> !handle.equals(editorWindow)).findFirst()
                .ifPresent(handle -> browser.switchTo().window(handle));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".preview-banner")).isEmpty());

        assertEquals(640L, loadedWidth(browser.findElement(By.cssSelector("figure.hero img"))), "in the preview");
    }

    @Test
    void theTypedTitleAndAChosenImageAreSavedTogetherWithOneClick() throws Exception {
        Article draft = app.articles().create(TestArticles.draft("Before the image").toBuilder()
                .slug("typed-then-image").build());
        String editor = "/admin/articles/" + draft.id();
        Path file = Files.createTempFile("hero", ".png");
        Files.write(file, TestImages.png(650, 360));
        logIn(editor);

        WebElement title = browser.findElement(By.id("title"));
        title.clear();
        title.sendKeys("Typed before the image was chosen");
        browser.findElement(By.id("heroImage")).sendKeys(file.toString());
        browser.findElement(By.id("heroAlt")).sendKeys("A chart of sleep hours");
        Chromium.clickAndAwaitPage(browser,
                browser.findElement(By.cssSelector("form.editor button[name=action][value=save]")),
                address -> address.endsWith("?notice=saved"));

        Article stored = app.articles().findById(draft.id()).orElseThrow();
        assertEquals("Typed before the image was chosen", stored.title());
        assertEquals("A chart of sleep hours", stored.heroImage().alt());
        assertEquals(650, stored.heroImage().width());
        assertEquals(draft.version() + 1, stored.version());
        Files.delete(file);
    }

    private static Article draftWithImage() throws ImageProblem {
        UploadedImage image = UploadedImage.read(TestImages.png(640, 360));
        try (Database database = Database.open(app.databaseUrl())) {
            long id = database.jdbi().withExtension(ImageRepository.class, images -> images.insert(
                    image.format().contentType(), image.width(), image.height(), image.sha256(), image.bytes(),
                    Instant.now()));
            HeroImage hero = new HeroImage(id, "A chart", image.width(), image.height(),
                    image.format().contentType(), image.sha256(), false);
            return app.articles().create(TestArticles.draft("A draft with an image").toBuilder()
                    .slug("draft-with-image").heroImage(hero).build());
        }
    }

    /** The image's natural width once the browser has finished with it: 0 when it could not load it. */
    private static long loadedWidth(WebElement image) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.executeScript("return arguments[0].complete", image)));
        return (Long) browser.executeScript("return arguments[0].naturalWidth", image);
    }

    /** Opens the page, logging in first unless an earlier test of this class already did. */
    private static void logIn(String path) {
        browser.get(app.url(path));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/admin/login") || d.getCurrentUrl().endsWith(path));
        if (browser.getCurrentUrl().contains("/admin/login")) {
            browser.findElement(By.id("username")).sendKeys("editor");
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            Chromium.clickAndAwaitPage(browser, browser.findElement(By.cssSelector("form button[type=submit]")),
                    address -> address.endsWith(path));
        }
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(
                browser.executeScript("return document.readyState")));
    }
}
