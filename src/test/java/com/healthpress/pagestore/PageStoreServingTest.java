package com.healthpress.pagestore;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.TestPorts;
import com.healthpress.article.Article;
import com.healthpress.storage.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page store behind a running server: pages outlive a restart and are served without rendering, a change is
 * rendered again in the background before any reader asks, and pages of an earlier build are served while they are.
 */
class PageStoreServingTest {

    /** One address for every start, as a deployment has: pages are stored for the address they link to. */
    private static final Map<String, String> SETTINGS = Map.of("PORT", String.valueOf(TestPorts.freePort()));
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.startingNow();
    private final String databaseUrl = TestDatabases.fresh();

    private TestApp start(Map<String, String> more) {
        Map<String, String> settings = new java.util.HashMap<>(SETTINGS);
        settings.putAll(more);
        return TestApp.startWith(dataDir, databaseUrl, clock, settings);
    }

    @Test
    void aRestartedServerServesTheStoredPageWithoutRenderingIt() {
        String path;
        HttpResponse<String> first;
        try (TestApp app = start(Map.of())) {
            Article article = app.articles().create(TestArticles.published("Stored across restarts",
                    clock.instant().minusSeconds(60)));
            path = "/articles/" + article.slug();
            first = app.get(path);
            assertEquals(200, first.statusCode());
            await().atMost(WAIT).until(() -> storedText(path).isPresent());
        }

        try (TestApp restarted = start(Map.of())) {
            long renders = restarted.pageCache().renders();
            HttpResponse<String> again = restarted.get(path);

            assertEquals(200, again.statusCode());
            assertEquals(first.body(), again.body(), "unzipped from the store for a client that takes no gzip");
            assertEquals(first.headers().firstValue("ETag"), again.headers().firstValue("ETag"));
            assertEquals(renders, restarted.pageCache().renders(), "nothing was rendered");
        }
    }

    /**
     * A stored page asked for again is kept in memory with the tags read from its row (the index keeps none): a
     * change to its article then drops it there too, and the next reader gets the new text.
     */
    @Test
    void aStoredPageKeptInMemoryIsDroppedThereByAChangeToItsData() {
        String path;
        Article article;
        try (TestApp app = start(Map.of())) {
            article = app.articles().create(TestArticles.published("Kept with its tags",
                    clock.instant().minusSeconds(60)));
            path = "/articles/" + article.slug();
            assertEquals(200, app.get(path).statusCode());
            await().atMost(WAIT).until(() -> storedText(path).isPresent());
        }

        try (TestApp restarted = start(Map.of())) {
            restarted.get(path);
            long renders = restarted.pageCache().renders();
            restarted.get(path);
            restarted.get(path);
            assertEquals(renders, restarted.pageCache().renders(), "served from the store, then from memory");

            restarted.articles().update(article.toBuilder().title("Kept with its tags, changed").build());

            assertTrue(restarted.get(path).body().contains("Kept with its tags, changed"));
        }
    }

    @Test
    void aChangedPageIsRenderedAgainInTheBackgroundBeforeAnyReaderAsks() {
        try (TestApp app = start(Map.of())) {
            Article article = app.articles().create(TestArticles.published("Rendered ahead",
                    clock.instant().minusSeconds(60)));
            String path = "/articles/" + article.slug();
            assertEquals(200, app.get(path).statusCode());
            await().atMost(WAIT).until(() -> storedText(path).isPresent());
            long renders = app.pageCache().renders();

            app.articles().update(article.toBuilder().title("Rendered ahead after a change").build());

            await().atMost(WAIT).until(() -> storedText(path).filter(text -> text.contains(
                    "Rendered ahead after a change")).isPresent());
            assertEquals(renders, app.pageCache().renders(), "no reader's request rendered it");
            assertTrue(app.get(path).body().contains("Rendered ahead after a change"));
        }
    }

    @Test
    void aNewArticleAndTheOtherPublicPagesAreStoredBeforeAnyoneAsksForThem() {
        try (TestApp app = start(Map.of())) {
            Article article = app.articles().create(TestArticles.withTopic(TestArticles.published(
                    "Stored before asked for", clock.instant().minusSeconds(60)), "Never asked"));
            String path = "/articles/" + article.slug();

            await().atMost(WAIT).until(() -> storedText(path).filter(text -> text.contains("Stored before asked for"))
                    .isPresent());
            await().atMost(WAIT).until(() -> storedText("/topics/never-asked").isPresent()
                    && storedText("/sitemap.xml").isPresent() && storedText("/").filter(text -> text.contains(
                    "Stored before asked for")).isPresent());
            assertEquals(0, app.pageCache().renders(), "no reader asked for anything");
        }
    }

