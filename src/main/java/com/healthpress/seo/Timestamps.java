package com.healthpress.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The one date-time form crawlers get: ISO 8601 / W3C datetime in UTC to the second ("2026-01-01T09:30:00Z"). */
public final class Timestamps {

    private Timestamps() {
    }

    public static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * When an article last changed for readers. An article scheduled ahead keeps the updated_at of its last
     * edit, which can be earlier than its publication; it still changed for readers when it appeared.
     */
    public static Instant lastChange(Instant publishedAt, Instant updatedAt) {
        if (publishedAt == null) {
            return updatedAt;
        }
        return updatedAt == null || publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt;
    }
}
