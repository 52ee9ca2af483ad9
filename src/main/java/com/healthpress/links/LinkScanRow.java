package com.healthpress.links;

import java.time.Instant;

/**
 * A link as the scan of links passes it: its keyset position, its slug, the article the slug names with its state
 * (all null for none) and, when none, the article the slug is an old address of, with its state (else all null).
 */
public record LinkScanRow(long id, long fromArticleId, String toSlug, Long targetId, String targetStatus,
                          Instant targetPublishedAt, Instant targetDeletedAt, Long redirectTargetId,
                          String redirectStatus, Instant redirectPublishedAt, Instant redirectDeletedAt) {

    /** What the report makes of a link. */
    enum Kind { WORKS, BROKEN, OLD_ADDRESS }

    Kind kind(Instant now) {
        if (targetId != null) {
            return isPublic(targetStatus, targetPublishedAt, targetDeletedAt, now) ? Kind.WORKS : Kind.BROKEN;
        }
        return redirectTargetId != null && isPublic(redirectStatus, redirectPublishedAt, redirectDeletedAt, now)
                ? Kind.OLD_ADDRESS : Kind.BROKEN;
    }

    private static boolean isPublic(String status, Instant publishedAt, Instant deletedAt, Instant now) {
        return "published".equals(status) && deletedAt == null && publishedAt != null && !publishedAt.isAfter(now);
    }
}
