package com.healthpress.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.healthpress.changes.ChangeFeed;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Rendered public pages in memory, within a fixed number of bytes (least recently used pages go first). A change
 * drops exactly the pages whose tags it names. A render that began before a change to data it shows is served but
 * not kept, so a page rendered from old data can never outlive the change; changes to other data do not stop it
 * being kept (with editors saving several times a second, a global check kept almost no slow render).
 *
 * <p>Pages named with query parameters (listing cursors, searches, page numbers) are kept apart, in an eighth of the
 * bytes: a client can name them without end, and in one shared cache a stream of them, each asked for as often as a
 * reader's page or more, would push out the articles and listings readers use. Pages named by their path alone
 * exist only for real content, so they keep the other seven eighths to themselves.
 */
public final class PageCache {

    /** The share of the bytes for pages named with query parameters: 1/8, 8 MB of the default 64. */
    private static final int QUERY_PAGES_SHARE = 8;

    private final Cache<String, CachedPage> pathPages;
    private final Cache<String, CachedPage> queryPages;
    private final TagChanges changes = new TagChanges();
    private final ServingCounts counts = new ServingCounts();

    public PageCache(long maxBytes) {
        long queryBytes = maxBytes / QUERY_PAGES_SHARE;
        this.pathPages = withinBytes(maxBytes - queryBytes);
        this.queryPages = withinBytes(queryBytes);
    }

    private static Cache<String, CachedPage> withinBytes(long maxBytes) {
        // Evictions run on the thread that stores a page, so the cache is within its bytes as soon as a store
        // returns, not eventually on a pool that a busy machine may keep waiting (PageCacheTest saw 224 KB in 200).
        return Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight())
                .recordStats()
                .build();
    }

    CachedPage get(String key) {
        return partFor(key).getIfPresent(key);
    }

    /** A key is the page's path, then "?" and the query parameters it reads, if any (see CachedPages.key). */
    private Cache<String, CachedPage> partFor(String key) {
        return key.indexOf('?') < 0 ? pathPages : queryPages;
    }

    /** A mark to pass to {@link #putIfUnchanged}: taken before rendering. */
    long generation() {
        return changes.mark();
    }

    /**
     * Stores the page unless data it shows changed while it was rendered (it may show data from before); says which.
     * A change racing with the store either is seen here or finds the stored page and drops it.
     */
    boolean putIfUnchanged(String key, CachedPage page, long renderedAtGeneration) {
        Cache<String, CachedPage> pages = partFor(key);
        pages.asMap().compute(key, (k, old) -> changedSince(page.tags(), renderedAtGeneration) ? old : page);
        if (changedSince(page.tags(), renderedAtGeneration)) {
            pages.invalidate(key);
            return false;
        }
        return true;
    }

    /**
     * Keeps the page's plain bytes beside its compressed copies, unless another page (or none: a change dropped it)
     * took its place meanwhile.
     */
    void keepPlainBytes(String key, CachedPage page, byte[] plain) {
        partFor(key).asMap().replace(key, page, page.withPlainBytes(plain));
    }

    /** Drops the page under this key, if kept; always false, as nothing is kept by it. */
    boolean forget(String key) {
        partFor(key).invalidate(key);
        return false;
    }

    /** Drops every page that shows any of the tagged data; {@link ChangeFeed#EVERYTHING} drops them all. */
    public void invalidate(Set<String> tags) {
        changes.record(tags);
        if (tags.contains(ChangeFeed.EVERYTHING)) {
            pathPages.invalidateAll();
            queryPages.invalidateAll();
            return;
        }
        for (Cache<String, CachedPage> pages : List.of(pathPages, queryPages)) {
            pages.asMap().values().removeIf(page -> !Collections.disjoint(page.tags(), tags));
        }
    }

    private boolean changedSince(Set<String> tags, long renderedAtGeneration) {
        return changes.changedSince(tags, renderedAtGeneration);
    }

    public long size() {
        return pathPages.estimatedSize() + queryPages.estimatedSize();
    }

    /** How many pages readers had rendered because no cache held them: what a change cost them. */
    public long renders() {
        return counts.readerRenders();
    }

    /** How pages were answered: from here, from the page store, or rendered. */
    public ServingCounts counts() {
        return counts;
    }

    /** The bytes of the pages kept now (their weight: compressed bytes and a little for the key and headers). */
    public long bytes() {
        return weightedBytes(pathPages) + weightedBytes(queryPages);
    }

    private static long weightedBytes(Cache<String, CachedPage> pages) {
        return pages.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    /** How many pages were pushed out to make room since the start (not those a change dropped). */
    public long evictions() {
        return pathPages.stats().evictionCount() + queryPages.stats().evictionCount();
    }
}
