package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.ServerProcess;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL to a server in a process of its own while readers make it render and store pages and another process
 * keeps changing their articles: afterwards no fresh stored page is older than its data, and the restarted server
 * serves every article as it is now. Runs on H2, and in the PostgreSQL run on PostgreSQL.
 */
class PageStoreCrashTest {

    private static final int ARTICLES = 6;
    private static final int READERS = 3;
    /** The kill comes once this many edits were made and pages stored, or at the latest after this long. */
    private static final int ENOUGH = 30;
    private static final Duration AT_MOST = Duration.ofSeconds(30);
    /**
     * The writer pauses at random up to this long between edits, as editors do: every page shows every article (in
     * its related links), and a server hears another process's changes within half a second, so edits without pauses
     * would leave no render unchanged long enough to be stored (the background renderer, at the lowest priority,
     * did not store even the first pages on a busy machine).
     */
    private static final Duration PAUSES_UP_TO = Duration.ofMillis(1_200);

    private final Clock clock = Clock.systemUTC();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void afterAKillNoStoredPageIsOlderThanItsDataAndTheRestartServesTheCurrentOnes() throws Exception {
        String databaseUrl = TestDatabases.fresh();
        try (Database database = Database.open(databaseUrl);
             ChangeFeed changes = new ChangeFeed(database.jdbi(), clock)) {
            ArticleService articles = new ArticleService(database.jdbi(), clock, changes);
            List<Long> ids = IntStream.range(0, ARTICLES).mapToObj(i -> articles.create(TestArticles.published(
                    title(i, 0), clock.instant().minusSeconds(60))).id()).toList();
            int port;
            try (ServerProcess server = ServerProcess.start(databaseUrl)) {
                port = server.port();
                AtomicBoolean going = new AtomicBoolean(true);
                AtomicInteger edits = new AtomicInteger();
                List<Thread> readers = IntStream.range(0, READERS).mapToObj(i -> new Thread(() -> {
                    while (going.get()) {
                        long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                        articles.findById(id).ifPresent(article -> read(server.url("/articles/" + article.slug())));
                    }
                }, "reader-" + i)).toList();
                Thread writer = new Thread(() -> {
                    for (int edit = 1; going.get(); edit++) {
                        long id = ids.get(edit % ids.size());
                        Article current = articles.findById(id).orElseThrow();
                        articles.update(current.toBuilder().title(title(ids.indexOf(id), edit)).build());
                        edits.incrementAndGet();
                        pauseUpTo(PAUSES_UP_TO);
                    }
                }, "writer");
                readers.forEach(Thread::start);
                writer.start();
                long deadline = System.nanoTime() + AT_MOST.toNanos();
                while (System.nanoTime() < deadline && (edits.get() < ENOUGH || storedPages(database) < ARTICLES)) {
                    Thread.sleep(50);
                }
                Thread.sleep(ThreadLocalRandom.current().nextInt(500));
                assertEquals(ServerProcess.KILLED, server.kill());
                going.set(false);
                writer.join(AT_MOST.toMillis());
                for (Thread reader : readers) {
                    reader.join(AT_MOST.toMillis());
                }
            }

            Map<String, String> titleBySlug = ids.stream().map(id -> articles.findById(id).orElseThrow())
                    .collect(Collectors.toMap(article -> "/articles/" + article.slug(), Article::title));
            Map<String, String> fresh = new StoredTexts(database.jdbi(), databaseUrl).freshUnder("/articles/");
            assertTrue(storedPages(database) > 0, "the server stored pages before the kill");
            List<String> older = new ArrayList<>();
            fresh.forEach((path, text) -> {
                if (!text.contains(titleBySlug.get(path))) {
                    older.add(path + " does not show “" + titleBySlug.get(path) + "”");
                }
            });
            assertEquals(List.of(), older);

            try (ServerProcess restarted = ServerProcess.start(databaseUrl, port)) {
                titleBySlug.forEach((path, title) -> assertTrue(read(restarted.url(path)).contains(title), path));
            }
        }
    }

    private static void pauseUpTo(Duration longest) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(longest.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A title no other edit's title contains. */
    private static String title(int article, int edit) {
        return "Crash page " + article + " edit " + edit + " end";
    }

    private static long storedPages(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM stored_page WHERE page_key LIKE '/articles/%'").mapTo(Long.class).one());
    }

    /** The page's text, or "" when the server did not answer (it may be dying). */
    private String read(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
