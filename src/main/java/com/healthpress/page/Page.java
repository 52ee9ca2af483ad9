package com.healthpress.page;

import java.time.Instant;

/**
 * A simple page of the site (a policy, the about page): its address, title and Markdown body, what kind of page it
 * is, whether readers see it, and the version an edit must start from.
 */
public record Page(long id, String slug, String title, String body, PageKind kind, PageStatus status, int version,
                   Instant createdAt, Instant updatedAt, Instant publishedAt, String updatedBy) {

    public static final String PATH_PREFIX = "/pages/";

    public boolean isPublished() {
        return status == PageStatus.PUBLISHED;
    }

    /** The public path: {@code /pages/editorial-policy}. */
    public String path() {
        return pathOf(slug);
    }

    public static String pathOf(String slug) {
        return PATH_PREFIX + slug;
    }

    public PageContent content() {
        return new PageContent(slug, title, body, kind, status);
    }

    /** A link to this page, as the footer and the settings show it. */
    public PageLink link() {
        return new PageLink(id, title, slug);
    }
}
