package com.healthpress.cache;

import com.healthpress.changes.ChangeFeed;
import com.healthpress.publishing.ScheduledPublisher;
import com.healthpress.storage.Database;
import java.time.Clock;

/** Cached pages over a test database, for tests that route their own handlers through the page cache. */
public final class TestCachedPages {

    private TestCachedPages() {
    }

    public static CachedPages over(Database database, PageCache cache) {
        Clock clock = Clock.systemUTC();
        ScheduledPublisher publisher = new ScheduledPublisher(database.jdbi(), new ChangeFeed(database.jdbi(), clock),
                clock);
        return new CachedPages(cache, StoredPages.NONE, "no background renders", true, publisher, clock);
    }
}
