package com.healthpress.revision.web;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.HeroImage;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.ImageRepository;
import com.healthpress.revision.RevisionDiff;
import com.healthpress.server.HtmlChecker;
import com.healthpress.storage.Database;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The history, comparison and restore pages through HTTP, logged in as an admin. */
class HistoryPagesTest {

    private static TestApp app;
    private static Database database;
    private static ArticleService articles;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        database = Database.open(app.databaseUrl());
        articles = new ArticleService(database.jdbi(), Clock.systemUTC(),
                new ChangeFeed(database.jdbi(), Clock.systemUTC()));
        admin = AdminClient.loggedIn(app);
    }

    @AfterAll
    static void stop() {
        database.close();
        app.close();
    }

    @Test
    void historyListsEveryRevisionNewestFirstWithItsActions() {
        Article article = withThreeVersions("History listing");

        Document page = ok("/admin/articles/" + article.id() + "/history");

        List<Element> rows = page.select("table.history tbody tr");
        assertEquals(List.of("Version 3 (current)", "Version 2", "Version 1"),
                rows.stream().map(row -> row.selectFirst("th").text()).toList());
        assertEquals(List.of("Title and body", "Lead", "Created"),
                rows.stream().map(row -> row.select("td").get(2).text()).toList());
        assertEquals("system", rows.get(2).select("td").get(1).text());
        assertTrue(rows.get(0).selectFirst("time").attr("datetime").endsWith("Z"));
        assertEquals(List.of(path(article, "/history/compare?from=2&to=3"), path(article, "/history/compare?from=1&to=2")),
                page.select("table.history a:contains(View changes)").eachAttr("href"));
        assertEquals(List.of(path(article, "/history/2/restore"), path(article, "/history/1/restore")),
                page.select("table.history form[method=post]").eachAttr("action"));
        assertEquals(List.of(admin.csrfToken(), admin.csrfToken()),
                page.select("table.history form[method=post] input[name=csrf]").eachAttr("value"));
        assertEquals(path(article, ""), page.selectFirst("a:contains(Back to the editor)").attr("href"));
    }

    @Test
    void theComparisonFormWorksWithoutJavaScript() {
        Article article = withThreeVersions("Comparison form");

        Document page = ok("/admin/articles/" + article.id() + "/history");

        Element form = page.selectFirst("form#compare-versions");
        assertEquals("get", form.attr("method"));
        assertEquals(path(article, "/history/compare"), form.attr("action"));
        assertEquals(3, page.select("input[type=radio][name=from][form=compare-versions]").size());
        assertEquals(3, page.select("input[type=radio][name=to][form=compare-versions]").size());
        assertEquals("2", page.selectFirst("input[name=from][checked]").val());
        assertEquals("3", page.selectFirst("input[name=to][checked]").val());
        for (Element radio : page.select("input[type=radio]")) {
            assertEquals("label", radio.parent().tagName(), "every radio has a label");
            assertEquals(1, page.select("#" + radio.attr("aria-describedby")).size(), "it names its version");
        }
    }

    @Test
    void theComparisonShowsChangedFieldsAndLinesOnly() {
        Article article = withThreeVersions("Comparison page");

        Document page = ok("/admin/articles/" + article.id() + "/history/compare?from=1&to=3");

        Element fields = page.selectFirst("table.diff-fields");
        assertEquals(List.of("Title"), fields.select("tbody th").eachText());
        assertEquals("Comparison page", fields.selectFirst("tbody tr del").text());
        assertEquals("Comparison page, revised", fields.selectFirst("tbody tr ins").text());
        assertEquals(List.of("Body"), page.select("section h2").eachText());
        Element body = page.selectFirst("table.diff");
        assertEquals(List.of("Added"), body.select("tr:has(ins) td:eq(0) .visually-hidden").eachText());
        assertEquals(List.of("An added paragraph."), body.select("ins").eachText());
        assertEquals(0, body.select("del").size());
    }

    @Test
    void comparingBackwardsShowsTheSameChangeAsARemoval() {
        Article article = withThreeVersions("Backwards comparison");

        Element body = ok("/admin/articles/" + article.id() + "/history/compare?from=3&to=1").selectFirst("table.diff");

        assertEquals(List.of("Removed"), body.select("tr:has(del) td:eq(0) .visually-hidden").eachText());
        assertEquals(List.of("An added paragraph."), body.select("del").eachText());
        assertEquals(0, body.select("ins").size());
    }

    @Test
    void identicalVersionsSaySo() {
        Article article = withThreeVersions("Identical versions");

        Document page = ok("/admin/articles/" + article.id() + "/history/compare?from=2&to=2");

        assertTrue(page.text().contains("The two versions have the same content."));
        assertEquals(0, page.select("table").size());
    }

    @Test
    void unknownArticlesAndVersionsAreNotFound() {
        Article article = withThreeVersions("Unknown versions");
        String base = "/admin/articles/" + article.id() + "/history";

        assertEquals(404, admin.get(base + "/compare?from=1&to=9").statusCode());
        assertEquals(404, admin.get(base + "/compare?from=x&to=1").statusCode());
        assertEquals(404, admin.get(base + "/compare").statusCode());
        assertEquals(404, admin.get("/admin/articles/999999/history").statusCode());
        assertEquals(404, admin.get("/admin/articles/abc/history").statusCode());
        assertEquals(404, admin.post(base + "/9/restore", Map.of()).statusCode());
        assertEquals(3, articles.findById(article.id()).orElseThrow().version());
    }

    @Test
    void anIdOrAVersionWrittenOtherThanInPlainDigitsIsNotFoundAsInTheEditor() {
        Article article = withThreeVersions("Signed numbers");
        String signed = "/admin/articles/+" + article.id();

        assertEquals(404, admin.get(signed).statusCode());
        assertEquals(404, admin.get(signed + "/history").statusCode());
        assertEquals(404, admin.get(signed + "/history/compare?from=1&to=2").statusCode());
        assertEquals(404, admin.post(signed + "/history/1/restore", Map.of()).statusCode());
        assertEquals(404, admin.post("/admin/articles/" + article.id() + "/history/+1/restore", Map.of()).statusCode());
        assertEquals(404, admin.get("/admin/articles/" + article.id() + "/history/compare?from=+1&to=2").statusCode());
        assertEquals(3, articles.findById(article.id()).orElseThrow().version());
    }

    @Test
    void restoringSavesTheOldContentAsANewVersionAndGoesToTheEditor() {
        Article article = withThreeVersions("Restore through the page");

        HttpResponse<String> response = admin.post("/admin/articles/" + article.id() + "/history/1/restore", Map.of());

        assertEquals(303, response.statusCode());
        assertEquals(path(article, "?notice=restored"), response.headers().firstValue("Location").orElseThrow());
        Article now = articles.findById(article.id()).orElseThrow();
        assertEquals(4, now.version());
        assertEquals(List.of(), RevisionDiff.between(article, now));
        Document history = ok("/admin/articles/" + article.id() + "/history");
        Element newest = history.selectFirst("table.history tbody tr");
        assertEquals("Restored version 1", newest.select("td").get(2).text());
        assertEquals(admin.username(), newest.select("td").get(1).text());
    }

    @Test
    void aRestoreWithoutTheSessionsTokenChangesNothing() {
        Article article = withThreeVersions("Restore without token");

        HttpResponse<String> response = admin.post("/admin/articles/" + article.id() + "/history/1/restore",
                Map.of("csrf", "not-the-token"));

        assertNotEquals(303, response.statusCode());
        assertEquals(3, articles.findById(article.id()).orElseThrow().version());
    }

    @Test
    void aRestoreWhoseSlugAnotherArticleTookIsExplainedOnTheHistoryPage() {
        Article article = withThreeVersions("Slug taken on restore");
        save(articles.findById(article.id()).orElseThrow(), b -> b.slug("slug-moved"), "Slug");
        Article other = articles.create(TestArticles.draft("Slug taken on restore"));
        assertEquals(article.slug(), other.slug(), "the other article took the old slug");

        HttpResponse<String> response = admin.post("/admin/articles/" + article.id() + "/history/1/restore", Map.of());

        assertEquals(303, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertEquals(path(article, "/history?error=slug-taken&version=1"), location);
        Element alert = ok(location).selectFirst("[role=alert]");
        assertTrue(alert.text().contains("“" + article.slug() + "” now belongs to another article"), alert.text());
        assertEquals(4, articles.findById(article.id()).orElseThrow().version());
    }

    @Test
    void titlesAreShownAsTextNeverAsMarkup() {
        Article article = withThreeVersions("Sneaky <b>bold</b> & \"quotes\"");

        Document history = ok("/admin/articles/" + article.id() + "/history");
        Document comparison = ok("/admin/articles/" + article.id() + "/history/compare?from=1&to=3");

        assertEquals("History of “Sneaky <b>bold</b> & \"quotes\", revised”", history.selectFirst("h1").text());
        assertEquals(0, history.select("main b").size());
        assertEquals(0, comparison.select("main b").size());
    }

    @Test
    void historyAndComparisonPagesAreValidHtml() {
        Article article = withThreeVersions("Valid pages with <tags> & \"quotes\"");
        Article single = articles.create(TestArticles.draft("Only one version"));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("history", html("/admin/articles/" + article.id() + "/history"));
        pages.put("history with one version", html("/admin/articles/" + single.id() + "/history"));
        pages.put("history with an error", html("/admin/articles/" + article.id() + "/history?error=slug-taken&version=1"));
        pages.put("comparison", html("/admin/articles/" + article.id() + "/history/compare?from=1&to=3"));
        pages.put("comparison backwards", html("/admin/articles/" + article.id() + "/history/compare?from=3&to=1"));
        pages.put("comparison of the same version", html("/admin/articles/" + article.id() + "/history/compare?from=2&to=2"));

        assertEquals(List.of(), HtmlChecker.errors(pages));
    }

    /** Version 1 as created, 2 with a new lead, 3 with a new title and an added body paragraph. */
    @Test
    void aComparisonSaysPlainlyWhenAnOldHeroImageIsNoLongerStored() {
        long imageId = database.jdbi().withExtension(ImageRepository.class, images -> images.insert("image/png",
                640, 360, "ab".repeat(32), new byte[] {1, 2, 3}, Instant.now()));
        HeroImage hero = new HeroImage(imageId, "A chart", 640, 360, "image/png", "ab".repeat(32), false);
        Article v1 = articles.create(TestArticles.draft("Image gone").toBuilder().heroImage(hero).build());
        save(v1, b -> b.heroImage(null), "Removed the hero image");
        // As a database from before images were cleaned up, or restored without them, may have it.
        database.jdbi().useExtension(ImageRepository.class, images -> images.delete(imageId));

        Document page = ok("/admin/articles/" + v1.id() + "/history/compare?from=1&to=2");

        assertTrue(page.text().contains("Image " + imageId + " (640 × 360 pixels, image/png, image no longer stored)"),
                page.text());
        assertEquals(0, page.select("img").size());
    }

    private static Article withThreeVersions(String title) {
        Article v1 = articles.create(TestArticles.draft(title));
        Article v2 = save(v1, b -> b.lead("A second lead."), "Lead");
        save(v2, b -> b.title(title + ", revised").lead(v1.lead())
                .body(v1.body() + "An added paragraph.\n"), "Title and body");
        return v1;
    }

    private static Article save(Article current, UnaryOperator<Article.Builder> edit, String summary) {
        Optional<Article> saved = database.jdbi().inTransaction(handle ->
                articles.update(handle, edit.apply(current.toBuilder()).build(), "system", summary));
        return saved.orElseThrow();
    }

    private static String path(Article article, String rest) {
        return "/admin/articles/" + article.id() + rest;
    }

    private static Document ok(String path) {
        return Jsoup.parse(html(path));
    }

    private static String html(String path) {
        HttpResponse<String> response = admin.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
