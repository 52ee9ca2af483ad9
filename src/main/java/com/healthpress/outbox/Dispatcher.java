package com.healthpress.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.config.OutboxSettings;
import com.healthpress.storage.Constraints;
import com.healthpress.storage.DatabaseUnavailable;
import com.healthpress.storage.StopSignal;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds, on a thread of its own, from every instance at once: each event's deliveries are made
 * once (the instance that claims the event in the database makes them) and each delivery is sent by one instance at a
 * time (claimed for a minute; after a crash another instance takes it when the minute has passed, so a receiver may
 * see a delivery twice and tells by its webhook-id). A failed delivery is tried again after 30 s, 1, 2, 4… minutes,
 * at most 6 hours apart, for a day; then it is marked failed. Public addresses go to IndexNow in batches.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration CLAIM = Duration.ofMinutes(1);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);
    private static final Duration GIVE_UP_AFTER = Duration.ofDays(1);
    private static final Duration INDEXNOW_RETRY = Duration.ofMinutes(5);
    private static final Duration HOURLY = Duration.ofHours(1);
    private static final Duration KEEP_EVENTS = Duration.ofDays(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int BATCH = 50;
    private static final int INDEXNOW_BATCH = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final PublicAddresses addresses;
    private final OutboxSettings settings;
    private final OutboundTargets targets;
    private final Clock clock;
    private final HttpClient http;
    private final StopSignal stop = new StopSignal();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private Thread thread;
    private Instant lastHourly = Instant.EPOCH;

    public Dispatcher(Jdbi jdbi, PublicAddresses addresses, OutboxSettings settings, OutboundTargets targets,
                      Clock clock) {
        this.jdbi = jdbi;
        this.addresses = addresses;
        this.settings = settings;
        this.targets = targets;
        this.clock = clock;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
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
            deliverDue();
            if (settings.indexNow()) {
                sendToIndexNow();
            }
            Instant now = clock.instant();
            if (!now.isBefore(lastHourly.plus(HOURLY))) {
                lastHourly = now;
                announceReviewsDue(now);
                prune(now);
            }
        } catch (RuntimeException e) {
            // Without the database nothing is lost (the events wait in it); its health logs the outage once.
            if (!DatabaseUnavailable.explains(e)) {
                LOG.warn("outbox round failed: {}", e.toString());
            }
        }
    }

    public long delivered() {
        return delivered.sum();
    }

    public long retried() {
        return retried.sum();
    }

    public long failed() {
        return failed.sum();
    }

    private void fanOut() {
        List<OutboxEvent> events = jdbi.withHandle(h -> h.attach(OutboxRepository.class).listToFanOut(BATCH));
        for (OutboxEvent event : events) {
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
                if (settings.indexNow() && publicPage) {
                    for (String slug : new String[] {event.slug(), event.oldSlug()}) {
                        String url = slug == null ? null : addresses.articlePage().apply(slug);
                        if (url != null && outbox.countQueued(url) == 0) {
                            outbox.queueUrl(url, now);
                        }
                    }
                }
            });
        }
    }

    private void deliverDue() {
        Instant now = clock.instant();
        List<Long> due = jdbi.withHandle(h -> h.attach(OutboxRepository.class).listDue(now, BATCH));
        for (long id : due) {
            boolean mine = jdbi.withHandle(h -> h.attach(OutboxRepository.class).claim(id, now, now.plus(CLAIM))) == 1;
            if (mine) {
                deliver(id);
            }
        }
    }

    private void deliver(long deliveryId) {
        Optional<Attempt> attempt = jdbi.withHandle(handle -> {
            OutboxRepository outbox = handle.attach(OutboxRepository.class);
            return outbox.findDelivery(deliveryId).flatMap(delivery -> outbox.findEvent(delivery.eventId())
                    .map(event -> new Attempt(delivery, event, outbox.findEndpoint(delivery.endpointId()))));
        });
        if (attempt.isEmpty()) {
            return;
        }
        Delivery delivery = attempt.get().delivery();
        Optional<WebhookEndpoint> endpoint = attempt.get().endpoint();
        if (endpoint.isEmpty()) {
            record(delivery, "failed", null, "the endpoint was deleted");
            return;
        }
        Optional<String> refusal = targets.refusal(endpoint.get().url());
        if (refusal.isPresent()) {
            retryOrFail(delivery, null, "not sent: the URL " + refusal.get());
            return;
        }
        try {
            HttpResponse<Void> response = http.send(request(endpoint.get(), attempt.get().event()),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                record(delivery, "delivered", response.statusCode(), null);
                delivered.increment();
            } else {
                retryOrFail(delivery, response.statusCode(), "answered " + response.statusCode());
            }
        } catch (IOException e) {
            retryOrFail(delivery, null, e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Attempt(Delivery delivery, OutboxEvent event, Optional<WebhookEndpoint> endpoint) {
    }

    private HttpRequest request(WebhookEndpoint endpoint, OutboxEvent event) {
        String body = payload(event);
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Healthpress-Webhooks/1")
                .header("webhook-id", event.eventUid())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", Signatures.sign(endpoint.secret(), event.eventUid(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** The event as receivers get it (and as the README shows it). */
    String payload(OutboxEvent event) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", event.articleId());
        article.put("slug", event.slug());
        article.put("title", event.title());
        article.put("url", addresses.articlePage().apply(event.slug()));
        article.put("api_url", addresses.apiArticle().apply(event.slug()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("article", article);
        data.put("previous_slug", event.oldSlug());
        data.put("previous_url", event.oldSlug() == null ? null : addresses.articlePage().apply(event.oldSlug()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", event.eventUid());
        payload.put("type", event.kind());
        payload.put("occurred_at", event.occurredAt().toString());
        payload.put("data", data);
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void retryOrFail(Delivery delivery, Integer status, String error) {
        Instant now = clock.instant();
        if (!now.isBefore(delivery.createdAt().plus(GIVE_UP_AFTER))) {
            record(delivery, "failed", status, error + "; given up after a day of retries");
            failed.increment();
            return;
        }
        record(delivery, "pending", status, error);
        retried.increment();
    }

    private void record(Delivery delivery, String state, Integer status, String error) {
        Instant now = clock.instant();
        Instant next = now.plus(backoff(delivery.attempts() + 1));
        String shortError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        jdbi.useHandle(handle -> handle.attach(OutboxRepository.class)
                .recordAttempt(delivery.id(), state, now, next, status, shortError));
    }

    /** 30 s after the first failed attempt, doubling each time, at most 6 hours. */
    static Duration backoff(int failedAttempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < failedAttempts && wait.compareTo(LONGEST_RETRY) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private void sendToIndexNow() {
        Instant now = clock.instant();
        List<String> urls = jdbi.withHandle(h -> h.attach(OutboxRepository.class).listDueUrls(now, INDEXNOW_BATCH));
        if (urls.isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", URI.create(addresses.baseUrl()).getHost());
        body.put("key", settings.indexNowKey());
        body.put("keyLocation", addresses.url("/" + settings.indexNowKey() + ".txt"));
        body.put("urlList", urls);
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(settings.indexNowEndpoint()).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (status == 200 || status == 202) {
            jdbi.useHandle(h -> h.attach(OutboxRepository.class).forgetUrls(urls));
            LOG.info("IndexNow told of {} addresses", urls.size());
        } else {
            LOG.warn("IndexNow refused {} addresses ({}); trying again in {} min", urls.size(),
                    status == 0 ? "no answer" : "status " + status, INDEXNOW_RETRY.toMinutes());
            jdbi.useHandle(h -> h.attach(OutboxRepository.class).retryUrls(urls, now.plus(INDEXNOW_RETRY)));
        }
    }

    /** A review.due event for each public article whose review date has come, once per due date. */
    private void announceReviewsDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<OutboxRepository.ReviewDue> due = jdbi.withHandle(h -> h.attach(OutboxRepository.class)
                .listReviewsDue(now, today, 10_000));
        List<NewEvent> events = new ArrayList<>();
        for (OutboxRepository.ReviewDue article : due) {
            events.add(new NewEvent(EventKind.REVIEW_DUE, article.id(), article.slug(), null, article.title(),
                    "review.due:" + article.id() + ":" + article.reviewDue()));
        }
        for (NewEvent event : events) {
            try {
                jdbi.useTransaction(handle -> Outbox.record(handle, List.of(event), now));
            } catch (RuntimeException e) {
                if (!Constraints.isUniqueViolation(e)) {
                    throw e; // another instance wrote the same once-only event a moment earlier otherwise
                }
            }
        }
    }

    /** Events of more than 30 days ago go, with their delivery logs, once nothing of them is still to send. */
    private void prune(Instant now) {
        jdbi.useHandle(handle -> handle.attach(OutboxRepository.class).prune(now.minus(KEEP_EVENTS)));
    }

    @Override
    public synchronized void close() {
        stop.stop();
        StopSignal.join(thread, Duration.ofSeconds(2));
    }
}
