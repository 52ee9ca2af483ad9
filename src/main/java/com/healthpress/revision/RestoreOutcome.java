package com.healthpress.revision;

/** How restoring a revision went; only RESTORED wrote anything. */
public enum RestoreOutcome {
    /** The revision's content is the article's content again, saved as a new revision. */
    RESTORED,
    /** No such article, or no such revision of it. */
    NOT_FOUND,
    /** The revision's slug now belongs to another article. */
    SLUG_TAKEN,
    /** Someone saved the article while it was being restored. */
    CONFLICT
}
