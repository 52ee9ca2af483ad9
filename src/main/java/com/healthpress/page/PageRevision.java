package com.healthpress.page;

import java.time.Instant;

/** One saved version of a page: who saved it when, a line on why, and the whole content as it was. */
public record PageRevision(long pageId, int version, String savedBy, Instant savedAt, String summary, String slug,
                           String title, String body, PageKind kind, PageStatus status) {

    public PageContent content() {
        return new PageContent(slug, title, body, kind, status);
    }
}
