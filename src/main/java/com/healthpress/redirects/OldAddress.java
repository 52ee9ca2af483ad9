package com.healthpress.redirects;

import java.time.Instant;

/**
 * An old address of an article, profile or page, kept when its slug changed: it answers with a 301 to the current
 * address while its owner is public (otherwise 404). A redirect of the same address wins over it.
 */
public record OldAddress(OldSlugs kind, String oldSlug, String currentSlug, long ownerId, String ownerName,
                         boolean live, Instant createdAt, boolean overridden) {

    public String oldPath() {
        return kind.path(oldSlug);
    }

    public String currentPath() {
        return kind.path(currentSlug);
    }

    public String editorPath() {
        return kind.editorPath(ownerId);
    }

    OldAddress overridden(boolean byARedirect) {
        return new OldAddress(kind, oldSlug, currentSlug, ownerId, ownerName, live, createdAt, byARedirect);
    }
}
