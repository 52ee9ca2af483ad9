package com.healthpress.publishing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.MutableClock;
import com.healthpress.TestDatabases;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whether an announcement may be due is known without the database, so a page can be answered on a thread that
 * must never wait: it is due at first, after any change, and never right after an announcement found nothing.
 */
class ScheduledPublisherTest {

    @Test
    void anAnnouncementMayBeDueAtFirstAndAfterEveryChangeButNotRightAfterOne() {
        MutableClock clock = MutableClock.startingNow();
        try (Database database = Database.open(TestDatabases.fresh())) {
            ChangeFeed changes = new ChangeFeed(database.jdbi(), clock);
            ScheduledPublisher publisher = new ScheduledPublisher(database.jdbi(), changes, clock);

            assertTrue(publisher.mayHaveDue(), "nothing is known before the first look");
            publisher.announceDue();
            assertFalse(publisher.mayHaveDue(), "the first look found nothing scheduled");
            database.jdbi().useTransaction(handle -> changes.publish(handle, Set.of("article:1")));
            assertTrue(publisher.mayHaveDue(), "a change may have scheduled an article");
            publisher.announceDue();
            assertFalse(publisher.mayHaveDue());
        }
    }
}
