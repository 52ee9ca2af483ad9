package com.healthpress.outbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** The admin's webhook endpoints: registered with a signing secret, listed, deleted, and their delivery logs. */
public final class WebhookEndpoints {

    private static final int MAX_URL_LENGTH = 2000;
    private static final int MAX_DESCRIPTION_LENGTH = 200;
    private static final int LOG_LENGTH = 50;

    private final Jdbi jdbi;
    private final OutboundTargets targets;
    private final Clock clock;

    public WebhookEndpoints(Jdbi jdbi, OutboundTargets targets, Clock clock) {
        this.jdbi = jdbi;
        this.targets = targets;
        this.clock = clock;
    }

    /** What is wrong with a new endpoint, by field (url, events, description); empty when nothing. */
    public Map<String, String> problems(String url, Set<EventKind> kinds, String description) {
        Map<String, String> problems = new LinkedHashMap<>();
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_URL_LENGTH) {
            problems.put("url", "Give the receiver's URL, such as https://hooks.example.com/healthpress.");
        } else {
            targets.refusal(trimmed).ifPresent(reason -> problems.put("url", "This URL " + reason + "."));
        }
        if (kinds.isEmpty()) {
            problems.put("events", "Choose at least one event.");
        }
        if (description != null && description.strip().length() > MAX_DESCRIPTION_LENGTH) {
            problems.put("description", "At most " + MAX_DESCRIPTION_LENGTH + " characters.");
        }
        return problems;
    }

    /** Registers an endpoint that {@link #problems} found nothing wrong with; its secret is made here. */
    public WebhookEndpoint create(String url, Set<EventKind> kinds, String description, String by) {
        Map<String, String> problems = problems(url, kinds, description); // once: it looks the host up
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a valid endpoint: " + problems);
        }
        String events = kinds.stream().sorted().map(EventKind::wireName).collect(Collectors.joining(" "));
        return jdbi.inTransaction(handle -> {
            OutboxRepository outbox = handle.attach(OutboxRepository.class);
            long id = outbox.insertEndpoint(url.strip(), events, Signatures.newSecret(),
                    description == null ? "" : description.strip(), clock.instant(), by);
            return outbox.findEndpoint(id).orElseThrow();
        });
    }

    public List<WebhookEndpoint> list() {
        return jdbi.withHandle(handle -> handle.attach(OutboxRepository.class).listEndpoints());
    }

    public Optional<WebhookEndpoint> find(long id) {
        return jdbi.withHandle(handle -> handle.attach(OutboxRepository.class).findEndpoint(id));
    }

    /** Deletes the endpoint: nothing more is sent to it, its pending deliveries are dropped as failed. */
    public boolean delete(long id) {
        return jdbi.withHandle(handle -> handle.attach(OutboxRepository.class).deleteEndpoint(id, clock.instant()))
                == 1;
    }

    /** The endpoint's latest deliveries, newest first. */
    public List<Delivery> deliveries(long endpointId) {
        return jdbi.withHandle(handle -> handle.attach(OutboxRepository.class).listDeliveries(endpointId, LOG_LENGTH));
    }

    /** Sends a delivery of this endpoint again, at once; false when there is no such delivery. */
    public boolean redeliver(long endpointId, long deliveryId) {
        return jdbi.withHandle(handle -> handle.attach(OutboxRepository.class)
                .redeliver(deliveryId, endpointId, clock.instant())) == 1;
    }
}
