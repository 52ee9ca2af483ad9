package com.healthpress.pagestore;

import com.healthpress.cache.TagChanges;
import com.healthpress.changes.ChangeFeed;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * What this process knows of the fresh pages in the store whose files it has, so that a request learns without the
 * database whether a page is stored and where its bytes are. Filled from the table at the start and by each store;
 * a change heard drops the pages with its tags, as it does from the memory cache, and an entry whose data was read
 * before a change it has since heard is never kept.
 */
final class StoredPageIndex {

    /**
     * A stored page without its bytes (kept as a row of {@link EntryTable}): the second it was rendered, the sizes
     * of its files (a shorter file is not its own; 0: no Brotli copy) and the hash codes of its tags. The tags
     * themselves stay in the table: at 100,000 pages their strings took some 6 MB of the heap. Two tags with one
     * hash code only drop a page that did not change, which is then rendered again.
     */
    record Entry(String etag, String contentType, long lastModifiedSecond, int[] tagHashes, int gzipBytes,
                 int brotliBytes) {

        static Entry of(String etag, String contentType, Instant lastModified, Collection<String> tags,
                        int gzipBytes, int brotliBytes) {
            return new Entry(etag, contentType, lastModified.getEpochSecond(), hashesOf(tags),
                    gzipBytes, brotliBytes);
        }

        Instant lastModified() {
            return Instant.ofEpochSecond(lastModifiedSecond);
        }

        static boolean showsAnyOf(int[] tagHashes, int[] changed) {
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

    /** Guarded by itself: reads and writes are short, and a change's removals see no put half done. */
    private final EntryTable entries = new EntryTable();
    private final TagChanges changes = new TagChanges();
    private volatile boolean loaded;

    Entry get(String key) {
        EntryTable.KeyHash hash = EntryTable.KeyHash.of(key);
        synchronized (entries) {
            return entries.get(hash);
        }
    }

    /** Whether the page has an entry, without building it (as {@link #get} does). */
    boolean contains(String key) {
        EntryTable.KeyHash hash = EntryTable.KeyHash.of(key);
        synchronized (entries) {
            return entries.contains(hash);
        }
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
        EntryTable.KeyHash hash = EntryTable.KeyHash.of(key);
        synchronized (entries) {
            if (changes.changedSince(tags, mark)) {
                entries.remove(hash); // an older entry shows data from before that change too
            } else {
                entries.put(hash, entry);
            }
        }
    }

    /** As {@link #putIfUnchanged}, but an entry kept meanwhile (a newer store) stays. */
    void putIfAbsentAndUnchanged(String key, Entry entry, Collection<String> tags, long mark) {
        EntryTable.KeyHash hash = EntryTable.KeyHash.of(key);
        synchronized (entries) {
            if (!entries.contains(hash) && !changes.changedSince(tags, mark)) {
                entries.put(hash, entry);
            }
        }
    }

    void remove(String key) {
        EntryTable.KeyHash hash = EntryTable.KeyHash.of(key);
        synchronized (entries) {
            entries.remove(hash);
        }
    }

    /** Removes the entry, unless another (another rendering, with other files) took its place meanwhile. */
    void remove(String key, Entry entry) {
        EntryTable.KeyHash hash = EntryTable.KeyHash.of(key);
        synchronized (entries) {
            Entry kept = entries.get(hash);
            if (kept != null && kept.etag().equals(entry.etag())) {
                entries.remove(hash);
            }
        }
    }

    /** Drops every page that shows any of the tagged data; {@link ChangeFeed#EVERYTHING} drops them all. */
    void invalidate(Set<String> tags) {
        int[] changed = hashesOf(tags);
        synchronized (entries) {
            changes.record(tags);
            if (tags.contains(ChangeFeed.EVERYTHING)) {
                entries.clear();
            } else {
                entries.removeIfTags(tagHashes -> Entry.showsAnyOf(tagHashes, changed));
            }
        }
    }

    private static int[] hashesOf(Collection<String> tags) {
        return tags.stream().mapToInt(String::hashCode).toArray();
    }

    /** Makes room for this many entries at once (see {@link EntryTable#reserve}). */
    void reserve(int pages) {
        synchronized (entries) {
            entries.reserve(pages);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
