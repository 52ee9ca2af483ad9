package com.healthpress.links;

import java.time.Instant;

/** An article as the link report names it: its title and address, and where it stands now. */
public record LinkedArticle(long id, String slug, String title, String status, Instant publishedAt,
                            Instant deletedAt) {

    /** "published", "scheduled", "draft" or "in the trash", as the editor's list says. */
    public String state(Instant now) {
        if (deletedAt != null) {
            return "in the trash";
        }
        if (!"published".equals(status)) {
            return "draft";
        }
        return publishedAt != null && publishedAt.isAfter(now) ? "scheduled" : "published";
    }
}
