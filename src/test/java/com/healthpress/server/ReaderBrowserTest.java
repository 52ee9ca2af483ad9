package com.healthpress.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.TestApp;
import com.healthpress.article.Article;
import com.healthpress.importer.ArticleImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader's journeys in real headless Chromium: the FAQ accordion, the table of contents, hostile content. */
class ReaderBrowserTest {

    private static TestApp app;
    private static ChromeDriver browser;
    private static Article seed;
    private static Article hostile;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        ArticleImporter importer = new ArticleImporter(app.articles(), Clock.systemUTC());
        seed = importer.importDocument(resource("/documents/seed.txt"), true).article();
        hostile = importer.importDocument(resource("/browser/hostile-everywhere.txt"), true).article();
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
    void clickingAQuestionShowsItsAnswer() {
        open(seed);
        WebElement first = browser.findElements(By.cssSelector(".faq details")).get(0);
        WebElement answer = first.findElement(By.cssSelector(".faq__answer"));
        assertFalse(answer.isDisplayed(), "answers start closed");

        first.findElement(By.tagName("summary")).click();

        assertTrue(answer.isDisplayed());
        assertTrue(answer.getText().startsWith("Preventing back pain during intimacy"), answer.getText());
    }

    @Test
    void theKeyboardOpensAnotherQuestion() {
        open(seed);
        List<WebElement> items = browser.findElements(By.cssSelector(".faq details"));
        items.get(0).findElement(By.tagName("summary")).click();

        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals(items.get(1).findElement(By.tagName("summary")), focused, "Tab moves to the next question");
        assertNotEquals("none", focused.getCssValue("outline-style"), "focus is visible");
        focused.sendKeys(Keys.ENTER);

        assertEquals("true", items.get(1).getDomAttribute("open"));
        WebElement answer = items.get(1).findElement(By.cssSelector(".faq__answer"));
        assertTrue(answer.isDisplayed());
        assertTrue(answer.getText().contains("“spooning”"), answer.getText());
    }

    @Test
    void aTableOfContentsLinkBringsItsSectionIntoView() {
        open(seed);
        List<WebElement> links = browser.findElements(By.cssSelector(".toc a"));
        assertEquals(8, links.size(), "the seven sections and the FAQ");
        WebElement conclusion = links.get(6);
        assertTrue(conclusion.getText().startsWith("Conclusion:"), conclusion.getText());
        String target = conclusion.getDomAttribute("href");

        conclusion.click();

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> b.getCurrentUrl().endsWith(target));
        WebElement heading = browser.findElement(By.cssSelector(target));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> isNearTopOfViewport(heading));
        assertEquals(conclusion.getText(), heading.getText());
    }

    @Test
    void textReflowsOnA320PixelWideScreen() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            open(seed);
            Number overflow = (Number) js().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, "no horizontal scrolling at 320 px, overflow " + overflow);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() {
        open(seed);
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();

        assertEquals("Skip to main content", skip.getText());
        assertTrue(skip.isDisplayed(), "the skip link shows when focused");
        skip.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> b.getCurrentUrl().endsWith("#main"));
    }

    @Test
    void thePagesWorkUnderTheContentSecurityPolicyWithoutViolations() {
        Chromium.cspViolations(browser);
        open(seed);
        browser.findElements(By.cssSelector(".faq summary")).get(0).click();
        browser.get(app.url("/"));
        browser.get(app.url("/articles/no-such-page"));

        assertEquals(List.of(), Chromium.cspViolations(browser));
        String background = (String) js().executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).backgroundColor;");
        assertEquals("rgb(11, 79, 108)", background, "the stylesheet applies under the policy");

        js().executeScript("var s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
                + " document.body.appendChild(s);");
        assertEquals(null, js().executeScript("return window.__inline;"), "the policy blocks inline script");
        assertEquals(1, Chromium.cspViolations(browser).size(), "and the console reports it, so the check can fail");
    }

    @Test
    void hostileContentNeverRunsAndIsShownExactly() throws Exception {
        open(hostile);
        for (WebElement summary : browser.findElements(By.cssSelector(".faq summary"))) {
            summary.click();
        }
        for (WebElement link : browser.findElements(By.cssSelector("main a"))) {
            new org.openqa.selenium.interactions.Actions(browser).moveToElement(link).perform();
        }

        assertEquals(null, js().executeScript("return window.__pwned;"), "no payload ran");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(1, browser.findElements(By.tagName("script")).size(), "only the JSON-LD script element");
        assertEquals(List.of(), browser.findElements(By.cssSelector("main img, main svg, main iframe, main style")));
        assertTrue(browser.findElements(By.cssSelector("a[href^='javascript:' i]")).isEmpty());

        assertEquals(hostile.title(), browser.findElement(By.tagName("h1")).getText());
        assertEquals(hostile.lead(), browser.findElement(By.cssSelector(".lead")).getText());
        assertEquals(hostile.metaTitle(), browser.getTitle());
        assertEquals(hostile.faq().get(0).question(), browser.findElement(By.cssSelector(".faq summary")).getText());
        assertEquals(hostile.faq().get(0).answer(), browser.findElement(By.cssSelector(".faq__answer")).getText());
        assertTrue(browser.findElement(By.cssSelector(".byline")).getText().contains(hostile.author().name()));
        assertTrue(browser.findElement(By.cssSelector(".article__body")).getText()
                .contains("<a href=\"javascript:window.__pwned=6\">a link</a>"));

        String jsonLd = (String) js().executeScript(
                "return document.querySelector('script[type=\"application/ld+json\"]').textContent;");
        JsonNode faq = findByType(new ObjectMapper().readTree(jsonLd).path("@graph"), "FAQPage");
        assertEquals(hostile.faq().get(0).answer(),
                faq.path("mainEntity").get(0).path("acceptedAnswer").path("text").asText());
    }

    private static void open(Article article) {
        browser.get(app.url("/articles/" + article.slug()));
    }

    private static JavascriptExecutor js() {
        return browser;
    }

    private static boolean isNearTopOfViewport(WebElement element) {
        Number top = (Number) js().executeScript("return arguments[0].getBoundingClientRect().top;", element);
        return top.doubleValue() >= -1 && top.doubleValue() < 100;
    }

    private static JsonNode findByType(JsonNode graph, String type) {
        for (JsonNode node : graph) {
            if (type.equals(node.path("@type").asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " node in " + graph);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReaderBrowserTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
