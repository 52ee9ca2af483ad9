package com.healthpress.redirects.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.redirects.NotFoundLog;
import com.healthpress.storage.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 404 log over HTTP: what reaches the not-found page is counted, bounded, and turned into redirects. */
class NotFoundPagesTest {

    private static final String LOG = "/admin/redirects/not-found";
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
    void aMissingPageIsLoggedWithItsCountAndOnlyTheHostOfItsReferrer() {
        get("/guides/low-fodmap-diet", "https://www.example.com/forum/thread?token=secret");
        get("/guides/low-fodmap-diet/", null);
        get("/guides/low-fodmap-diet", "https://news.example.net/a");
        get("/static/missing.css", null);
        get("/images/9-0000000000-missing.webp", null);
        admin.get("/admin/no-such-page");

        Element row = row(admin.get(LOG).body(), "/guides/low-fodmap-diet");

        assertEquals("3", row.select("td").get(1).text());
        assertEquals("news.example.net", row.select("td.referrer").text());
        String page = admin.get(LOG).body();
        assertFalse(page.contains("secret") || page.contains("/forum/thread"), "never the whole referrer");
        assertFalse(page.contains("/static/missing.css"));
        assertFalse(page.contains("/images/9-0000000000-missing.webp"));
        assertFalse(page.contains("/admin/no-such-page"));
    }

    @Test
    void theCountsReachTheDatabaseWithinSecondsWithoutAnyoneLooking() {
        get("/written-by-itself", "https://ref.example.org/");

        await("the count is written").atMost(NotFoundLog.WRITE_EVERY.multipliedBy(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> hitsInDatabase("/written-by-itself") == 1);
    }

    @Test
    void createRedirectFillsTheFormAndTheRedirectTakesThePathOutOfTheLog() {
        get("/old-newsletter", null);
        Element row = row(admin.get(LOG).body(), "/old-newsletter");
        String create = row.selectFirst("a:contains(Create redirect)").attr("href");

        Document form = Jsoup.parse(admin.get(create).body());
        assertEquals("/old-newsletter", form.select("#new input[name=from]").val());

        HttpResponse<String> saved = admin.post("/admin/redirects", List.of(
                Map.entry("from", form.select("#new input[name=from]").val()), Map.entry("to", "/articles/news"),
                Map.entry("status", "301"), Map.entry("back", form.select("#new input[name=back]").val())));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(LOG + "?notice=redirected", saved.headers().firstValue("Location").orElseThrow());
        assertFalse(admin.get(LOG).body().contains("/old-newsletter"));
        assertEquals(301, app.get("/old-newsletter").statusCode());
    }

    @Test
    void aRowIsDismissedAndTheLogCleared() {
        get("/dismiss-me", null);
        get("/keep-me-a-moment", null);
        String dismiss = row(admin.get(LOG).body(), "/dismiss-me").selectFirst("form").attr("action");

        assertEquals(303, admin.post(dismiss, Map.of()).statusCode());
        String after = admin.get(LOG).body();
        assertFalse(after.contains("/dismiss-me"));
        assertTrue(after.contains("/keep-me-a-moment"));

        assertEquals(303, admin.post(LOG + "/clear", Map.of()).statusCode());
        assertTrue(Jsoup.parse(admin.get(LOG).body()).select("table.not-found").isEmpty());
    }

    @Test
    void theLogStaysWithinItsBoundUnderManyDistinctPathsAndKeepsThoseAskedForOften() {
        for (int i = 0; i < 5; i++) {
            get("/asked-for-often", null);
        }
        admin.get(LOG); // written
        int flood = NotFoundLog.MAX_ROWS + 300;

        getAll("/flood-one-", flood);
        admin.get(LOG);
        getAll("/flood-two-", flood);
        Document log = Jsoup.parse(admin.get(LOG).body());

        int rows = rowsInDatabase();
        assertTrue(rows <= NotFoundLog.MAX_ROWS, rows + " rows");
        assertTrue(rows >= NotFoundLog.MAX_ROWS - 10, "full, not emptied: " + rows);
        assertEquals("5", row(log.outerHtml(), "/asked-for-often").select("td").get(1).text(),
                "what readers keep asking for stays");
        assertEquals(200, app.get("/").statusCode(), "the site answers as before");
    }

    private static Element row(String html, String path) {
        return Jsoup.parse(html).select("table.not-found tbody tr").stream()
                .filter(tr -> tr.selectFirst("td").text().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the log: " + html));
    }

    private static void get(String path, String referrer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        if (referrer != null) {
            request.header("Referer", referrer);
        }
        assertEquals(404, app.send(request.build()).statusCode(), path);
    }

    /** {@code count} requests for distinct missing paths, eight at a time, as a crawler would send them. */
    private static void getAll(String prefix, int count) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(8);
        List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.acquireUninterruptibly();
            sent.add(client.sendAsync(HttpRequest.newBuilder(URI.create(app.url(prefix + i))).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> inFlight.release()));
        }
        sent.forEach(response -> assertEquals(404, response.join().statusCode()));
    }

    private static long hitsInDatabase(String path) {
        try (Database database = Database.open(app.databaseUrl())) {
            return database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COALESCE(SUM(hits), 0) FROM not_found WHERE path = :path").bind("path", path)
                    .mapTo(Long.class).one());
        }
    }

    private static int rowsInDatabase() {
        try (Database database = Database.open(app.databaseUrl())) {
            return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM not_found")
                    .mapTo(Integer.class).one());
        }
    }
}
