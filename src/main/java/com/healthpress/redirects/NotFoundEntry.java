package com.healthpress.redirects;

import java.time.Instant;

/** A path that answered 404: how often, when first and last, and the host of the last referrer that came with it. */
public record NotFoundEntry(long id, String path, long hits, Instant firstSeen, Instant lastSeen,
                            String referrerHost) {
}
