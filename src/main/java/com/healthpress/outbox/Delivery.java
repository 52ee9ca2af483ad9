package com.healthpress.outbox;

import java.time.Instant;

/** One event's delivery to one endpoint, as its log shows it: state pending, delivered or failed. */
public record Delivery(long id, long eventId, long endpointId, String kind, String eventUid, String state,
                       int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus,
                       String lastError, Instant createdAt) {
}
