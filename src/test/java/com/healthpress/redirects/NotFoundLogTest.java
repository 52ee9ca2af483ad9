package com.healthpress.redirects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.MutableClock;
import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 404 log on a real database: counts add up across writes, and memory and table keep their bounds. */
class NotFoundLogTest {

    private Database database;
    private MutableClock clock;
    private NotFoundLog log;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        clock = MutableClock.startingNow();
        log = new NotFoundLog(database.jdbi(), clock, 10);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void countsOfOnePathAddUpAcrossWritesWithTheLatestReferrerHost() {
        log.record("/missing", "https://first.example.com/page");
        log.write();
        clock.advance(Duration.ofMinutes(5));
        log.record("/missing/", null);
        log.record("/mis%73ing", "http://Second.Example.org:8080/x?q=private");
        log.write();

        NotFoundEntry entry = log.mostSeen(1).rows().get(0);
        assertEquals("/missing", entry.path());
        assertEquals(3, entry.hits());
        assertEquals("second.example.org", entry.referrerHost());
        assertEquals(Duration.ofMinutes(5), Duration.between(entry.firstSeen(), entry.lastSeen()));
    }

    @Test
    void memoryCountsABoundedNumberOfNewPathsBetweenWrites() {
        for (int i = 0; i < 25; i++) {
            log.record("/bot-" + i, null);
        }
        log.record("/bot-3", null);

        log.write();

        assertEquals(10, log.size());
        assertEquals(2, log.mostSeen(1).rows().get(0).hits(), "a path counted already still counts");
    }

    @Test
    void theTableKeepsItsBoundDroppingThePathsSeenFewestTimesTheLongestUnseenFirst() {
        log.record("/often", null);
        log.record("/often", null);
        log.record("/once-long-ago", null);
        log.write();
        for (int round = 0; round < 3; round++) {
            clock.advance(Duration.ofMinutes(1));
            for (int i = 0; i < 10; i++) {
                log.record("/round-" + round + "-" + i, null);
            }
            log.write();
        }

        List<String> paths = log.mostSeen(1).rows().stream().map(NotFoundEntry::path).toList();
        assertEquals(10, paths.size());
        assertEquals("/often", paths.get(0));
        assertTrue(paths.stream().noneMatch(path -> path.equals("/once-long-ago")), paths.toString());
        assertTrue(paths.stream().filter(path -> path.startsWith("/round-2-")).count() == 9, paths.toString());
    }

    @Test
    void pathsNoRedirectCouldAnswerAreNotCounted() {
        log.record("/admin/x", null);
        log.record("/static/x.css", null);
        log.record("/%0d%0aSet-Cookie:x", null);
        log.record("/" + "a".repeat(NotFoundLog.MAX_PATH), null);
        log.write();

        assertEquals(0, log.size());
    }

    @Test
    void onlyTheHostOfAnHttpReferrerIsKept() {
        assertEquals("www.example.com", NotFoundLog.referrerHost("https://www.example.com/a/b?token=x#y"));
        assertNull(NotFoundLog.referrerHost("android-app://com.example/"));
        assertNull(NotFoundLog.referrerHost("not a url"));
        assertNull(NotFoundLog.referrerHost("https://exa mple.com/"));
        assertNull(NotFoundLog.referrerHost(null));
    }

    @Test
    void clearingEmptiesTheTableAndWhatWasNotWrittenYet() {
        log.record("/one", null);
        log.write();
        log.record("/two", null);

        log.clear();
        log.write();

        assertEquals(0, log.size());
    }
}
