package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.changes.ChangeFeed;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static CachedPage page(String body, String... tags) {
        return CachedPage.of(body, "text/html", Instant.parse("2026-11-25T10:00:00Z"), Set.of(tags));
    }

    @Test
    void aChangeDropsExactlyThePagesThatShowItsData() {
        PageCache cache = new PageCache(1 << 20);
        cache.putIfUnchanged("/articles/a", page("a", "article:1", "topic:sleep"), cache.generation());
        cache.putIfUnchanged("/articles/b", page("b", "article:2", "topic:heart"), cache.generation());
        cache.putIfUnchanged("/", page("home", "listings"), cache.generation());

        cache.invalidate(Set.of("article:1"));

        assertNull(cache.get("/articles/a"));
        assertNotNull(cache.get("/articles/b"));
        assertNotNull(cache.get("/"));
    }

    @Test
    void everythingDropsEveryPage() {
        PageCache cache = new PageCache(1 << 20);
        cache.putIfUnchanged("/", page("home", "listings"), cache.generation());

        cache.invalidate(Set.of(ChangeFeed.EVERYTHING));

        assertNull(cache.get("/"));
    }

    @Test
    void aPageRenderedBeforeAChangeToItsDataIsNotKept() {
        PageCache cache = new PageCache(1 << 20);
        long before = cache.generation();

        cache.invalidate(Set.of("article:9", "listings"));
        boolean kept = cache.putIfUnchanged("/", page("stale home", "listings"), before);

        assertFalse(kept);
        assertNull(cache.get("/"), "rendered from data older than the change");
    }

    @Test
    void aPageRenderedWhileOtherDataChangedIsKept() {
        PageCache cache = new PageCache(1 << 20);
        long before = cache.generation();

        cache.invalidate(Set.of("article:9", "crawler-files"));
        boolean kept = cache.putIfUnchanged("/articles/a", page("a", "article:1", "topic:sleep"), before);

        assertTrue(kept);
        assertNotNull(cache.get("/articles/a"));
    }

    @Test
    void aRenderFromBeforeTheChangedTagsWereForgottenIsNotKept() {
        PageCache cache = new PageCache(1 << 20);
        long before = cache.generation();

        for (int i = 0; i <= 10_001; i++) {
            cache.invalidate(Set.of("article:" + (1000 + i)));
        }
        boolean kept = cache.putIfUnchanged("/articles/a", page("a", "article:1"), before);

        assertFalse(kept, "which tags changed meanwhile is no longer known");
        assertTrue(cache.putIfUnchanged("/articles/a", page("a", "article:1"), cache.generation()));
    }

    @Test
    void theCacheStaysWithinItsSize() {
        PageCache cache = new PageCache(200_000);
        for (int i = 0; i < 200; i++) {
            cache.putIfUnchanged("/articles/" + i, page(randomText(i, 20_000), "article:" + i), cache.generation());
        }

        long held = 0;
        for (int i = 0; i < 200; i++) {
            CachedPage page = cache.get("/articles/" + i);
            held += page == null ? 0 : page.weight();
        }
        assertTrue(held <= 200_000 * 1.1, "held " + held + " bytes");
        assertTrue(cache.size() < 200);
    }

    @Test
    void theClientGetsBrotliThenGzipThenPlainWithAnEntityTagPerEncoding() {
        CachedPage page = page("<p>" + "health ".repeat(200) + "</p>");

        CachedPage.Representation brotli = page.representationFor("gzip, deflate, br");
        CachedPage.Representation gzip = page.representationFor("gzip");
        CachedPage.Representation plain = page.representationFor(null);
        CachedPage.Representation refused = page.representationFor("gzip;q=0, br;q=0");

        assertEquals("br", brotli.contentEncoding());
        assertEquals("gzip", gzip.contentEncoding());
        assertNull(plain.contentEncoding());
        assertNull(refused.contentEncoding(), "q=0 refuses a coding");
        assertTrue(gzip.bytes().length < plain.bytes().length);
        assertEquals(3, Set.of(brotli.etag(), gzip.etag(), plain.etag()).size());
        assertTrue(plain.etag().matches("\"[A-Za-z0-9_-]{22}\""), plain.etag());
    }

    private static String randomText(int seed, int length) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
