package com.healthpress.api;

import java.time.Instant;

/** A Content API key as the admin lists it: never the key itself, which is shown once when it is made. */
public record ApiKey(long id, String name, String keyPrefix, Instant createdAt, String createdBy, Instant revokedAt,
                     String revokedBy, Instant lastUsedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
