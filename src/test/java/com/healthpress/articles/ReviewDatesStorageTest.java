package com.healthpress.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.MedicalReview;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
        Article reviewed = articles.create(reviewed("Reviewed before the upgrade", "Sleep"));
        Article byHand = articles.create(reviewed("Dated by hand before the upgrade", "Sleep").toBuilder()
                .nextReviewDue(LocalDate.parse("2026-09-01")).build());
        database.jdbi().useHandle(handle -> {
            // Undoes V20 (review cycles), as if the database predated it.
            handle.execute("DROP TABLE topic_review_interval");
            handle.execute("DROP INDEX article_review_due");
            handle.execute("ALTER TABLE article DROP CONSTRAINT article_review_interval");
            handle.execute("ALTER TABLE article DROP COLUMN review_due");
            handle.execute("ALTER TABLE article DROP COLUMN review_interval_months");
            handle.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '20'");
        });
        database.close();

        database = Database.open(url);

        ArticleService reopened = new ArticleService(database.jdbi(), CLOCK, new ChangeFeed(database.jdbi(), CLOCK));
        assertEquals(LocalDate.parse("2027-01-31"), reopened.findById(reviewed.id()).orElseThrow().reviewDue());
        assertEquals(LocalDate.parse("2026-09-01"), reopened.findById(byHand.id()).orElseThrow().reviewDue());
    }

    private LocalDate due(Article article) {
        return database.jdbi().withHandle(handle -> handle.attach(ArticleRepository.class).findById(article.id()))
                .orElseThrow().reviewDue();
    }
}
