package com.healthpress.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.MedicalReview;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import com.healthpress.storage.SchemaAt;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Next-review dates as stored, on H2 or PostgreSQL (whichever the test run asks for). */
class ReviewDatesStorageTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate REVIEWED = LocalDate.parse("2026-01-31");

    private final String url = TestDatabases.fresh();
    private Database database = Database.open(url);
    private final ChangeFeed changes = new ChangeFeed(database.jdbi(), CLOCK);
    private final ArticleService articles = new ArticleService(database.jdbi(), CLOCK, changes);
    private final ReviewCycleService cycles = new ReviewCycleService(database.jdbi(), changes);

    @AfterEach
    void close() {
        database.close();
    }

    private Article reviewed(String title, String topic) {
        Article article = TestArticles.published(title, CLOCK.instant());
        return article.toBuilder().topic(topic)
                .review(new MedicalReview("Dr. Test Reviewer", "MD", REVIEWED)).build();
    }

    @Test
    void aSavedArticleStoresItsLastReviewPlusTwelveMonthsAndKeepsItsOwnInterval() {
        Article byDefault = articles.create(reviewed("By default", "Sleep"));
        Article everySixMonths = articles.create(reviewed("Every six months", "Sleep").toBuilder()
                .reviewEveryMonths(6).build());

        assertEquals(LocalDate.parse("2027-01-31"), articles.findById(byDefault.id()).orElseThrow().reviewDue());
        Article stored = articles.findById(everySixMonths.id()).orElseThrow();
        assertEquals(6, stored.reviewEveryMonths());
        assertEquals(LocalDate.parse("2026-07-31"), stored.reviewDue());
    }

    @Test
    void aTopicsIntervalMovesTheDueDatesOfItsArticlesThatHaveNoneOfTheirOwn() {
        Article follows = articles.create(reviewed("Follows its topic", "Sleep"));
        Article ownInterval = articles.create(reviewed("Own interval", "Sleep").toBuilder().reviewEveryMonths(3).build());
        Article byHand = articles.create(reviewed("Set by hand", "Sleep").toBuilder()
                .nextReviewDue(LocalDate.parse("2026-12-24")).build());
        Article otherTopic = articles.create(reviewed("Other topic", "Diet"));

        cycles.setTopicInterval("sleep", 1);

        assertEquals(LocalDate.parse("2026-02-28"), due(follows));
        assertEquals(LocalDate.parse("2026-04-30"), due(ownInterval));
        assertEquals(LocalDate.parse("2026-12-24"), due(byHand));
        assertEquals(LocalDate.parse("2027-01-31"), due(otherTopic));
        assertEquals(List.of(new ReviewIntervalRepository.TopicInterval("diet", "Diet", null),
                new ReviewIntervalRepository.TopicInterval("sleep", "Sleep", 1)), cycles.topicsInUse());

        Article created = articles.create(reviewed("New in the topic", "Sleep"));
        assertEquals(LocalDate.parse("2026-02-28"), due(created));

        cycles.setTopicInterval("sleep", null);
        assertEquals(LocalDate.parse("2027-01-31"), due(follows));
    }

    @Test
    void anArticleNeverReviewedHasNoDueDate() {
        Article article = articles.create(TestArticles.article().build());

        assertNull(due(article));
    }

    @Test
    void upgradingGivesEveryReviewedArticleItsDueDateAndKeepsDatesSetByHand() {
        String old = TestDatabases.fresh();
        // A database as the release before review cycles (V19) left it.
        SchemaAt.migrateOnlyTo(old, "19", handle -> {
            handle.execute("INSERT INTO person (id, slug, name, kind, created_at, updated_at, version) "
                    + "VALUES (1, 'dr-test-writer', 'Dr. Test Writer', 'Person', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
            insertReviewed(handle, 1, "reviewed-before-the-upgrade", "NULL");
            insertReviewed(handle, 2, "dated-by-hand-before-the-upgrade", "DATE '2026-09-01'");
        });

        try (Database upgraded = Database.open(old)) {
            ArticleService reopened = new ArticleService(upgraded.jdbi(), CLOCK, new ChangeFeed(upgraded.jdbi(), CLOCK));
            assertEquals(REVIEWED.plusMonths(12), reopened.findById(1).orElseThrow().reviewDue());
            assertEquals(LocalDate.parse("2026-09-01"), reopened.findById(2).orElseThrow().reviewDue());
        }
    }

    private static void insertReviewed(Handle handle, long id, String slug, String nextReviewDue) {
        handle.createUpdate("INSERT INTO article (id, slug, title, meta_title, meta_description, focus_keyword, lead, "
                        + "body, author_id, reviewer_id, last_reviewed, next_review_due, topic, topic_slug, status, "
                        + "published_at, created_at, updated_at, version) VALUES (:id, :slug, 'Title', '', '', '', "
                        + "'Lead.', '## One\\n\\nText.', 1, 1, :reviewed, " + nextReviewDue + ", 'Sleep', 'sleep', "
                        + "'published', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)")
                .bind("id", id).bind("slug", slug).bind("reviewed", REVIEWED).execute();
    }

    private LocalDate due(Article article) {
        return database.jdbi().withHandle(handle -> handle.attach(ArticleRepository.class).findById(article.id()))
                .orElseThrow().reviewDue();
    }
}
