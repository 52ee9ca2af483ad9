package com.healthpress.outbox;

import java.time.Instant;

/** An event as the outbox keeps it: uid is the id receivers see. */
public record OutboxEvent(long id, String eventUid, String kind, Long articleId, String slug, String oldSlug,
                         String title, Instant occurredAt) {
}
