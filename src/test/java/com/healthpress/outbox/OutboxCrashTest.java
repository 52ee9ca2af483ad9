package com.healthpress.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.MutableClock;
import com.healthpress.ServerProcess;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.config.OutboxSettings;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A server killed (SIGKILL) while it delivers webhooks loses none: the events committed with their changes are sent
 * after its restart, and the delivery it had in hand is taken over once its claim runs out (here by a second
 * instance whose clock is past the claim). Runs on H2, and in the PostgreSQL run on PostgreSQL.
 */
class OutboxCrashTest {

    private static final int ARTICLES = 6;

    @Test
    void eventsCommittedBeforeAKillAreAllDeliveredAfterIt() throws Exception {
        String databaseUrl = TestDatabases.fresh();
        try (Receiver receiver = Receiver.start(); Database database = Database.open(databaseUrl)) {
            receiver.answerAfter(Duration.ofMillis(800));
            new WebhookEndpoints(database.jdbi(), new OutboundTargets(true), Clock.systemUTC())
                    .create(receiver.url("/hook"), EnumSet.allOf(EventKind.class), "crash test", "test");
            ServerProcess server = ServerProcess.startWithMaxHeap(databaseUrl, "256m",
                    Map.of("WEBHOOK_PRIVATE_TARGETS", "allow"));
            ArticleService articles = new ArticleService(database.jdbi(), Clock.systemUTC(),
                    new ChangeFeed(database.jdbi(), Clock.systemUTC()));
            for (int i = 0; i < ARTICLES; i++) {
                articles.create(TestArticles.published("Crash hook " + i, Instant.now().minusSeconds(60)));
            }
            Set<String> committed = eventIds(database); // ours, and the demo articles' the server imported
            assertTrue(committed.size() >= ARTICLES, "events committed: " + committed);

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
            assertEquals(ServerProcess.KILLED, server.kill(), "killed while a delivery was in flight");
            int deliveredBeforeTheKill = received(receiver).size();
            assertTrue(deliveredBeforeTheKill < committed.size(), "the kill came before everything was sent");

            receiver.answerAfter(Duration.ZERO);
            try (ServerProcess restarted = ServerProcess.startWithMaxHeap(databaseUrl, "256m",
                    Map.of("WEBHOOK_PRIVATE_TARGETS", "allow"))) {
                // Everything but the delivery the killed server held is sent by the restarted one; that one too
                // once its claim has run out, here by another instance whose clock is past it.
                MutableClock later = new MutableClock(Instant.now().plus(Duration.ofMinutes(2)));
                Dispatcher another = OutboxRoom.create(database.jdbi(), new PublicAddresses("http://localhost",
                        slug -> "http://localhost/articles/" + slug, slug -> "http://localhost/api/v1/articles/" + slug),
                        new OutboxSettings(true, null, OutboxSettings.DEFAULT_INDEXNOW_ENDPOINT), later).dispatcher();
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    another.runOnce();
                    return received(receiver).containsAll(committed);
                });
                assertTrue(restarted.isAlive());
            }
        }
    }

    private static Set<String> eventIds(Database database) {
        return new HashSet<>(database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT event_uid FROM outbox_event").mapTo(String.class).list()));
    }

    private static Set<String> received(Receiver receiver) {
        Set<String> ids = new HashSet<>();
        for (Receiver.Received request : receiver.receivedAt("/hook")) {
            ids.add(request.headers().get("webhook-id"));
        }
        return ids;
    }
}
