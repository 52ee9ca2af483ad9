package com.healthpress.pagestore;

import com.healthpress.cache.TagChanges;
import com.healthpress.changes.ChangeFeed;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
     * second it was rendered, the sizes of its files (a shorter file is not its own; 0: no Brotli copy) and
     * its tags, one copy of each shared by the entries that name it (many pages share an author's).
     */
    record Entry(String etag, String contentType, long lastModifiedSecond, String[] tags, int gzipBytes,
                 int brotliBytes) {

        static Entry of(String etag, String contentType, Instant lastModified, String tags, int gzipBytes,
                        int brotliBytes) {
            String[] shared = tags.isEmpty() ? NO_TAGS
                    : Arrays.stream(tags.split(" ")).map(SHARED::share).toArray(String[]::new);
            return new Entry(etag, SHARED.share(contentType), lastModified.getEpochSecond(), shared, gzipBytes,
                    brotliBytes);
        }

        Instant lastModified() {
            return Instant.ofEpochSecond(lastModifiedSecond);
        }

        List<String> tagList() {
            return Arrays.asList(tags);
        }

        boolean showsAnyOf(Set<String> changed) {
            for (String tag : tags) {
                if (changed.contains(tag)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String[] NO_TAGS = new String[0];
    private static final SharedStrings SHARED = new SharedStrings();

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

    /** Keeps the entry unless data it shows changed after the mark. */
    void putIfUnchanged(String key, Entry entry, long mark) {
        entries.put(key, entry);
        if (changes.changedSince(entry.tagList(), mark)) {
            entries.remove(key, entry);
        }
    }

    /** As {@link #putIfUnchanged}, but an entry kept meanwhile (a newer store) stays. */
    void putIfAbsentAndUnchanged(String key, Entry entry, long mark) {
        if (entries.putIfAbsent(key, entry) == null && changes.changedSince(entry.tagList(), mark)) {
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
        entries.values().removeIf(entry -> entry.showsAnyOf(tags));
    }

    int size() {
        return entries.size();
    }
}
