package com.healthpress.cache;

import com.healthpress.changes.ChangeFeed;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When each tag of data last changed, as seen by something that keeps copies of pages: a copy made from data read
 * after {@link #mark} is kept only if none of its tags changed since, so that a change racing with a copy being kept
 * either is seen here or finds the copy and drops it.
 */
public final class TagChanges {

    /** Tags remembered with the time of their last change; beyond this they are forgotten all at once. */
    private static final int REMEMBERED_TAGS = 10_000;

    /** Counts changes: a copy notes it before its data is read, and each tag when a change last named it. */
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Long> lastChangeByTag = new ConcurrentHashMap<>();
    /** The last change that named every page, or after which the tags' times were forgotten. */
    private volatile long lastChangeOfAll;

    /** A mark to pass to {@link #changedSince}: taken before the data of a copy is read. */
    public long mark() {
        return generation.get();
    }

    /** Notes a change to the data with these tags; {@link ChangeFeed#EVERYTHING} names all. */
    public void record(Set<String> tags) {
        long change = generation.incrementAndGet();
        if (tags.contains(ChangeFeed.EVERYTHING) || lastChangeByTag.size() > REMEMBERED_TAGS) {
            lastChangeOfAll = change;
            lastChangeByTag.clear();
        }
        if (!tags.contains(ChangeFeed.EVERYTHING)) {
            tags.forEach(tag -> lastChangeByTag.merge(tag, change, Math::max));
        }
    }

    /** Whether data with any of these tags changed after the mark. */
    public boolean changedSince(Iterable<String> tags, long mark) {
        if (lastChangeOfAll > mark) {
            return true;
        }
        for (String tag : tags) {
            Long lastChange = lastChangeByTag.get(tag);
            if (lastChange != null && lastChange > mark) {
                return true;
            }
        }
        return false;
    }
}
