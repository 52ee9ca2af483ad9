package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pages count as asked before from their second ask on; a crawl's pages, each asked once, almost never do. */
class AskedBeforeTest {

    private final AskedBefore asked = new AskedBefore();

    @Test
    void aPageCountsAsAskedBeforeFromItsSecondAsk() {
        assertFalse(asked.note("/articles/knee-pain"));
        assertTrue(asked.note("/articles/knee-pain"));
        assertTrue(asked.note("/articles/knee-pain"));
        assertFalse(asked.note("/articles/back-pain"));
    }

    @Test
    void pagesAskedForOnceEachAlmostNeverCountAsAskedBefore() {
        long early = IntStream.range(0, 50_000).filter(i -> asked.note("/articles/crawled-page-" + i)).count();

        assertTrue(early <= 50, early + " of 50,000 pages asked for once counted as asked before");
    }
}
