package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A page kept compressed only (as the page store keeps it) answers every client as the rendered page did. */
class CachedPageTest {

    private final CachedPage rendered = CachedPage.of("<p>Knee pain</p>".getBytes(StandardCharsets.UTF_8),
            "text/html; charset=utf-8", Instant.parse("2026-12-06T10:00:00Z"), Set.of("article:1"));

    @Test
    void aPageKeptCompressedOnlyAnswersAClientThatTakesNoCompressionWithItsPlainBytes() {
        CachedPage stored = CachedPage.stored(rendered.gzip(), rendered.brotli(), rendered.contentType(),
                rendered.etag(), rendered.lastModified(), rendered.tags());
        assertNull(stored.identity());

        CachedPage.Representation plain = stored.representationFor("identity");

        assertArrayEquals(rendered.identity(), plain.bytes());
        assertNull(plain.contentEncoding());
        assertEquals(rendered.representationFor(null).etag(), plain.etag());
    }

    @Test
    void theCompressedOnlyCopyOfARenderedPageDropsItsPlainBytesAndKeepsEverythingElse() {
        CachedPage compressed = rendered.compressedOnly();

        assertNull(compressed.identity());
        assertArrayEquals(rendered.gzip(), compressed.gzip());
        assertArrayEquals(rendered.brotli(), compressed.brotli());
        assertEquals(rendered.etag(), compressed.etag());
        assertEquals(rendered.lastModified(), compressed.lastModified());
        assertEquals(rendered.tags(), compressed.tags());
        assertArrayEquals(rendered.identity(), compressed.representationFor(null).bytes());
    }
}
