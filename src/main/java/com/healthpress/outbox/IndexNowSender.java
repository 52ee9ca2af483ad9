package com.healthpress.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.config.OutboxSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells IndexNow of public addresses that changed, in batches of up to 10,000: queued once each (an address queued
 * again while a batch with it is under way is sent again), retried 5 minutes later when IndexNow does not answer or
 * asks to slow down (429, 5xx), dropped with a log line when it refuses them (another 4xx: a wrong key, say).
 */
final class IndexNowSender {

    private static final Logger LOG = LoggerFactory.getLogger(IndexNowSender.class);
    private static final Duration RETRY = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int BATCH = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final PublicAddresses addresses;
    private final OutboxSettings settings;
    private final Clock clock;
    private final OutboundHttp http;

    IndexNowSender(Jdbi jdbi, PublicAddresses addresses, OutboxSettings settings, OutboundHttp http, Clock clock) {
        this.jdbi = jdbi;
        this.addresses = addresses;
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    boolean isOn() {
        return settings.indexNow();
    }

    /** Queues an article's address, inside the fan-out's transaction. */
    void queue(Handle handle, String slug, Instant now) {
        String url = addresses.articlePage().apply(slug);
        OutboxRepository outbox = handle.attach(OutboxRepository.class);
        if (outbox.requeueUrl(url, now) == 0) {
            outbox.queueUrl(url, now);
        }
    }

    void sendDue() {
        Instant readAt = clock.instant();
        List<String> urls = jdbi.withHandle(h -> h.attach(OutboxRepository.class).listDueUrls(readAt, BATCH));
        if (urls.isEmpty()) {
            return;
        }
        int status = post(urls);
        if (status == 200 || status == 202) {
            jdbi.useHandle(h -> h.attach(OutboxRepository.class).forgetUrls(urls, readAt));
            LOG.info("IndexNow told of {} addresses", urls.size());
        } else if (status == 0 || status == 429 || status >= 500) {
            LOG.warn("IndexNow took none of {} addresses ({}); trying again in {} min", urls.size(),
                    status == 0 ? "no answer" : "status " + status, RETRY.toMinutes());
            jdbi.useHandle(h -> h.attach(OutboxRepository.class).retryUrls(urls, readAt.plus(RETRY)));
        } else {
            LOG.warn("IndexNow refused {} addresses with status {} (a wrong key or host?); they are dropped",
                    urls.size(), status);
            jdbi.useHandle(h -> h.attach(OutboxRepository.class).forgetUrls(urls, readAt));
        }
    }

    /** The status IndexNow answered; 0 for none. */
    private int post(List<String> urls) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", URI.create(addresses.baseUrl()).getHost());
        body.put("key", settings.indexNowKey());
        body.put("keyLocation", addresses.url("/" + settings.indexNowKey() + ".txt"));
        body.put("urlList", urls);
        try {
            HttpRequest request = HttpRequest.newBuilder(settings.indexNowEndpoint()).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            return http.client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
