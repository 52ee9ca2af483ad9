package com.healthpress.outbox;

/**
 * An event to write into the outbox with the change it tells of: its kind and the article (its address then, the
 * one before for a change of address). onceKey names an event that must be written once only; null for others.
 */
public record NewEvent(EventKind kind, long articleId, String slug, String oldSlug, String title, String onceKey) {

    static NewEvent of(EventKind kind, long articleId, String slug, String title) {
        return new NewEvent(kind, articleId, slug, null, title, null);
    }
}
