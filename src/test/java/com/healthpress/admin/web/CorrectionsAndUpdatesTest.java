package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.AdminClient;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.article.Article;
import com.healthpress.server.HtmlChecker;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Corrections and updates over HTTP: only a substantive update or a correction moves the dates readers, search engines
 * and feed readers see, and its note goes on the article's history; a minor edit moves none of them.
 */
class CorrectionsAndUpdatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static MutableClock clock;
    private static TestApp app;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        clock = MutableClock.startingNow();
        app = TestApp.start(clock);
        admin = AdminClient.loggedIn(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long createPublished(String title) {
        String editorPath = EditorPagesTest.create(admin, EditorPagesTest.articleFields(title, "published"));
        return Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));
    }

    /** Some days later: the admin's session has ended by then, so the admin logs in again. */
    private static void daysLater(int days) {
        clock.advance(Duration.ofDays(days));
        admin.logIn();
    }

    private static Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static HttpResponse<String> save(long id, Map<String, String> changes) {
        return admin.saveArticle(id, changes, List.of());
    }

    @Test
    void aMinorEditKeepsEveryPublicDateAndACorrectionMovesThemAll() {
        long id = createPublished("Ibuprofen for children");
        Instant published = now();
        String slug = app.articles().findById(id).orElseThrow().slug();

        daysLater(3);
        HttpResponse<String> minor = save(id, Map.of("lead", "Ibuprofen eases pain and fever in children, with care."));
        assertEquals(303, minor.statusCode(), minor.body());

        assertPublicDates(slug, published);
        assertNull(Jsoup.parse(app.get("/articles/" + slug).body()).selectFirst(".byline__updated"),
                "a minor edit shows no Updated date");

        daysLater(2);
        HttpResponse<String> correction = save(id, Map.of("changeKind", "correction",
                "changeNote", "Corrected the ibuprofen dose for children",
                "body", "## Dose\r\n\r\nGive 5 to 10 mg per kilogram.\r\n\r\n## Care\r\n\r\nRest briefly."));
        assertEquals(303, correction.statusCode(), correction.body());
        Instant corrected = now();

        assertPublicDates(slug, corrected);
        Element updated = Jsoup.parse(app.get("/articles/" + slug).body()).selectFirst(".byline__updated");
        assertNotNull(updated, "a correction shows the Updated date");
        assertEquals(corrected.toString(), updated.attr("datetime"));
    }

    @Test
    void aSubstantiveUpdateMovesTheDatesToo() {
        long id = createPublished("Managing hay fever");
        String slug = app.articles().findById(id).orElseThrow().slug();

        daysLater(4);
        HttpResponse<String> update = save(id, Map.of("changeKind", "update",
                "changeNote", "Added the 2026 advice on nasal sprays"));
        assertEquals(303, update.statusCode(), update.body());

        assertPublicDates(slug, now());
    }

    @Test
    void theArticleShowsItsUpdatesAndCorrectionsNewestFirstButNotItsMinorEdits() {
        long id = createPublished("Treating a sprained ankle");
        String slug = app.articles().findById(id).orElseThrow().slug();
        daysLater(1);
        assertEquals(303, save(id, Map.of("changeKind", "update", "changeNote", "Added advice on ice packs"))
                .statusCode());
        Instant firstUpdate = now();
        daysLater(1);
        assertEquals(303, save(id, Map.of("lead", "A sprain usually heals within weeks with simple care."))
                .statusCode());
        daysLater(1);
        assertEquals(303, save(id, Map.of("changeKind", "correction", "changeNote", "Corrected how long to rest"))
                .statusCode());
        Instant correction = now();
        // The editor's form holds publication times to the minute, so the saves after the first one round it.
        Instant published = app.articles().findById(id).orElseThrow().publishedAt();

        Document page = Jsoup.parse(app.get("/articles/" + slug).body());
        List<String> lines = page.select("#article-history li").stream()
                .map(line -> line.text().substring(line.selectFirst("time").text().length())).toList();
        assertEquals(List.of(": Corrected — Corrected how long to rest", ": Updated — Added advice on ice packs",
                ": Published"), lines);
        assertEquals(List.of(correction.toString(), firstUpdate.toString(), published.toString()),
                page.select("#article-history time").eachAttr("datetime"));
    }

    @Test
    void anArticleWithOnlyMinorEditsHasNoHistoryList() {
        long id = createPublished("Cold sores");
        String slug = app.articles().findById(id).orElseThrow().slug();
        assertEquals(303, save(id, Map.of("lead", "Cold sores clear up by themselves within ten days.")).statusCode());

        assertNull(Jsoup.parse(app.get("/articles/" + slug).body()).selectFirst("#article-history"));
    }

    @Test
    void anUpdateOrCorrectionWithoutANoteIsAnErrorNextToTheNoteAndNothingIsSaved() {
        long id = createPublished("Sunburn");
        Article before = app.articles().findById(id).orElseThrow();

        HttpResponse<String> response = save(id, Map.of("changeKind", "correction", "changeNote", " ",
                "lead", "Sunburn is skin damage from ultraviolet light."));

        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        Element error = page.selectFirst("#changeNote-error");
        assertNotNull(error, page.html());
        assertTrue(error.text().contains("note"), error.text());
        assertEquals("changeNote-hint changeNote-error", page.selectFirst("#changeNote").attr("aria-describedby"));
        assertTrue(page.selectFirst("input[name=changeKind][value=correction]").hasAttr("checked"),
                "the form keeps the chosen kind");
        assertEquals(before.version(), app.articles().findById(id).orElseThrow().version(), "nothing was saved");
    }

    @Test
    void aNoteLongerThanTwoHundredCharactersOrAnUnknownKindIsRefused() {
        long id = createPublished("Heat rash");

        HttpResponse<String> tooLong = save(id, Map.of("changeKind", "update", "changeNote", "x".repeat(201)));
        HttpResponse<String> unknown = save(id, Map.of("changeKind", "retraction", "changeNote", "Withdrawn"));

        assertEquals(422, tooLong.statusCode());
        assertTrue(Jsoup.parse(tooLong.body()).selectFirst("#changeNote-error").text().contains("200"));
        assertEquals(422, unknown.statusCode());
        assertNotNull(Jsoup.parse(unknown.body()).selectFirst("#changeKind-error"));
    }

    @Test
    void theEditorAdvisesOnAnAuthorWithoutCredentialsAndPeopleWithoutPhotosAndStillSaves() {
        long id = createPublished("Chickenpox");

        String checks = Jsoup.parse(admin.get("/admin/articles/" + id).body()).select("#seo-checks li").text();
        HttpResponse<String> saved = save(id, Map.of("lead", "Chickenpox is common and usually mild in children."));

        assertTrue(checks.contains("Dr Sam Lee is named without credentials"), checks);
        assertTrue(checks.contains("No photo on the records of Dr Sam Lee (author) and Dr Jane Roe (reviewer)"),
                checks);
        assertEquals(303, saved.statusCode(), "advice never blocks a save");
    }

    @Test
    void theRevisionHistoryShowsEachCorrectionWithItsNote() {
        long id = createPublished("Nosebleeds");
        assertEquals(303, save(id, Map.of("changeKind", "correction", "changeNote", "Corrected the first-aid steps"))
                .statusCode());

        Document history = Jsoup.parse(admin.get("/admin/articles/" + id + "/history").body());

        assertEquals(List.of("Corrected: Corrected the first-aid steps"), history.select(".history__note").eachText());
    }

    @Test
    void theArticleWithItsHistoryAndTheEditorShowingANoteErrorAreValidHtml() {
        long id = createPublished("Earache in children");
        String slug = app.articles().findById(id).orElseThrow().slug();
        assertEquals(303, save(id, Map.of("changeKind", "update", "changeNote", "Added when to see a GP <urgently>"))
                .statusCode());
        HttpResponse<String> article = app.get("/articles/" + slug);
        HttpResponse<String> editorWithError = save(id, Map.of("changeKind", "correction", "changeNote", ""));
        assertEquals(200, article.statusCode());
        assertEquals(422, editorWithError.statusCode());
        assertNotNull(Jsoup.parse(article.body()).selectFirst("#article-history"));

        assertEquals(List.of(), HtmlChecker.errors(Map.of("article with its history", article.body(),
                "editor with a change note error", editorWithError.body())));
    }

    /** The article's dateModified, its feed entry's updated and its sitemap lastmod all say {@code expected}. */
    private static void assertPublicDates(String slug, Instant expected) {
        String url = app.url("/articles/" + slug);
        Document page = Jsoup.parse(app.get("/articles/" + slug).body());
        List<String> modified = page.select("script[type=application/ld+json]").stream()
                .flatMap(script -> readJson(script.data()).findValuesAsText("dateModified").stream()).toList();
        assertFalse(modified.isEmpty(), "the article's JSON-LD has a dateModified");
        modified.forEach(value -> assertEquals(expected.toString(), value, "dateModified"));

        Document feed = Jsoup.parse(app.get("/feed.xml").body(), "", Parser.xmlParser());
        Element entry = feed.select("entry").stream().filter(e -> e.selectFirst("id").text().equals(url))
                .findFirst().orElseThrow(() -> new AssertionError("no feed entry for " + url));
        assertEquals(expected.toString(), entry.selectFirst("updated").text(), "the feed entry's updated");

        assertEquals(expected.toString(), sitemapLastmod(url), "the sitemap's lastmod");
    }

    private static String sitemapLastmod(String url) {
        Document index = Jsoup.parse(app.get("/sitemap.xml").body(), "", Parser.xmlParser());
        for (Element sitemap : index.select("sitemap > loc")) {
            String path = sitemap.text().substring(app.url("").length());
            Document file = Jsoup.parse(app.get(path).body(), "", Parser.xmlParser());
            for (Element entry : file.select("url")) {
                if (entry.selectFirst("loc").text().equals(url)) {
                    return entry.selectFirst("lastmod").text();
                }
            }
        }
        throw new AssertionError("no sitemap entry for " + url);
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
