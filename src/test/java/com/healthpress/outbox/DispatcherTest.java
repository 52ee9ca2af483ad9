package com.healthpress.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.MutableClock;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.config.OutboxSettings;
import com.healthpress.storage.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's rules on a real database: claims held against other instances, review.due once per due date. */
class DispatcherTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private Database database;
    private ArticleService articles;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        articles = new ArticleService(database.jdbi(), clock, new ChangeFeed(database.jdbi(), clock));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Dispatcher dispatcher() {
        return OutboxRoom.create(database.jdbi(), new PublicAddresses("http://localhost",
                slug -> "http://localhost/articles/" + slug, slug -> "http://localhost/api/v1/articles/" + slug),
                new OutboxSettings(true, null, OutboxSettings.DEFAULT_INDEXNOW_ENDPOINT), clock).dispatcher();
    }

    private List<String> events(String kind) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT event_uid FROM outbox_event WHERE kind = :kind").bind("kind", kind).mapTo(String.class).list());
    }

    @Test
    void aClaimIsHeldUntilItRunsOutAndOnlyItsHolderRecordsUnderIt() {
        new WebhookEndpoints(database.jdbi(), new OutboundTargets(true), clock).create("http://127.0.0.1:9/none",
                EnumSet.of(EventKind.ARTICLE_PUBLISHED), "", "test");
        articles.create(TestArticles.published("Claimed", clock.instant().minusSeconds(60)));
        dispatcherFanOutOnly();
        long delivery = database.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM webhook_delivery")
                .mapTo(Long.class).one());
        Instant now = clock.instant();
        Instant first = now.plus(Duration.ofMinutes(1));
        Instant later = now.plus(Duration.ofMinutes(2));

        database.jdbi().useHandle(handle -> {
            OutboxRepository outbox = handle.attach(OutboxRepository.class);
            assertEquals(1, outbox.claim(delivery, now, first));
            assertEquals(0, outbox.claim(delivery, now.plusSeconds(30), now.plusSeconds(90)), "held");
            assertEquals(0, outbox.redeliver(delivery, 1, now), "a delivery under way is not sent again");
            assertEquals(1, outbox.claim(delivery, now.plusSeconds(61), later), "taken once run out");
            assertEquals(0, outbox.recordAttempt(delivery, first, "delivered", now, now, 200, null),
                    "the first holder's late result is not recorded over the second's claim");
            assertEquals(1, outbox.recordAttempt(delivery, later, "delivered", now, now, 200, null));
        });
    }

    /** Makes the deliveries of the events waiting (sent once to an address that refuses), then makes them due. */
    private void dispatcherFanOutOnly() {
        Dispatcher dispatcher = dispatcher();
        try {
            dispatcher.runOnce();
        } finally {
            dispatcher.close();
        }
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE webhook_delivery SET claimed_until = NULL, "
                + "next_attempt_at = :now").bind("now", clock.instant()).execute());
    }

    @Test
    void noReviewDueEventIsWrittenWhileNoEndpointWantsThem() {
        articles.create(TestArticles.published("Nobody listens", clock.instant().minusSeconds(60)));
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-03-03T09:00:00Z")));
        Dispatcher dispatcher = dispatcher();
        try {
            dispatcher.runOnce();
        } finally {
            dispatcher.close();
        }
        assertEquals(0, events("review.due").size());
    }

    @Test
    void aReviewFallingDueIsAnnouncedOnceForItsDateEvenAfterOldEventsAreForgotten() {
        new WebhookEndpoints(database.jdbi(), new OutboundTargets(true), clock).create("http://127.0.0.1:9/none",
                EnumSet.of(EventKind.REVIEW_DUE), "", "test");
        Article article = articles.create(TestArticles.published("Review due", clock.instant().minusSeconds(60)));
        Article longOverdue = articles.create(TestArticles.published("Long overdue", clock.instant()).toBuilder()
                .review(new com.healthpress.article.MedicalReview("Dr. Old", "MD", java.time.LocalDate.of(2025, 1, 1)))
                .build());
        // Reviewed 2026-03-01 every 12 months: due 2027-03-01; the other was due 2026-01-01, long before.
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-03-03T09:00:00Z")));
        Dispatcher dispatcher = dispatcher();
        try {
            dispatcher.runOnce();
            assertEquals(1, events("review.due").size());

            clock.advance(Duration.ofHours(2));
            dispatcher.runOnce();
            clock.advance(Duration.ofDays(40)); // events of more than 30 days ago are forgotten now
            dispatcher.runOnce();

            assertEquals(1, events("review.due").size(), "once per due date, kept past the 30 days; not the "
                    + "review overdue for more than a week (" + longOverdue.slug() + ")");
            assertEquals(article.id(), (long) database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT article_id FROM outbox_event WHERE kind = 'review.due'").mapTo(Long.class).one()));
        } finally {
            dispatcher.close();
        }
    }
}
