package com.healthpress.server;

import static com.healthpress.server.HostileTexts.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.TestApp;
import com.healthpress.account.AccountService;
import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.FaqItem;
import com.healthpress.article.Reference;
import com.healthpress.person.Person;
import com.healthpress.storage.Database;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Script, event handlers, script URLs, {@code </script>}, SVG and CSS tricks typed into every field of the editor, or
 * brought in by an imported document, are stored exactly and only ever shown as text, in real Chromium: on the
 * refused form, the previews, the public page, the home, topic and not-found pages, search results, the admin list,
 * the history and its comparison. Each page is checked for markup that could run ({@link RunnableMarkup}) as well as
 * for payloads that ran or Content Security Policy violations, so escaping is proven on its own, not by the policy.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileContentBrowserTest {

    private static final String PASSWORD = "a long enough password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;
    private static ChromeDriver browser;
    private static String editorUrl;
    private static long articleId;
    private static Article imported;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        try (Database database = Database.open(app.databaseUrl())) {
            new AccountService(database.jdbi(), Clock.systemUTC()).create("editor", PASSWORD);
        }
        browser = Chromium.start();
        Chromium.cspViolations(browser);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @Test
    @Order(1)
    void theEditorRefusesAHostileSlugAndScriptUrlsAndShowsWhatWasTypedAsText() {
        logIn("/admin/articles/new");
        submitAndWait(browser.findElement(By.xpath("//form[@class='editor']//button[.='Add a reference']")));
        Map<String, String> typed = Map.ofEntries(
                Map.entry("title", TITLE), Map.entry("slug", HOSTILE_SLUG), Map.entry("lead", LEAD),
                Map.entry("body", BODY), Map.entry("topic", TOPIC), Map.entry("metaTitle", META_TITLE),
                Map.entry("metaDescription", META_DESCRIPTION), Map.entry("focusKeyword", FOCUS_KEYWORD),
                Map.entry("authorName", AUTHOR_NAME), Map.entry("reviewerName", REVIEWER),
                Map.entry("faq-0-question", QUESTION), Map.entry("faq-0-answer", ANSWER),
                Map.entry("reference-0-title", REFERENCE_TITLE), Map.entry("reference-0-publisher", REFERENCE_PUBLISHER),
                Map.entry("reference-0-year", "2024"), Map.entry("reference-0-url", SCRIPT_URL));
        typed.forEach(HostileContentBrowserTest::type);
        browser.findElement(By.cssSelector("input[name=status][value=published]")).click();

        submitAndWait(browser.findElement(By.cssSelector("form.editor button[value=save]")));

        for (String refused : List.of("slug", "reference-0-url")) {
            assertTrue(browser.findElement(By.id(refused + "-error")).isDisplayed(), refused + " is refused");
        }
        typed.forEach((id, text) -> assertEquals(text, browser.findElement(By.id(id)).getDomProperty("value"),
                "the form keeps " + id + " exactly as typed"));
        assertNothingCanRun("the refused editor form");
    }

    @Test
    @Order(2)
    void aPreviewOfTheRefusedFormLinksNoScriptUrlAndShowsTheTextAsTyped() throws Exception {
        openPreview();
        try {
            assertNothingCanRun("the preview of the refused form");
            assertEquals(TITLE, text("h1"));
            assertEquals(LEAD, text(".lead"));
            assertEquals(REFERENCE_TITLE, text(".references cite"),
                    "a reference with a script URL is shown without a link");
            assertEquals(TITLE, graphNode("Article").path("headline").asText());
        } finally {
            closePreview();
        }
    }

    @Test
    @Order(3)
    void correctedAndPublishedEveryFieldIsStoredExactly() {
        type("slug", "");
        type("reference-0-url", REFERENCE_URL);
        submitAndWait(browser.findElement(By.cssSelector("form.editor button[value=save]")));
        assertTrue(browser.findElement(By.id("authorName-error")).isDisplayed(), "a name without a record is refused");
        assertTrue(browser.findElement(By.id("reviewerName-error")).isDisplayed(), "a name without a record is refused");
        app.people().create(Person.named(REVIEWER, Author.Kind.Person).withCredentials(CREDENTIALS));
        browser.findElement(By.cssSelector("input[name=createAuthor]")).click();
        submitAndWait(browser.findElement(By.cssSelector("form.editor button[value=save]")));
        assertTrue(browser.getCurrentUrl().contains("?notice=created"), "saved: "
                + browser.findElements(By.cssSelector(".form-errors")).stream().map(WebElement::getText).toList());
        editorUrl = browser.getCurrentUrl().substring(0, browser.getCurrentUrl().indexOf('?'));
        articleId = Long.parseLong(editorUrl.substring(editorUrl.lastIndexOf('/') + 1));

        Article stored = app.articles().findById(articleId).orElseThrow();
        assertEquals(TITLE, stored.title());
        assertEquals(META_TITLE, stored.metaTitle());
        assertEquals(META_DESCRIPTION, stored.metaDescription());
        assertEquals(FOCUS_KEYWORD, stored.focusKeyword());
        assertEquals(LEAD, stored.lead());
        assertEquals(BODY, stored.body());
        assertEquals(TOPIC, stored.topic());
        assertEquals(AUTHOR_NAME, stored.author().name());
        assertEquals(REVIEWER, stored.review().reviewerName());
        assertEquals(CREDENTIALS, stored.review().credentials());
        assertEquals(List.of(new FaqItem(QUESTION, ANSWER)), stored.faq());
        assertEquals(List.of(new Reference(REFERENCE_TITLE, REFERENCE_PUBLISHER, 2024, REFERENCE_URL, null)),
                stored.references());
        assertEquals(TITLE, browser.findElement(By.id("title")).getDomProperty("value"));
        assertEquals(BODY, browser.findElement(By.id("body")).getDomProperty("value"));
        assertNothingCanRun("the editor of the saved article");
    }

    @Test
    @Order(4)
    void aHostileHeroImageAltTextIsStoredExactlyAndShownAsText() throws IOException {
        Path image = Files.createTempFile("hero", ".jpg");
        ImageIO.write(new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB), "jpg", image.toFile());
        browser.findElement(By.id("heroImage")).sendKeys(image.toAbsolutePath().toString());
        type("heroAlt", ALT);
        submitAndWait(browser.findElement(By.cssSelector("form.editor button[value=save]")));

        assertEquals(ALT, app.articles().findById(articleId).orElseThrow().heroImage().alt());
        assertEquals(ALT, text(".hero-fields q"));
        assertEquals(ALT, browser.findElement(By.cssSelector(".hero-fields img")).getDomAttribute("alt"));
        assertNothingCanRun("the editor with a hero image");
    }

    @Test
    @Order(5)
    void thePublicPageShowsEveryFieldAsTextAndItsJsonLdHoldsItExactly() throws Exception {
        Article article = app.articles().findById(articleId).orElseThrow();
        String url = app.url("/articles/" + article.slug());
        browser.get(url);

        assertNothingCanRun("the public page");
        assertEquals(META_TITLE, browser.getTitle());
        assertEquals(META_DESCRIPTION,
                browser.findElement(By.cssSelector("meta[name=description]")).getDomAttribute("content"));
        assertEquals(TITLE, text("h1"));
        assertEquals(LEAD, text(".lead"));
        assertEquals(TOPIC, text(".article__topic a"));
        WebElement author = browser.findElement(By.cssSelector(".byline a[rel=author]"));
        assertEquals(AUTHOR_NAME, author.getDomProperty("textContent"));
        assertEquals("/people/" + article.author().slug(), author.getDomAttribute("href"));
        assertTrue(text(".byline").contains(REVIEWER + ", " + CREDENTIALS));
        assertEquals(ALT, browser.findElement(By.cssSelector(".hero img")).getDomAttribute("alt"));
        assertEquals(ALT, browser.findElement(By.cssSelector("meta[property='og:image:alt']")).getDomAttribute("content"));
        assertEquals(HEADING, text(".article__body h2"));
        String body = text(".article__body");
        assertTrue(body.contains(RAW_HTML_LINE) && body.contains(BREAKOUT_LINE), body);
        assertEquals(QUESTION, text(".faq summary"));
        assertEquals(ANSWER, text(".faq__answer"));
        WebElement reference = browser.findElement(By.cssSelector(".references a"));
        assertEquals(REFERENCE_TITLE, reference.getDomProperty("textContent"));
        assertEquals(REFERENCE_URL, reference.getDomAttribute("href"));
        assertTrue(text(".references li").contains(REFERENCE_PUBLISHER));

        JsonNode graphArticle = graphNode("Article");
        assertEquals(TITLE, graphArticle.path("headline").asText());
        assertEquals(META_DESCRIPTION, graphArticle.path("description").asText());
        assertEquals(FOCUS_KEYWORD, graphArticle.path("keywords").asText());
        assertEquals(TOPIC, graphArticle.path("articleSection").asText());
        assertEquals(AUTHOR_NAME, graphArticle.path("author").path("name").asText());
        assertEquals(app.url("/people/" + article.author().slug()), graphArticle.path("author").path("url").asText());
        assertEquals(ALT, graphArticle.path("image").get(0).path("description").asText());
        assertEquals(REFERENCE_TITLE, graphArticle.path("citation").get(0).path("name").asText());
        assertEquals(REFERENCE_PUBLISHER, graphArticle.path("citation").get(0).path("publisher").path("name").asText());
        JsonNode page = graphNode("MedicalWebPage");
        assertEquals(META_TITLE, page.path("name").asText());
        assertEquals(REVIEWER, page.path("reviewedBy").path("name").asText());
        assertEquals(CREDENTIALS, page.path("reviewedBy").path("honorificSuffix").asText());
        JsonNode question = graphNode("FAQPage").path("mainEntity").get(0);
        assertEquals(QUESTION, question.path("name").asText());
        assertEquals(ANSWER, question.path("acceptedAnswer").path("text").asText());

        assertEquals(List.of(), browser.findElements(By.cssSelector(".article__body a")).stream()
                .map(link -> link.getAttribute("outerHTML")).toList(), "links with script targets stay text");
        String bodyText = browser.findElement(By.cssSelector(".article__body")).getText();
        assertTrue(bodyText.contains("a Markdown link, a mixed-case one, an autolink javascript:window.__pwned='body'"),
                bodyText);
        assertTrue(bodyText.contains("an image"), bodyText);
        browser.findElement(By.cssSelector(".faq summary")).click();
        assertNothingCanRun("the public page after clicking its body links and opening the FAQ");
    }

    @Test
    @Order(6)
    void theHomeTopicAndNotFoundPagesListTheHostileTitleAsText() {
        Article article = app.articles().findById(articleId).orElseThrow();
        for (String path : List.of("/", "/topics/" + article.topicSlug())) {
            browser.get(app.url(path));
            assertNothingCanRun(path);
            WebElement teaser = browser.findElement(By.xpath(
                    "//li[contains(concat(' ', @class, ' '), ' teaser ')][.//a[@href='/articles/" + article.slug() + "']]"));
            assertEquals(TITLE, teaser.findElement(By.cssSelector(".teaser__title")).getDomProperty("textContent"));
            assertEquals(TOPIC, teaser.findElement(By.cssSelector(".teaser__meta a")).getDomProperty("textContent"));
            assertEquals(LEAD, teaser.findElement(By.cssSelector(".teaser__lead")).getDomProperty("textContent"));
        }
        assertEquals(TOPIC, text("h1"));

        browser.get(app.url("/articles/no-such-page"));
        assertNothingCanRun("the page not found, which suggests recent articles");
        assertEquals(TITLE, textOf(browser.findElement(By.cssSelector("main a[href='/articles/" + article.slug() + "']"))));
    }

    @Test
    @Order(7)
    void searchMarksWordsInsideTheHostileTitleWithoutMakingMarkup() {
        browser.get(app.url("/search?q=nightshade+script"));
        assertNothingCanRun("the search results");

        WebElement title = browser.findElement(By.cssSelector(".teaser__title a"));
        assertEquals(TITLE, title.getDomProperty("textContent"));
        List<WebElement> marks = title.findElements(By.tagName("mark"));
        assertEquals(List.of("Nightshade", "script", "script", "script"), marks.stream().map(HostileContentBrowserTest::textOf).toList());
        assertTrue(marks.stream().allMatch(mark -> mark.findElements(By.xpath("./*")).isEmpty()),
                "a mark holds text only");
    }

    @Test
    @Order(8)
    void aHostileSearchQueryIsShownAsText() {
        String query = "\"><script>window.__pwned='query'</script>";
        browser.get(app.url("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));

        assertNothingCanRun("the search results for a hostile query");
        assertEquals("Search results for “" + query + "”", text("h1"));
        assertEquals(query, browser.findElement(By.id("search-query")).getDomProperty("value"));
    }

    @Test
    @Order(9)
    void theHistoryAndItsComparisonShowBothVersionsAsText() {
        browser.get(editorUrl);
        type("title", SECOND_TITLE);
        type("lead", SECOND_LEAD);
        type("body", BODY + "\n\n" + SECOND_BODY_LINE);
        submitAndWait(browser.findElement(By.cssSelector("form.editor button[value=save]")));
        Article saved = app.articles().findById(articleId).orElseThrow();
        assertEquals(BODY + "\n\n" + SECOND_BODY_LINE, saved.body());

        browser.get(editorUrl + "/history");
        assertNothingCanRun("the history");
        assertEquals("History of “" + SECOND_TITLE + "”", text("h1"));

        browser.get(editorUrl + "/history/compare?from=1&to=" + saved.version());
        assertNothingCanRun("the comparison of the first and the current version");
        assertEquals("Changes to “" + SECOND_TITLE + "”", text("h1"));
        List<String> removed = browser.findElements(By.tagName("del")).stream().map(HostileContentBrowserTest::textOf).toList();
        List<String> added = browser.findElements(By.tagName("ins")).stream().map(HostileContentBrowserTest::textOf).toList();
        assertTrue(removed.contains(TITLE) && removed.contains(LEAD), removed.toString());
        assertTrue(added.contains(SECOND_TITLE) && added.contains(SECOND_LEAD) && added.contains(SECOND_BODY_LINE),
                added.toString());
    }

    @Test
    @Order(10)
    void theAdminListShowsTheHostileTitleAndAuthorAsText() {
        String filter = "<script>window.__pwned='filter'</script>";
        browser.get(app.url("/admin/articles"));
        assertNothingCanRun("the admin list");
        WebElement row = browser.findElement(By.xpath(
                "//tr[.//a[@href='/admin/articles/" + articleId + "']]"));
        assertEquals(SECOND_TITLE, row.findElement(By.tagName("a")).getDomProperty("textContent"));
        assertTrue(row.getText().contains(AUTHOR_NAME), row.getText());

        browser.get(app.url("/admin/articles?q=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)));
        assertNothingCanRun("the admin list filtered by a hostile text");
        assertEquals(filter, browser.findElement(By.id("q")).getDomProperty("value"));
    }

    @Test
    @Order(11)
    void aHostileDocumentImportedThroughThePageOpensAndPreviewsAsText() throws Exception {
        Path document = Files.createTempFile("hostile", ".txt");
        try (InputStream in = HostileContentBrowserTest.class.getResourceAsStream("/browser/hostile-everywhere.txt")) {
            Files.write(document, in.readAllBytes());
        }
        browser.get(app.url("/admin/import"));
        browser.findElement(By.id("document")).sendKeys(document.toAbsolutePath().toString());
        Chromium.clickAndAwaitPage(browser,
                browser.findElement(By.cssSelector("form[action='/admin/import'] button[type=submit]")),
                address -> address.contains("notice=imported"));
        String importedEditor = browser.getCurrentUrl().substring(0, browser.getCurrentUrl().indexOf('?'));
        imported = app.articles().findById(Long.parseLong(importedEditor.substring(importedEditor.lastIndexOf('/') + 1)))
                .orElseThrow();

        assertNothingCanRun("the editor of the imported document");
        assertTrue(imported.title().contains("<script>window.__pwned=1</script>"), imported.title());
        assertEquals(imported.title(), browser.findElement(By.id("title")).getDomProperty("value"));
        assertEquals(imported.lead(), browser.findElement(By.id("lead")).getDomProperty("value"));
        assertEquals(imported.author().name(), browser.findElement(By.id("authorName")).getDomProperty("value"));
        assertEquals(imported.faq().get(0).answer(), browser.findElement(By.id("faq-0-answer")).getDomProperty("value"));

        openPreview();
        try {
            assertNothingCanRun("the preview of the imported document");
            assertEquals(imported.title(), text("h1"));
            assertTrue(browser.findElements(By.cssSelector(".byline a")).stream()
                    .allMatch(link -> link.getDomAttribute("href").startsWith("/people/")),
                    "the byline links to profiles only, never the document's script URL");
            assertEquals(imported.faq().get(0).answer(),
                    graphNode("FAQPage").path("mainEntity").get(0).path("acceptedAnswer").path("text").asText());
        } finally {
            closePreview();
        }
    }

    @Test
    @Order(12)
    void storedScriptUrlsOfAnAuthorOrAReferenceNeverBecomeLinks() throws Exception {
        // The editor refuses such URLs, but the importer keeps an author's as written and a restored backup may hold any.
        String referenceTitle = "Source <img src=x onerror=\"window.__pwned='reference'\">";
        Article published = app.articles().update(imported.toBuilder()
                .references(List.of(new Reference(referenceTitle, null, null, SCRIPT_URL, null)))
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(app.articles().now())
                .build());
        assertEquals(SCRIPT_URL, published.references().get(0).url());

        browser.get(app.url("/articles/" + published.slug()));
        assertNothingCanRun("the public page of the imported document");
        assertEquals(referenceTitle, text(".references cite"));
        assertTrue(browser.findElements(By.cssSelector(".references a")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector(".byline a")).stream()
                .allMatch(link -> link.getDomAttribute("href").startsWith("/people/")), "bylines link to profiles only");
        assertEquals(app.url("/people/" + published.author().slug()),
                graphNode("Article").path("author").path("url").asText());
        assertFalse(graphNode("Article").path("citation").get(0).has("url"));
    }

    @Test
    @Order(13)
    void theCheckForRunnableMarkupFindsInjectedElements() {
        browser.get(app.url("/"));
        assertEquals(List.of(), RunnableMarkup.on(browser), "the home page as served");

        browser.executeScript("""
                var main = document.querySelector('main');
                var image = document.createElement('img');
                image.setAttribute('src', 'x');
                image.setAttribute('onerror', 'window.__pwned = 1');
                main.appendChild(image);
                var link = document.createElement('a');
                link.setAttribute('href', ' JavaScript:window.__pwned = 2');
                main.appendChild(link);
                main.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
                main.appendChild(document.createElement('script'));
                """);

        assertEquals(5, RunnableMarkup.on(browser).size(), RunnableMarkup.on(browser).toString());
        Chromium.cspViolations(browser);
    }

    /** Nothing on the page could run, nothing did, and the browser reported no policy violation. */
    private static void assertNothingCanRun(String page) {
        List<String> violations = Chromium.cspViolations(browser);
        assertEquals(List.of(), RunnableMarkup.on(browser), "markup that could run on " + page);
        assertEquals(null, browser.executeScript("return window.__pwned;"), "a payload ran on " + page);
        assertEquals(List.of(), violations, "something tried to run on " + page);
    }

    private static void logIn(String path) {
        browser.get(app.url(path));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/admin/login"));
        browser.findElement(By.id("username")).sendKeys("editor");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.cssSelector("form button[type=submit]")),
                address -> address.endsWith(path));
    }

    /**
     * Puts the text into a field as typing would, firing the input event the editor's script listens to. Not key by
     * key: the keyboard is EditorBrowserTest's subject, and these texts are thousands of key presses.
     */
    private static void type(String id, String text) {
        browser.executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", browser.findElement(By.id(id)), text);
    }

    /** The text of the first element the selector finds, exactly as in the DOM (not as CSS shows it). */
    private static String text(String selector) {
        return textOf(browser.findElement(By.cssSelector(selector)));
    }

    private static String textOf(WebElement element) {
        return element.getDomProperty("textContent");
    }

    private static void submitAndWait(WebElement button) {
        Chromium.clickAndAwaitPage(browser, button);
    }

    /** Presses the editor's Preview button and switches to the window it opens. */
    private static void openPreview() {
        String editorWindow = browser.getWindowHandle();
        browser.findElement(By.cssSelector("form.editor button[formaction='/admin/preview']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getWindowHandles().size() == 2);
        for (String handle : browser.getWindowHandles()) {
            if (!handle.equals(editorWindow)) {
                browser.switchTo().window(handle);
            }
        }
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector(".preview-banner")).isEmpty());
    }

    private static void closePreview() {
        String previewWindow = browser.getWindowHandle();
        browser.close();
        browser.switchTo().window(browser.getWindowHandles().stream()
                .filter(handle -> !handle.equals(previewWindow)).findFirst().orElseThrow());
    }

    /** The node of a type in the page's JSON-LD, which must parse as JSON. */
    private static JsonNode graphNode(String type) throws IOException {
        String jsonLd = browser.findElement(By.cssSelector("script[type='application/ld+json']"))
                .getDomProperty("textContent");
        for (JsonNode node : JSON.readTree(jsonLd).path("@graph")) {
            if (type.equals(node.path("@type").asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + jsonLd);
    }
}