    @Test
    void aScheduledArticleComingDueIsStoredBeforeAnyoneAsks() {
        try (TestApp app = start(Map.of())) {
            Article article = app.articles().create(TestArticles.published("Stored once it comes due",
                    clock.instant().plus(Duration.ofHours(1))));
            String path = "/articles/" + article.slug();
            await().atMost(WAIT).until(() -> storedText("/sitemap.xml").isPresent());

            clock.advance(Duration.ofHours(2));
            app.publisher().announceDue();

            await().atMost(WAIT).until(() -> storedText(path).filter(text -> text.contains("Stored once it comes due"))
                    .isPresent());
            assertEquals(0, app.pageCache().renders(), "no reader asked for anything");
        }
    }

    @Test
    void anArticlesNewAddressIsStoredBeforeAnyoneAsks() {
        try (TestApp app = start(Map.of())) {
            Article article = app.articles().create(TestArticles.published("Stored under its first address",
                    clock.instant().minusSeconds(60)));
            await().atMost(WAIT).until(() -> storedText("/articles/" + article.slug()).isPresent());

            app.articles().update(article.toBuilder().slug("stored-under-a-new-address").build());

            await().atMost(WAIT).until(() -> storedText("/articles/stored-under-a-new-address").isPresent());
            assertEquals(0, app.pageCache().renders(), "no reader asked for anything");
        }
    }

    @Test
    void pagesOfAnEarlierBuildAreServedUntilTheyAreRenderedAgain() {
        String path;
        try (TestApp app = start(Map.of())) {
            Article article = app.articles().create(TestArticles.published("From an earlier build",
                    clock.instant().minusSeconds(60)));
            path = "/articles/" + article.slug();
            assertEquals(200, app.get(path).statusCode());
            await().atMost(WAIT).until(() -> storedText(path).isPresent());
        }
        byte[] earlier = gzip(storedText(path).orElseThrow().replace("From an earlier build", "The earlier layout"));
        StoredTexts.filesOf(databaseUrl).write("an-earlier-page", PageFiles.GZIP, earlier);
        sql(handle -> handle.createUpdate("UPDATE stored_page SET renderer = 'an-earlier-build', "
                + "etag = 'an-earlier-page', gzip_bytes = :bytes, brotli_bytes = NULL WHERE page_key = :key")
                .bind("bytes", earlier.length).bind("key", path).execute());

        try (TestApp withoutRenders = start(Map.of("RENDER_AHEAD", "off"))) {
            assertTrue(withoutRenders.get(path).body().contains("The earlier layout"), "served meanwhile");
            Document dashboard = Jsoup.parse(AdminClient.loggedIn(withoutRenders).get("/admin").body());
            assertEquals("1", dashboard.select("#page-store .page-store__waiting").text(), "the admin sees it wait");
            long stored = Long.parseLong(dashboard.select("#page-store .page-store__pages").text());
            assertEquals(String.valueOf(stored), dashboard.select("#page-store-progress").attr("max"));
            assertEquals(String.valueOf(stored - 1), dashboard.select("#page-store-progress").attr("value"));
        }
        try (TestApp app = start(Map.of())) {
            await().atMost(WAIT).until(() -> storedText(path).filter(text -> text.contains("From an earlier build"))
                    .isPresent());
            assertEquals(BuildVersion.current(), sql(handle -> handle.createQuery(
                    "SELECT renderer FROM stored_page WHERE page_key = :key").bind("key", path).mapTo(String.class)
                    .one()));
            assertFalse(app.get(path).body().contains("The earlier layout"));
        }
    }

    @Test
    void aRebuildRendersAgainEvenThePagesTheMemoryCacheHolds() {
        try (TestApp app = start(Map.of())) {
            Article article = app.articles().create(TestArticles.published("Rebuilt while cached",
                    clock.instant().minusSeconds(60)));
            String path = "/articles/" + article.slug();
            assertEquals(200, app.get(path).statusCode());
            await().atMost(WAIT).until(() -> storedText(path).isPresent());

            sql(handle -> handle.createUpdate("UPDATE stored_page SET rerender = TRUE, renderer = 'rebuild'")
                    .execute()); // as pages rebuild does

            await().atMost(WAIT).until(() -> !sql(handle -> handle.createQuery(
                    "SELECT rerender FROM stored_page WHERE page_key = :key").bind("key", path)
                    .mapTo(Boolean.class).one()));
        }
    }

    /** The text of the page's fresh stored copy, if there is one. */
    private Optional<String> storedText(String path) {
        try (Database database = Database.open(databaseUrl)) {
            return new StoredTexts(database.jdbi(), databaseUrl).of(path);
        }
    }

    private <T> T sql(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        try (Database database = Database.open(databaseUrl)) {
            return database.jdbi().withHandle(work);
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
