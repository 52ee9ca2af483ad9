package com.healthpress.redirects.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.access.Role;
import com.healthpress.article.Article;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redirects over real HTTP: made in the admin, answered before any page, cached or not, on every instance. */
class RedirectPagesTest {

    private static TestApp app;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = AdminClient.loggedIn(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aRedirectAnswersWithItsStatusAndLocationAndPassesTheReadersQueryOn() {
        assertEquals(404, app.get("/2019/05/vitamin-d.html").statusCode());

        RedirectForms.created(admin, "https://old-cms.example.com/2019/05/vitamin-d.html", "/articles/vitamin-d",
                "301");
        RedirectForms.created(admin, "/spring-campaign/", "https://campaign.example.org/spring", "302");

        HttpResponse<String> moved = app.get("/2019/05/vitamin-d.html");
        assertEquals(301, moved.statusCode());
        assertEquals("/articles/vitamin-d", location(moved));
        assertTrue(moved.headers().firstValue("Cache-Control").orElseThrow().contains("max-age=60"));
        assertEquals("/articles/vitamin-d?utm_source=news", location(app.get("/2019/05/vitamin-d.html/?utm_source=news")));
        assertEquals("/articles/vitamin-d", location(app.get("/2019/05/vitamin%2Dd.html")), "any spelling of it");
        HttpResponse<String> temporary = app.get("/spring-campaign");
        assertEquals(302, temporary.statusCode());
        assertEquals("https://campaign.example.org/spring", location(temporary));
        assertEquals("no-cache", temporary.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> head = app.send(HttpRequest.newBuilder(URI.create(app.url("/spring-campaign")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(302, head.statusCode());
        HttpResponse<String> post = app.send(HttpRequest.newBuilder(URI.create(app.url("/spring-campaign")))
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertTrue(post.statusCode() != 302, "only reads are redirected: " + post.statusCode());
        assertTrue(moved.headers().firstValue("Content-Security-Policy").isPresent(), "the policy's headers too");
    }

    @Test
    void aGoneAddressAnswers410WithAShortPage() {
        RedirectForms.created(admin, "/old-quiz", "", "410");

        HttpResponse<String> gone = app.get("/old-quiz");

        assertEquals(410, gone.statusCode());
        Document page = Jsoup.parse(gone.body());
        assertEquals("This page has been removed", page.select("main h1").text());
        assertEquals("noindex, nofollow", page.select("meta[name=robots]").attr("content"));
    }

    @Test
    void aRedirectOverACachedPageWinsAtOnceAndDeletingItBringsThePageBack() {
        Article old = app.articles().create(TestArticles.published("Shingles vaccine", Instant.now().minusSeconds(60)));
        Article replacement = app.articles().create(TestArticles.published("Shingles vaccine, updated",
                Instant.now().minusSeconds(30)));
        String path = "/articles/" + old.slug();
        assertEquals(200, app.get(path).statusCode());
        long renders = app.pageCache().renders();
        assertEquals(200, app.get(path).statusCode());
        assertEquals(renders, app.pageCache().renders(), "the page is answered from the cache");

        RedirectForms.created(admin, path, "/articles/" + replacement.slug(), "301");

        HttpResponse<String> moved = app.get(path);
        assertEquals(301, moved.statusCode(), "the redirect wins over the cached page at once");
        assertEquals("/articles/" + replacement.slug(), location(moved));
        assertEquals(301, app.get(path + "?utm_source=x").statusCode(), "and over its render through Javalin");

        String deleteAction = Jsoup.parse(admin.get("/admin/redirects?q=" + old.slug()).body())
                .selectFirst("table.redirects form").attr("action");
        assertEquals(303, admin.post(deleteAction, Map.of()).statusCode());
        assertEquals(200, app.get(path).statusCode(), "the page again");
    }

    @Test
    void chainsCollapseToOneHopAndALoopIsRefusedNamingItsPaths() {
        RedirectForms.created(admin, "/chain-a", "/chain-b", "301");
        RedirectForms.created(admin, "/chain-b", "/chain-c", "301");

        assertEquals("/chain-c", location(app.get("/chain-a")), "A→B then B→C: A leads to C");
        HttpResponse<String> loop = RedirectForms.create(admin, "/chain-c", "/chain-a", "301");

        assertEquals(422, loop.statusCode());
        Document form = Jsoup.parse(loop.body());
        assertTrue(form.select("#to-error").text().contains("/chain-c → /chain-a → /chain-c"), form.select("#to-error").text());
        assertEquals("/chain-c", form.select("#new input[name=from]").val(), "what was typed is kept");
        assertEquals("/chain-a", form.select("#new input[name=to]").val());
        assertEquals(404, app.get("/chain-c").statusCode(), "nothing saved");
    }

    @Test
    void badAddressesAreRefusedNextToTheirFieldsWithEverythingTypedKept() {
        HttpResponse<String> refused = RedirectForms.create(admin, "/admin/articles", "articles/x", "307");

        assertEquals(422, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        assertTrue(page.select("#from-error").text().contains("belongs to the site itself"));
        assertTrue(page.select("#to-error").text().contains("neither a path"));
        assertTrue(page.select("#status-error").text().contains("301, 302 or 410"));
        assertEquals("true", page.select("#from").attr("aria-invalid"));
        assertEquals("articles/x", page.select("#to").val());
        assertEquals(3, page.select(".form-errors li").size(), "the summary links to each");
    }

    @Test
    void anEditedRedirectLeadsElsewhereAtOnce() {
        RedirectForms.created(admin, "/edit-me", "/first", "301");
        String editor = Jsoup.parse(admin.get("/admin/redirects?q=edit-me").body())
                .selectFirst("table.redirects a").attr("href");

        HttpResponse<String> saved = admin.post(editor, List.of(Map.entry("from", "/edit-me"),
                Map.entry("to", "/second"), Map.entry("status", "302")));

        assertEquals(303, saved.statusCode(), saved.body());
        HttpResponse<String> answer = app.get("/edit-me");
        assertEquals(302, answer.statusCode());
        assertEquals("/second", location(answer));
        assertEquals(422, admin.post(editor, List.of(Map.entry("from", "/edit-me"), Map.entry("to", "/edit-me/"),
                Map.entry("status", "301"))).statusCode(), "a redirect to itself");
    }

    @Test
    void theOldAddressesOfArticlesAreListedWithWhereTheyLeadNow() {
        Article article = app.articles().create(TestArticles.published("Hay fever remedies",
                Instant.now().minusSeconds(60)));
        app.articles().update(article.toBuilder().slug("hay-fever-treatments").build());

        Document list = Jsoup.parse(admin.get("/admin/redirects").body());

        String row = list.select("table.old-addresses tr").stream().map(tr -> tr.text())
                .filter(text -> text.contains("/articles/" + article.slug())).findFirst().orElseThrow();
        assertTrue(row.contains("/articles/hay-fever-treatments"), row);
        assertTrue(row.contains("Hay fever remedies"), row);
        assertEquals(301, app.get("/articles/" + article.slug()).statusCode());
    }

    @Test
    void onlyAccountsThatPublishSeeAndUseTheRedirects() {
        AdminClient writer = AdminClient.loggedIn(app, Role.WRITER);
        AdminClient editor = AdminClient.loggedIn(app, Role.EDITOR);

        assertEquals(403, writer.get("/admin/redirects").statusCode());
        assertFalse(writer.get("/admin").body().contains("href=\"/admin/redirects\""));
        assertTrue(editor.get("/admin").body().contains("href=\"/admin/redirects\""));
        assertEquals(403, RedirectForms.create(writer, "/by-writer", "/x", "301").statusCode());
        assertEquals(404, app.get("/by-writer").statusCode());
    }

    @Test
    void aRedirectMadeOnOneInstanceIsAnsweredByAnotherWithinASecond() throws Exception {
        String database = TestDatabases.fresh();
        var dir = Files.createTempDirectory("redirect-instances");
        try (TestApp first = TestApp.start(dir, database, Clock.systemUTC());
             TestApp second = TestApp.start(dir, database, Clock.systemUTC())) {
            AdminClient firstAdmin = AdminClient.loggedIn(first);
            assertEquals(404, second.get("/moved-elsewhere").statusCode());

            RedirectForms.created(firstAdmin, "/moved-elsewhere", "/articles/new-home", "301");

            assertEquals(301, first.get("/moved-elsewhere").statusCode(), "at once where it was made");
            await("the other instance answers it").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> second.get("/moved-elsewhere").statusCode() == 301);
            assertEquals("/articles/new-home", location(second.get("/moved-elsewhere")));
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(none: " + response.statusCode() + ")");
    }
}
