package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The flat table answers as a map of keys to entries would, through any mix of puts and removals. */
class EntryTableTest {

    private final EntryTable table = new EntryTable();

    private static EntryTable.KeyHash key(int number) {
        return EntryTable.KeyHash.of("/articles/page-" + number);
    }

    private static StoredPageIndex.Entry entry(int number, int version) {
        return new StoredPageIndex.Entry("etag-" + number + "-" + version, version % 2 == 0 ? "text/html" : "text/xml",
                1_700_000_000L + version, new int[] {number, -number}, 1000 + version, version);
    }

    @Test
    void anyMixOfPutsAndRemovalsAnswersAsAMapWould() {
        Map<Integer, StoredPageIndex.Entry> expected = new HashMap<>();
        Random random = new Random(42);
        for (int step = 0; step < 200_000; step++) {
            int number = random.nextInt(5_000);
            int action = random.nextInt(10);
            if (action < 6) {
                StoredPageIndex.Entry entry = entry(number, step);
                table.put(key(number), entry);
                expected.put(number, entry);
            } else if (action < 9) {
                table.remove(key(number));
                expected.remove(number);
            } else {
                int divisor = 2 + random.nextInt(40);
                table.removeIfTags(tags -> tags[0] % divisor == 0);
                expected.keySet().removeIf(kept -> kept % divisor == 0);
            }
        }
        assertEquals(expected.size(), table.size());
        for (int number = 0; number < 5_000; number++) {
            StoredPageIndex.Entry kept = table.get(key(number));
            StoredPageIndex.Entry wanted = expected.get(number);
            if (wanted == null) {
                assertNull(kept, "page " + number);
                assertFalse(table.contains(key(number)));
            } else {
                assertEquals(wanted.etag(), kept.etag());
                assertEquals(wanted.contentType(), kept.contentType());
                assertEquals(wanted.lastModifiedSecond(), kept.lastModifiedSecond());
                assertEquals(wanted.gzipBytes(), kept.gzipBytes());
                assertEquals(wanted.brotliBytes(), kept.brotliBytes());
                assertEquals(wanted.tagHashes()[0], kept.tagHashes()[0]);
            }
        }
    }

    @Test
    void roomMadeAheadKeepsTheEntriesThereAndTakesAsManyMore() {
        for (int number = 0; number < 300; number++) {
            table.put(key(number), entry(number, 1));
        }

        table.reserve(10_000);
        table.reserve(10); // less than it holds: nothing is lost
        for (int number = 300; number < 10_000; number++) {
            table.put(key(number), entry(number, 2));
        }

        assertEquals(10_000, table.size());
        for (int number = 0; number < 10_000; number++) {
            assertEquals(entry(number, number < 300 ? 1 : 2).etag(), table.get(key(number)).etag(), "page " + number);
        }
        assertNull(table.get(key(10_000)));
    }

    @Test
    void anEntityTagItHasNoRoomForRemovesTheKeyRatherThanKeepingAnOlderEntry() {
        table.put(key(1), entry(1, 1));

        table.put(key(1), new StoredPageIndex.Entry("x".repeat(EntryTable.ETAG_BYTES + 1), "text/html", 0,
                new int[0], 1, 0));

        assertNull(table.get(key(1)));
        assertEquals(0, table.size());
    }

    @Test
    void keysDifferingInOneCharacterAreDifferentPages() {
        table.put(EntryTable.KeyHash.of("/a"), entry(1, 1));

        assertTrue(table.contains(EntryTable.KeyHash.of("/a")));
        assertFalse(table.contains(EntryTable.KeyHash.of("/b")));
        assertFalse(table.contains(EntryTable.KeyHash.of("/a?")));
    }

    @Test
    void clearingForgetsEveryEntry() {
        for (int number = 0; number < 1_000; number++) {
            table.put(key(number), entry(number, 0));
        }

        table.clear();

        assertEquals(0, table.size());
        assertNull(table.get(key(7)));
    }
}
