package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.TestApp;
import com.healthpress.account.AccountService;
import com.healthpress.server.Chromium;
import com.healthpress.storage.Database;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole flow an editor goes through, in real headless Chromium: log in, create an article with two FAQ items,
 * preview, publish, see it on the site with its FAQ in the JSON-LD, add a third question, restore an earlier
 * revision, hit a conflict from a second browser, and import the seed document and publish it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorBrowserTest {

    private static final String PASSWORD = "a long enough password";
    private static TestApp app;
    private static ChromeDriver browser;
    private static String editorUrl;
    private static String slug;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        try (Database database = Database.open(app.databaseUrl())) {
            AccountService accounts = new AccountService(database.jdbi(), Clock.systemUTC());
            accounts.create("editor", PASSWORD);
            accounts.create("second-editor", PASSWORD);
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

    private static void logIn(ChromeDriver driver, String username, String path) {
        driver.get(app.url(path));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/admin/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        Chromium.clickAndAwaitPage(driver, driver.findElement(By.cssSelector("form button[type=submit]")),
                address -> address.endsWith(path));
    }

    /** Waits for the field, which may come with a page the last button asked for (such as "Add a question"). */
    private static void type(String id, String text) {
        WebElement field = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses an editor button that opens a window of its own (Preview). */
    private static void press(String buttonText) {
        editorButton(buttonText).click();
    }

    /** Presses an editor button that sends the form and waits for the editor page that answers. */
    private static void pressAndAwaitPage(String buttonText) {
        Chromium.clickAndAwaitPage(browser, editorButton(buttonText));
    }

    private static WebElement editorButton(String buttonText) {
        for (WebElement button : browser.findElements(By.cssSelector("form.editor button"))) {
            if (button.getText().equals(buttonText)) {
                return button;
            }
        }
        throw new AssertionError("no button " + buttonText);
    }

    /**
     * Opens the public page as an editor checking their change would: public pages may be kept by the browser for a
     * minute (Cache-Control max-age), so reload, which revalidates with the ETag and gets the current page.
     */
    private static void openPublicPage(String articleSlug) {
        browser.get(app.url("/articles/" + articleSlug));
        browser.navigate().refresh();
    }

    /** Saves and waits for the editor to come back with the saved or created notice. */
    private static void save() {
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.cssSelector("form.editor button[value=save]")));
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("?notice=saved") || url.contains("?notice=created"),
                "not saved: " + browser.findElements(By.cssSelector(".form-errors")).stream()
                        .map(WebElement::getText).toList());
    }

    @Test
    @Order(1)
    void logInAndCreateAnArticleWithTwoFaqItems() {
        logIn(browser, "editor", "/admin/articles/new");

        type("title", "Shin splints: causes and recovery");
        type("lead", "Shin splints cause pain along the inner edge of the shin bone, often after a jump in training.");
        type("body", "## Why they happen\n\nToo much running, too soon, overloads the bone.\n\n## Recovery\n\nRest from running for two weeks.");
        type("metaTitle", "Shin splints: causes and recovery");
        type("metaDescription", "Why shin splints happen, how long recovery takes and when to see a doctor about shin pain.");
        assertEquals("33 of 60 characters", browser.findElement(By.id("metaTitle-counter")).getText(),
                "the counter follows typing");
        type("focusKeyword", "shin splints");
        type("faq-0-question", "How long do shin splints take to heal?");
        type("faq-0-answer", "Most people recover in two to six weeks with rest and a gradual return to running.");
        pressAndAwaitPage("Add a question");
        type("faq-1-question", "Should I see a doctor?");
        type("faq-1-answer", "See a doctor if the pain is severe, at night, or in one small spot, which can mean a stress fracture.");
        save();

        editorUrl = browser.getCurrentUrl().substring(0, browser.getCurrentUrl().indexOf('?'));
        assertEquals("Article created.", browser.findElement(By.cssSelector(".notice")).getText());
        assertEquals(2, browser.findElements(By.cssSelector("input[name=faqQuestion]")).size());
        slug = browser.findElement(By.id("slug")).getDomProperty("value");
    }

    @Test
    @Order(2)
    void previewShowsTheDraftAsReadersWillSeeIt() {
        String editorWindow = browser.getWindowHandle();
        press("Preview");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getWindowHandles().size() == 2);
        for (String handle : browser.getWindowHandles()) {
            if (!handle.equals(editorWindow)) {
                browser.switchTo().window(handle);
            }
        }
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElements(By.tagName("h1")).isEmpty());

        assertEquals("Shin splints: causes and recovery", browser.findElement(By.tagName("h1")).getText());
        assertEquals(2, browser.findElements(By.cssSelector(".faq details")).size());
        assertTrue(browser.findElement(By.cssSelector(".preview-banner")).isDisplayed());
        browser.close();
        browser.switchTo().window(editorWindow);
        assertEquals(404, app.get("/articles/" + slug).statusCode(), "previewing did not publish");
    }

    @Test
    @Order(3)
    void publishingPutsItOnTheSiteWithItsFaqInTheJsonLd() throws Exception {
        browser.findElement(By.cssSelector("input[name=status][value=published]")).click();
        save();

        openPublicPage(slug);
        assertEquals("Shin splints: causes and recovery", browser.findElement(By.tagName("h1")).getText());
        assertEquals(List.of("How long do shin splints take to heal?", "Should I see a doctor?"), faqQuestionsInJsonLd());
    }

    @Test
    @Order(4)
    void aThirdQuestionIsAdded() throws Exception {
        browser.get(editorUrl);
        pressAndAwaitPage("Add a question");
        type("faq-2-question", "Can I keep cycling?");
        type("faq-2-answer", "Often yes: cycling and swimming keep you fit while the shin recovers, if they do not hurt.");
        save();

        openPublicPage(slug);
        assertEquals(3, browser.findElements(By.cssSelector(".faq details")).size());
        assertEquals("Can I keep cycling?", faqQuestionsInJsonLd().get(2));
    }

    @Test
    @Order(5)
    void anEarlierRevisionIsRestored() {
        browser.get(editorUrl + "/history");
        List<WebElement> restoreButtons = browser.findElements(By.xpath("//button[contains(., 'Restore')]"));
        assertTrue(restoreButtons.size() >= 2, "versions 1 and 2 can be restored");
        WebElement restoreVersion2 = browser.findElement(By.xpath(
                "//tr[.//*[contains(normalize-space(.), 'Version 2') or normalize-space(.)='2']]//button[contains(., 'Restore')]"));
        Chromium.clickAndAwaitPage(browser, restoreVersion2, address -> address.contains("notice=restored"));

        assertEquals(2, browser.findElements(By.cssSelector("input[name=faqQuestion]")).size(),
                "version 2 had two questions");
        openPublicPage(slug);
        assertEquals(2, browser.findElements(By.cssSelector(".faq details")).size());
        browser.get(editorUrl + "/history");
        assertTrue(browser.getPageSource().contains("Restored version 2"));
    }

    @Test
    @Order(6)
    void aSecondBrowserSessionHitsAConflict() {
        ChromeDriver second = Chromium.start();
        try {
            logIn(second, "second-editor", editorUrl.substring(app.url("").length()));
            browser.get(editorUrl);

            type("lead", "Changed in the first browser and saved first.");
            save();
            WebElement lead = second.findElement(By.id("lead"));
            lead.clear();
            lead.sendKeys("Changed in the second browser, saved second.");
            Chromium.clickAndAwaitPage(second, second.findElement(By.cssSelector("form.editor button[value=save]")));

            assertTrue(second.findElement(By.id("conflict-title")).getText().contains("Someone else saved"));
            assertTrue(second.findElement(By.cssSelector("section.form-errors")).getText()
                    .contains("Changed in the first browser and saved first."));
            assertEquals("Changed in the second browser, saved second.",
                    second.findElement(By.id("lead")).getDomProperty("value"));
            assertEquals("Changed in the first browser and saved first.",
                    app.articles().findBySlug(slug).orElseThrow().lead(), "nothing was overwritten");
        } finally {
            second.quit();
        }
    }

    @Test
    @Order(7)
    void theSeedDocumentIsImportedThroughThePageAndPublished() throws Exception {
        Path seed = Files.createTempFile("seed", ".txt");
        try (InputStream in = EditorBrowserTest.class.getResourceAsStream("/documents/seed.txt")) {
            Files.write(seed, in.readAllBytes());
        }
        browser.get(app.url("/admin/import"));
        browser.findElement(By.id("document")).sendKeys(seed.toAbsolutePath().toString());
        Chromium.clickAndAwaitPage(browser,
                browser.findElement(By.cssSelector("form[action='/admin/import'] button[type=submit]")),
                address -> address.contains("notice=imported"));

        assertEquals("Strategies for Navigating Sex for Back Pain Relief and Emotional Connection",
                browser.findElement(By.id("title")).getDomProperty("value"));
        String seedSlug = browser.findElement(By.id("slug")).getDomProperty("value");
        browser.findElement(By.cssSelector("input[name=status][value=published]")).click();
        save();

        browser.get(app.url("/articles/" + seedSlug));
        assertEquals(7 + 1, browser.findElements(By.cssSelector(".toc a")).size(), "seven sections and the FAQ");
        assertEquals(5, faqQuestionsInJsonLd().size());
        assertTrue(new String(Files.readAllBytes(seed), StandardCharsets.UTF_8).contains("“spooning”"));
    }

    @Test
    @Order(8)
    void theWholeJourneyRanWithoutAContentSecurityPolicyViolation() {
        browser.get(editorUrl);
        browser.findElement(By.id("metaTitle")).sendKeys(" edited");

        assertEquals(List.of(), Chromium.cspViolations(browser), "the editor's script and styles are allowed");
        assertTrue(browser.findElement(By.id("metaTitle-counter")).getText().endsWith("of 60 characters"));
    }

    private static List<String> faqQuestionsInJsonLd() throws Exception {
        String jsonLd = browser.findElement(By.cssSelector("script[type='application/ld+json']")).getDomProperty("textContent");
        List<String> questions = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(jsonLd).path("@graph")) {
            if (node.path("@type").asText().equals("FAQPage")) {
                node.path("mainEntity").forEach(q -> questions.add(q.path("name").asText()));
            }
        }
        return questions;
    }
}
