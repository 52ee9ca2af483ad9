package com.healthpress.outbox;

import java.util.Arrays;
import java.util.Optional;

/** What an outbox event tells of, by the name receivers see. */
public enum EventKind {
    ARTICLE_PUBLISHED("article.published", "an article appears on the site (published, or its scheduled time came)"),
    ARTICLE_UPDATED("article.updated", "a public article is saved again"),
    ARTICLE_UNPUBLISHED("article.unpublished", "a public article is taken back to a draft or scheduled later"),
    ARTICLE_DELETED("article.deleted", "a public article is moved to the trash"),
    ARTICLE_SLUG_CHANGED("article.slug_changed", "a public article gets a new address (also sent as updated)"),
    REVIEW_DUE("review.due", "a public article's medical review falls due (once per due date)");

    private final String wireName;
    private final String description;

    EventKind(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    public static Optional<EventKind> named(String wireName) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(wireName)).findFirst();
    }

    /** Whether search engines should hear of the article's address for this event (IndexNow). */
    boolean changesAPublicPage() {
        return this != REVIEW_DUE;
    }
}
