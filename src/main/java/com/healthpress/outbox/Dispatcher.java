package com.healthpress.outbox;

import com.healthpress.storage.Constraints;
import com.healthpress.storage.DatabaseUnavailable;
import com.healthpress.storage.StopSignal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds, on a thread of its own, from every instance at once: each event's deliveries (and
 * its addresses for IndexNow) are made once, by the instance that claims the event in the database; the
 * {@link WebhookSender} sends them, the {@link IndexNowSender} the addresses. Hourly it writes review.due events and
 * forgets events of more than 30 days ago. A round's trouble with one event holds up no other.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration HOURLY = Duration.ofHours(1);
    private static final Duration KEEP_EVENTS = Duration.ofDays(30);
    private static final int BATCH = 50;
    private static final int REVIEWS_PER_ROUND = 1_000;
    private static final java.time.Period REVIEW_DUE_WINDOW = java.time.Period.ofDays(7);

    private final Jdbi jdbi;
    private final Clock clock;
    private final WebhookSender webhooks;
    private final IndexNowSender indexNow;
    private final StopSignal stop = new StopSignal();
    private Thread thread;
    private Instant lastHourly = Instant.EPOCH;

    Dispatcher(Jdbi jdbi, WebhookSender webhooks, IndexNowSender indexNow, Clock clock) {
        this.jdbi = jdbi;
        this.webhooks = webhooks;
        this.indexNow = indexNow;
        this.clock = clock;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(() -> {
            while (!stop.await(TICK)) {
                runOnce();
            }
        }, "outbox");
        thread.setDaemon(true);
        thread.start();
    }

    /** One round: events to deliveries, due deliveries, IndexNow, and hourly the reviews falling due. */
    void runOnce() {
        try {
            fanOut();
            webhooks.sendDue();
            if (indexNow.isOn()) {
                indexNow.sendDue();
            }
            Instant now = clock.instant();
            if (!now.isBefore(lastHourly.plus(HOURLY))) {
                lastHourly = now;
                announceReviewsDue(now);
                jdbi.useHandle(handle -> handle.attach(OutboxRepository.class).prune(now.minus(KEEP_EVENTS)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Without the database nothing is lost (the events wait in it); its health logs the outage once.
            if (!DatabaseUnavailable.explains(e)) {
                LOG.warn("outbox round failed: {}", e.toString());
            }
        }
    }

    public long delivered() {
        return webhooks.delivered();
    }

    public long retried() {
        return webhooks.retried();
    }

    public long failed() {
        return webhooks.failed();
    }

    private void fanOut() {
        List<OutboxEvent> events = jdbi.withHandle(h -> h.attach(OutboxRepository.class).listToFanOut(BATCH));
        for (OutboxEvent event : events) {
            try {
                fanOut(event);
            } catch (RuntimeException e) {
                // Left for the next round: another instance queueing the same address at once, say.
                if (!Constraints.isUniqueViolation(e) && !DatabaseUnavailable.explains(e)) {
                    LOG.warn("outbox event {} not fanned out yet: {}", event.eventUid(), e.toString());
                }
            }
        }
    }

    private void fanOut(OutboxEvent event) {
        jdbi.useTransaction(handle -> {
            OutboxRepository outbox = handle.attach(OutboxRepository.class);
            if (outbox.claimFanOut(event.id()) != 1) {
                return;
            }
            Instant now = clock.instant();
            for (WebhookEndpoint endpoint : outbox.listEndpoints()) {
                if (endpoint.receives(event.kind())) {
                    outbox.insertDelivery(event.id(), endpoint.id(), now);
                }
            }
            boolean publicPage = EventKind.named(event.kind()).map(EventKind::changesAPublicPage).orElse(false);
            if (indexNow.isOn() && publicPage) {
                for (String slug : new String[] {event.slug(), event.oldSlug()}) {
                    if (slug != null) {
                        indexNow.queue(handle, slug, now);
                    }
                }
            }
        });
    }

    /**
     * A review.due event for each public article whose review date came within the last week, once per due date,
     * while an endpoint wants them: reviews overdue for longer (a site's backlog the day it upgrades, a generated
     * test site) are the dashboard's business, not a burst of a hundred thousand events.
     */
    private void announceReviewsDue(Instant now) {
        boolean wanted = jdbi.withHandle(h -> h.attach(OutboxRepository.class).listEndpoints()).stream()
                .anyMatch(endpoint -> endpoint.receives(EventKind.REVIEW_DUE.wireName()));
        if (!wanted) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<OutboxRepository.ReviewDue> due = jdbi.withHandle(h -> h.attach(OutboxRepository.class)
                .listReviewsDue(now, today.minus(REVIEW_DUE_WINDOW), today, REVIEWS_PER_ROUND));
        for (OutboxRepository.ReviewDue article : due) {
            NewEvent event = new NewEvent(EventKind.REVIEW_DUE, article.id(), article.slug(), null, article.title(),
                    "review.due:" + article.id() + ":" + article.reviewDue());
            try {
                jdbi.useTransaction(handle -> Outbox.record(handle, List.of(event), now));
            } catch (RuntimeException e) {
                if (!Constraints.isUniqueViolation(e)) {
                    throw e; // otherwise another instance wrote the same once-only event a moment earlier
                }
            }
        }
        if (due.size() == REVIEWS_PER_ROUND) {
            lastHourly = Instant.EPOCH; // more are due: the next round goes on with them
        }
    }

    @Override
    public synchronized void close() {
        stop.stop();
        StopSignal.join(thread, Duration.ofSeconds(2));
        webhooks.close();
    }
}
