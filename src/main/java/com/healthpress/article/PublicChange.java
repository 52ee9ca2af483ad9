package com.healthpress.article;

import java.time.Instant;

/** One line of an article's public history: its first publication, or an update or correction with its note. */
public record PublicChange(Instant at, String label, String note) {

    public static PublicChange published(Instant at) {
        return new PublicChange(at, "Published", null);
    }

    public static PublicChange noted(Instant at, ChangeNote change) {
        return new PublicChange(at, change.kind().label(), change.note());
    }
}
