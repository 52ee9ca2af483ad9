package com.healthpress.outbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Where an admin asked for events to be sent: the URL, the event kinds (space-separated), the signing secret. */
public record WebhookEndpoint(long id, String url, String events, String secret, String description,
                              Instant createdAt, String createdBy) {

    public List<String> eventNames() {
        return Arrays.stream(events.split(" ")).filter(name -> !name.isBlank()).toList();
    }

    public boolean receives(String kind) {
        return eventNames().contains(kind);
    }
}
