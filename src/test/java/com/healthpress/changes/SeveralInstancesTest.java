package com.healthpress.changes;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.storage.Database;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Two app processes on one database behave as one site: sessions, changes and scheduled publications. */
class SeveralInstancesTest {

    @Test
    void twoInstancesOnOneDatabaseServeOneSite() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        String database = TestDatabases.fresh();
        Path dir = Files.createTempDirectory("instances");
        try (TestApp first = TestApp.start(dir, database, clock); TestApp second = TestApp.start(dir, database, clock)) {
            AdminClient admin = AdminClient.loggedIn(first);
            assertEquals(200, admin.getFrom(second, "/admin").statusCode(), "logged in on one, logged in on all");

            Article article = first.articles().create(TestArticles.published("Shared article",
                    clock.instant().minusSeconds(3600)));
            assertEquals(200, second.get("/articles/" + article.slug()).statusCode());
            // The second may hold the home page already (rendered ahead into the page store): it drops it when it
            // hears of the change, within a second, as it drops what it keeps in memory.
            await("the second instance lists it").atMost(Duration.ofSeconds(2))
                    .until(() -> second.get("/").body().contains("Shared article"));

            first.articles().update(article.toBuilder().title("Shared article, edited on the first").build());
            await("the second instance serves the change").atMost(Duration.ofSeconds(2)).until(() -> second
                    .get("/articles/" + article.slug()).body().contains("Shared article, edited on the first"));
            await("and drops its cached home page").atMost(Duration.ofSeconds(2))
                    .until(() -> second.get("/").body().contains("Shared article, edited on the first"));

            Article scheduled = first.articles().create(TestArticles.published("Scheduled on both",
                    clock.instant().plus(Duration.ofHours(1))));
            assertTrue(!second.get("/").body().contains("Scheduled on both"));
            clock.advance(Duration.ofMinutes(61));
            await("both show it when its time comes").atMost(Duration.ofSeconds(3)).until(() -> first.get("/")
                    .body().contains("Scheduled on both") && second.get("/").body().contains("Scheduled on both"));
            await("both instances have looked for due publications since").atMost(Duration.ofSeconds(30))
                    .until(() -> !first.publisher().mayHaveDue() && !second.publisher().mayHaveDue());
            assertEquals(1, announcements(database, scheduled.id()), "announced once, by one instance");
        }
    }

    private static long announcements(String databaseUrl, long articleId) {
        try (Database db = Database.open(databaseUrl)) {
            return db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT COUNT(*) FROM change_event WHERE tags LIKE :tag")
                    .bind("tag", "%article:" + articleId + " %").mapTo(Long.class).one());
        }
    }
}
