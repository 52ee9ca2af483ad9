package com.healthpress.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export leaves the link index out, and a restore writes it again from the restored bodies. */
class RestoredLinksTest {

    private static final String LINKS = "SELECT a.slug || ' → ' || l.to_slug || ' ×' || l.link_count "
            + "FROM article_link l JOIN article a ON a.id = l.from_article_id ORDER BY a.slug, l.to_slug";

    @TempDir
    Path directory;

    @Test
    void aRestoreWritesTheLinksOfEveryRestoredArticle() {
        String original = TestDatabases.fresh();
        try (Database database = Database.open(original)) {
            Clock clock = Clock.systemUTC();
            ArticleService articles = new ArticleService(database.jdbi(), clock,
                    new ChangeFeed(database.jdbi(), clock));
            Instant published = Instant.now().minusSeconds(3_600);
            articles.create(TestArticles.published("Target", published).toBuilder().slug("target")
                    .body("Back to [the source](/articles/source).").build());
            articles.create(TestArticles.published("Source", published).toBuilder().slug("source")
                    .body("See [the target](/articles/target), [again](/articles/target#faq), [a gap](/articles/gap).")
                    .build());
        }
        Path file = directory.resolve("export.json");
        assertEquals(0, Backups.export(original, file).exitCode());
        String restored = TestDatabases.fresh();

        Backups.Outcome restore = Backups.restore(restored, file);

        assertEquals(0, restore.exitCode(), restore.err());
        List<String> expected = List.of("source → gap ×1", "source → target ×2", "target → source ×1");
        assertEquals(expected, links(original));
        assertEquals(expected, links(restored));
    }

    private static List<String> links(String databaseUrl) {
        try (Database database = Database.open(databaseUrl)) {
            return database.jdbi().withHandle(handle -> handle.createQuery(LINKS).mapTo(String.class).list());
        }
    }
}
