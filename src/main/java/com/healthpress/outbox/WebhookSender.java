package com.healthpress.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.storage.DatabaseUnavailable;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries, a few at a time: each is claimed for a minute before it is sent (with the time of
 * the claim itself), and its result is recorded only under that claim, so a delivery whose claim ran out and was
 * taken by another instance is recorded once, by the taker. An attempt ends after 15 s whatever the receiver does
 * (headers, body and all), well inside the claim. A failed delivery is tried again after 30 s, 1, 2, 4… minutes, at
 * most 6 hours apart, for a day; then it is marked failed.
 */
final class WebhookSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration CLAIM = Duration.ofMinutes(1);
    private static final Duration ATTEMPT = Duration.ofSeconds(15);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);
    private static final Duration GIVE_UP_AFTER = Duration.ofDays(1);
    private static final int BATCH = 50;
    private static final int SENDERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final PublicAddresses addresses;
    private final OutboundTargets targets;
    private final Clock clock;
    private final OutboundHttp http;
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, work -> {
        Thread thread = new Thread(work, "webhook-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final LongAdder delivered = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder failed = new LongAdder();

    WebhookSender(Jdbi jdbi, PublicAddresses addresses, OutboundTargets targets, OutboundHttp http, Clock clock) {
        this.jdbi = jdbi;
        this.addresses = addresses;
        this.targets = targets;
        this.clock = clock;
        this.http = http;
    }

    /**
     * Sends the deliveries due now, up to a batch, and returns when each was sent or given its next attempt. Each
     * endpoint's go in order, one after the other; endpoints side by side, so a slow one holds up no other.
     */
    void sendDue() throws InterruptedException {
        List<OutboxRepository.Due> due = jdbi.withHandle(h -> h.attach(OutboxRepository.class)
                .listDue(clock.instant(), BATCH));
        Map<Long, List<Long>> byEndpoint = new LinkedHashMap<>();
        for (OutboxRepository.Due delivery : due) {
            byEndpoint.computeIfAbsent(delivery.endpointId(), id -> new ArrayList<>()).add(delivery.id());
        }
        List<Callable<Void>> endpoints = new ArrayList<>();
        for (List<Long> deliveries : byEndpoint.values()) {
            endpoints.add(() -> {
                deliveries.forEach(this::claimAndSend);
                return null;
            });
        }
        senders.invokeAll(endpoints);
    }

    private void claimAndSend(long deliveryId) {
        try {
            Instant now = clock.instant();
            Instant until = now.plus(CLAIM);
            if (jdbi.withHandle(h -> h.attach(OutboxRepository.class).claim(deliveryId, now, until)) == 1) {
                send(deliveryId, until);
            }
        } catch (RuntimeException e) {
            // One delivery's trouble (the database gone a moment) holds up no other; it stays due.
            if (!DatabaseUnavailable.explains(e)) {
                LOG.warn("webhook delivery {} not sent: {}", deliveryId, e.toString());
            }
        }
    }

    private void send(long deliveryId, Instant claim) {
        Optional<Attempt> attempt = jdbi.withHandle(handle -> {
            OutboxRepository outbox = handle.attach(OutboxRepository.class);
            return outbox.findDelivery(deliveryId).flatMap(delivery -> outbox.findEvent(delivery.eventId())
                    .map(event -> new Attempt(delivery, event, outbox.findEndpoint(delivery.endpointId()))));
        });
        if (attempt.isEmpty()) {
            return;
        }
        Delivery delivery = attempt.get().delivery();
        if (attempt.get().endpoint().isEmpty()) {
            jdbi.useHandle(h -> h.attach(OutboxRepository.class).abandon(deliveryId, claim, "the endpoint was deleted"));
            return;
        }
        WebhookEndpoint endpoint = attempt.get().endpoint().get();
        Optional<String> refusal = targets.refusal(endpoint.url());
        if (refusal.isPresent()) {
            retryOrFail(delivery, claim, null, "not sent: the URL " + refusal.get());
            return;
        }
        CompletableFuture<HttpResponse<InputStream>> sent = http.client().sendAsync(
                request(endpoint, attempt.get().event()), HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = sent.get(ATTEMPT.toMillis(), TimeUnit.MILLISECONDS);
            response.body().close(); // the answer's body is never read: a receiver cannot hold the sender with it
            if (response.statusCode() / 100 == 2) {
                record(delivery, claim, "delivered", response.statusCode(), null);
                delivered.increment();
            } else {
                retryOrFail(delivery, claim, response.statusCode(), "answered " + response.statusCode());
            }
        } catch (TimeoutException e) {
            sent.cancel(true);
            retryOrFail(delivery, claim, null, "no answer within " + ATTEMPT.toSeconds() + " s");
        } catch (ExecutionException | java.io.IOException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            retryOrFail(delivery, claim, null, cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
        }
    }

    private record Attempt(Delivery delivery, OutboxEvent event, Optional<WebhookEndpoint> endpoint) {
    }

    private HttpRequest request(WebhookEndpoint endpoint, OutboxEvent event) {
        String body = payload(event);
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(ATTEMPT)
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

    private void retryOrFail(Delivery delivery, Instant claim, Integer status, String error) {
        if (!clock.instant().isBefore(delivery.createdAt().plus(GIVE_UP_AFTER))) {
            record(delivery, claim, "failed", status, error + "; given up after a day of retries");
            failed.increment();
            return;
        }
        record(delivery, claim, "pending", status, error);
        retried.increment();
    }

    private void record(Delivery delivery, Instant claim, String state, Integer status, String error) {
        Instant now = clock.instant();
        Instant next = now.plus(backoff(delivery.attempts() + 1));
        String shortError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        jdbi.useHandle(handle -> handle.attach(OutboxRepository.class)
                .recordAttempt(delivery.id(), claim, state, now, next, status, shortError));
    }

    /** 30 s after the first failed attempt, doubling each time, at most 6 hours. */
    static Duration backoff(int failedAttempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < failedAttempts && wait.compareTo(LONGEST_RETRY) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    long delivered() {
        return delivered.sum();
    }

    long retried() {
        return retried.sum();
    }

    long failed() {
        return failed.sum();
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
