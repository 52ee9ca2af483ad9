package com.healthpress.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.healthpress.changes.ChangeFeed;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages in memory, within a fixed number of bytes (least recently used pages go first). A change
 * drops exactly the pages whose tags it names. A render that began before a change is served but not kept, so a
 * page rendered from old data can never outlive the change.
 */
public final class PageCache {

    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong renders = new AtomicLong();

    public PageCache(long maxBytes) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight())
                .build();
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    /** A mark to pass to {@link #putIfUnchanged}: taken before rendering. */
    long generation() {
        return generation.get();
    }

    /** Stores the page unless a change came while it was rendered (it may show data from before); says which. */
    boolean putIfUnchanged(String key, CachedPage page, long renderedAtGeneration) {
        pages.asMap().compute(key, (k, old) -> generation.get() == renderedAtGeneration ? page : old);
        if (generation.get() != renderedAtGeneration) {
            pages.invalidate(key);
            return false;
        }
        return true;
    }

    /** Drops every page that shows any of the tagged data; {@link ChangeFeed#EVERYTHING} drops them all. */
    public void invalidate(Set<String> tags) {
        generation.incrementAndGet();
        if (tags.contains(ChangeFeed.EVERYTHING)) {
            pages.invalidateAll();
            return;
        }
        pages.asMap().values().removeIf(page -> !Collections.disjoint(page.tags(), tags));
    }

    public long size() {
        return pages.estimatedSize();
    }

    /** How many pages were rendered because the cache did not hold them: what a change cost. */
    public long renders() {
        return renders.get();
    }

    void countRender() {
        renders.incrementAndGet();
    }
}
