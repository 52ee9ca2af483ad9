package com.healthpress.pagestore;

import com.healthpress.cache.TagChanges;
import com.healthpress.changes.ChangeFeed;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What this process knows of the fresh pages in the store whose files it has, so that a request learns without the
 * database whether a page is stored and where its bytes are. Filled from the table at the start and by each store;
 * a change heard drops the pages with its tags, as it does from the memory cache, and an entry whose data was read
 * before a change it has since heard is never kept.
 */
final class StoredPageIndex {

    /**
     * A stored page without its bytes, kept small (a site of 100,000 pages has 100,000 of them on the heap): the
     * second it was rendered, the sizes of its files (a shorter file is not its own; 0: no Brotli copy) and the hash
     * codes of its tags. The tags themselves stay in the table: at 100,000 pages their strings (100,000 of the index's
     * 366,000) took some 6 MB of the heap. Two tags with one hash code only drop a page that did not change, which
     * is then rendered again.
     */
    record Entry(String etag, String contentType, long lastModifiedSecond, int[] tagHashes, int gzipBytes,
                 int brotliBytes) {

        static Entry of(String etag, String contentType, Instant lastModified, Collection<String> tags,
                        int gzipBytes, int brotliBytes) {
            return new Entry(etag, contentType.intern(), lastModified.getEpochSecond(), hashesOf(tags),
                    gzipBytes, brotliBytes);
        }

        Instant lastModified() {
            return Instant.ofEpochSecond(lastModifiedSecond);
        }

        boolean showsAnyOf(int[] changed) {
            for (int tag : tagHashes) {
                for (int change : changed) {
                    if (tag == change) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final TagChanges changes = new TagChanges();
    private volatile boolean loaded;

    Entry get(String key) {
        return entries.get(key);
    }

    /** Whether every fresh page of the table is here: then a page not here is not stored. */
    boolean loaded() {
        return loaded;
    }

    void markLoaded() {
        loaded = true;
    }

    /** A mark to pass to {@link #putIfUnchanged}: taken before the entry's row is read or written. */
    long mark() {
        return changes.mark();
    }

    /** Keeps the entry unless data it shows (its tags) changed after the mark. */
    void putIfUnchanged(String key, Entry entry, Collection<String> tags, long mark) {
        entries.put(key, entry);
        if (changes.changedSince(tags, mark)) {
            entries.remove(key, entry);
        }
    }

    /** As {@link #putIfUnchanged}, but an entry kept meanwhile (a newer store) stays. */
    void putIfAbsentAndUnchanged(String key, Entry entry, Collection<String> tags, long mark) {
        if (entries.putIfAbsent(key, entry) == null && changes.changedSince(tags, mark)) {
            entries.remove(key, entry);
        }
    }

    void remove(String key) {
        entries.remove(key);
    }

    /** Removes the entry, unless another took its place meanwhile. */
    void remove(String key, Entry entry) {
        entries.remove(key, entry);
    }

    /** Drops every page that shows any of the tagged data; {@link ChangeFeed#EVERYTHING} drops them all. */
    void invalidate(Set<String> tags) {
        changes.record(tags);
        if (tags.contains(ChangeFeed.EVERYTHING)) {
            entries.clear();
            return;
        }
        int[] changed = hashesOf(tags);
        entries.values().removeIf(entry -> entry.showsAnyOf(changed));
    }

    private static int[] hashesOf(Collection<String> tags) {
        return tags.stream().mapToInt(String::hashCode).toArray();
    }

    int size() {
        return entries.size();
    }
}
