package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SharedStringsTest {

    private final SharedStrings shared = new SharedStrings();

    @Test
    void equalStringsShareOneCopy() {
        String first = shared.share(new String("topic:sleep"));

        assertSame(first, shared.share(new String("topic:sleep")));
    }

    @Test
    void aStringIsKeptOnlyUntilAnotherTakesItsSlotSoThatPagesOwnTagsAreNotHeld() {
        String own = new String("article:1");
        String other = collidingWith(own);
        shared.share(own);
        shared.share(other);

        String again = new String("article:1");

        assertSame(again, shared.share(again));
        assertNotSame(own, shared.share(new String("article:1")));
    }

    @Test
    void aSharedStringIsTheSameText() {
        assertEquals("person:7", shared.share(new String("person:7")));
    }

    /** Another tag that falls into the same slot (found by trying, as a tag name is any text). */
    private static String collidingWith(String tag) {
        SharedStrings probe = new SharedStrings();
        for (int i = 2; ; i++) {
            String candidate = "article:" + i;
            probe.share(tag);
            probe.share(candidate);
            if (probe.share(new String(tag)) != tag) {
                return candidate;
            }
        }
    }
}
