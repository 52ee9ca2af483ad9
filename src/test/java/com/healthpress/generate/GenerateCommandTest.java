package com.healthpress.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.Commands;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.revision.ArticleSnapshots;
import com.healthpress.search.Search;
import com.healthpress.search.SearchQuery;
import com.healthpress.search.SearchResult;
import com.healthpress.storage.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/** generate --articles N on a real database: rows shaped as ArticleService.create leaves them, and searchable. */
class GenerateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void generatesPublishedArticlesWithSectionsFaqRevisionsAndSearchDocuments() {
        String url = TestDatabases.fresh();

        int exit = run(url, "--articles", "40", "--seed", "7");

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("generated 40 articles in [0-9.]+ s\\R"), out.toString());
        try (Database database = Database.open(url)) {
            database.jdbi().useHandle(handle -> {
                assertEquals(40L, count(handle, "SELECT COUNT(*) FROM article WHERE status = 'published' AND "
                        + "publication_announced AND seo_score IS NOT NULL AND updated_by = 'generator' AND version = 1"));
                assertEquals(40L, count(handle, "SELECT COUNT(DISTINCT slug) FROM article"));
                assertEquals(0L, count(handle, "SELECT COUNT(*) FROM (SELECT article_id FROM faq_item GROUP BY article_id "
                        + "HAVING COUNT(*) < 3 OR COUNT(*) > 5) wrong"));
                assertEquals(40L, count(handle, "SELECT COUNT(DISTINCT article_id) FROM faq_item"));
                assertEquals(40L, count(handle, "SELECT COUNT(*) FROM article_search"));
                assertTrue(count(handle, "SELECT COUNT(DISTINCT topic) FROM article") >= 8);
                assertTrue(count(handle, "SELECT COUNT(*) FROM article WHERE reviewer_id IS NOT NULL") > 10);
                assertEquals(0L, count(handle, "SELECT COUNT(*) FROM article WHERE (last_reviewed IS NOT NULL "
                        + "OR next_review_due IS NOT NULL) AND review_due IS NULL"), "every review has its due date");
                assertTrue(count(handle, "SELECT COUNT(*) FROM person") < 40, "a handful of people, each a record once");
                List<String> revisions = handle.createQuery("SELECT content FROM article_revision ORDER BY article_id")
                        .mapTo(String.class).list();
                List<String> bodies = handle.createQuery("SELECT body FROM article ORDER BY id").mapTo(String.class).list();
                assertEquals(40, revisions.size());
                for (int i = 0; i < revisions.size(); i++) {
                    Article snapshot = ArticleSnapshots.fromJson(revisions.get(i));
                    long sections = bodies.get(i).lines().filter(line -> line.startsWith("## ")).count();
                    assertTrue(sections >= 4 && sections <= 7, sections + " sections");
                    assertEquals(bodies.get(i), snapshot.body());
                    assertTrue(snapshot.faq().size() >= 3 && snapshot.faq().size() <= 5);
                }
            });
            Instant oldest = database.jdbi().withHandle(h -> h.createQuery("SELECT MIN(published_at) FROM article")
                    .mapTo(Instant.class).one());
            assertTrue(oldest.isBefore(Instant.now().minus(Duration.ofDays(365))), "spread over the years: " + oldest);

            String title = database.jdbi().withHandle(h -> h.createQuery("SELECT title FROM article ORDER BY id LIMIT 1")
                    .mapTo(String.class).one());
            List<SearchResult> found = new Search(database.jdbi(), database.dialect(), Clock.systemUTC())
                    .find(SearchQuery.of(title), 1, 10).items();
            assertTrue(found.stream().anyMatch(result -> result.title().text().equals(title)), title);
        }
    }

    @Test
    void runningAgainAddsArticlesUnderNewSlugs() {
        String url = TestDatabases.fresh();

        assertEquals(0, run(url, "--articles", "12"));
        assertEquals(0, run(url, "--articles", "12"));

        try (Database database = Database.open(url)) {
            database.jdbi().useHandle(handle -> {
                assertEquals(24L, count(handle, "SELECT COUNT(*) FROM article"));
                assertEquals(24L, count(handle, "SELECT COUNT(DISTINCT slug) FROM article"));
            });
        }
    }

    @Test
    void wrongUsageIsRefusedWithTheUsage() {
        for (List<String> args : List.of(List.<String>of(), List.of("--articles"), List.of("--articles", "0"),
                List.of("--articles", "many"), List.of("--articles", "10", "--seed"), List.of("--other"))) {
            err.reset();
            assertEquals(2, run(TestDatabases.fresh(), args.toArray(String[]::new)), args.toString());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains(Commands.usage("generate")), args.toString());
        }
    }

    @Test
    void progressSaysHowManyHowFastAndHowLongIsLeft() {
        Progress progress = new Progress(100_000);

        assertEquals("generated 23,000 of 100,000 (4,600/s, 17 s left)", progress.line(23_000, Duration.ofSeconds(5)));
        assertEquals("generated 1,000 of 100,000 (500/s, 3 min 18 s left)", progress.line(1_000, Duration.ofSeconds(2)));
        assertEquals("generated 100,000 articles in 93.4 s", Progress.done(100_000, Duration.ofMillis(93_400)));
    }

    private int run(String url, String... args) {
        return Commands.run(url, print(out), print(err), Commands.command("generate", args));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static long count(Handle handle, String sql) {
        return handle.createQuery(sql).mapTo(Long.class).one();
    }
}
