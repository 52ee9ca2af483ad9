package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.healthpress.changes.TagColumn;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index of stored pages drops what a change names, also an entry read before the change and kept after it. */
class StoredPageIndexTest {

    private final StoredPageIndex index = new StoredPageIndex();

    private static StoredPageIndex.Entry entry(String etag, String tags) {
        return StoredPageIndex.Entry.of(etag, "text/html; charset=utf-8", Instant.EPOCH, TagColumn.split(tags), 100, 80);
    }

    private void putIfUnchanged(String key, String etag, String tags, long mark) {
        index.putIfUnchanged(key, entry(etag, tags), TagColumn.split(tags), mark);
    }

    private void putIfAbsentAndUnchanged(String key, String etag, String tags, long mark) {
        index.putIfAbsentAndUnchanged(key, entry(etag, tags), TagColumn.split(tags), mark);
    }

    @Test
    void aChangeDropsTheEntriesWithItsTagsAndLeavesTheOthers() {
        putIfUnchanged("/a", "a", "article:1 topic:skin", index.mark());
        putIfUnchanged("/b", "b", "article:2", index.mark());

        index.invalidate(Set.of("topic:skin"));

        assertNull(index.get("/a"));
        assertEquals("b", index.get("/b").etag());
    }

    @Test
    void anEntryReadBeforeAChangeToItsDataIsNotKeptWhenItArrivesAfterIt() {
        long readAt = index.mark();
        index.invalidate(Set.of("article:1"));

        putIfUnchanged("/a", "a", "article:1", readAt);
        putIfAbsentAndUnchanged("/b", "b", "article:1", readAt);
        putIfAbsentAndUnchanged("/c", "c", "article:2", readAt);

        assertNull(index.get("/a"));
        assertNull(index.get("/b"));
        assertEquals("c", index.get("/c").etag(), "a change to other data leaves it");
    }

    @Test
    void anEntryLoadedFromTheTableNeverReplacesOneStoredMeanwhile() {
        long loadStarted = index.mark();
        putIfUnchanged("/a", "newer", "article:1", index.mark());

        putIfAbsentAndUnchanged("/a", "older", "article:1", loadStarted);

        assertEquals("newer", index.get("/a").etag());
    }

    @Test
    void aChangeOfEverythingEmptiesIt() {
        putIfUnchanged("/a", "a", "article:1", index.mark());

        index.invalidate(Set.of(com.healthpress.changes.ChangeFeed.EVERYTHING));

        assertEquals(0, index.size());
    }
}
