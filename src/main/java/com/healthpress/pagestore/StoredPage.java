package com.healthpress.pagestore;

import java.time.Instant;

/** A row of the page store: a page's compressed bytes, the tags of its data, and the build that rendered it. */
public record StoredPage(String pageKey, String contentType, String etag, Instant lastModified, byte[] gzip,
                         byte[] brotli, String tags, String renderer, boolean stale) {
}
