package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index of stored pages drops what a change names, also an entry read before the change and kept after it. */
class StoredPageIndexTest {

    private final StoredPageIndex index = new StoredPageIndex();

    private static StoredPageIndex.Entry entry(String etag, String tags) {
        return StoredPageIndex.Entry.of(etag, "text/html; charset=utf-8", Instant.EPOCH, tags, 100, 80);
    }

    @Test
    void aChangeDropsTheEntriesWithItsTagsAndLeavesTheOthers() {
        index.putIfUnchanged("/a", entry("a", "article:1 topic:skin"), index.mark());
        index.putIfUnchanged("/b", entry("b", "article:2"), index.mark());

        index.invalidate(Set.of("topic:skin"));

        assertNull(index.get("/a"));
        assertEquals("b", index.get("/b").etag());
    }

    @Test
    void anEntryReadBeforeAChangeToItsDataIsNotKeptWhenItArrivesAfterIt() {
        long readAt = index.mark();
        index.invalidate(Set.of("article:1"));

        index.putIfUnchanged("/a", entry("a", "article:1"), readAt);
        index.putIfAbsentAndUnchanged("/b", entry("b", "article:1"), readAt);
        index.putIfAbsentAndUnchanged("/c", entry("c", "article:2"), readAt);

        assertNull(index.get("/a"));
        assertNull(index.get("/b"));
        assertEquals("c", index.get("/c").etag(), "a change to other data leaves it");
    }

    @Test
    void anEntryLoadedFromTheTableNeverReplacesOneStoredMeanwhile() {
        long loadStarted = index.mark();
        index.putIfUnchanged("/a", entry("newer", "article:1"), index.mark());

        index.putIfAbsentAndUnchanged("/a", entry("older", "article:1"), loadStarted);

        assertEquals("newer", index.get("/a").etag());
    }

    @Test
    void aChangeOfEverythingEmptiesIt() {
        index.putIfUnchanged("/a", entry("a", "article:1"), index.mark());

        index.invalidate(Set.of(com.healthpress.changes.ChangeFeed.EVERYTHING));

        assertEquals(0, index.size());
    }
}
