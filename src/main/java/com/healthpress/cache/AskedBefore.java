package com.healthpress.cache;

/**
 * Remembers, roughly, which pages were asked for lately, so that a page read from the page store enters the memory
 * cache only when asked for again: a crawl asking for each of 100,000 pages once would otherwise push out the pages
 * readers read and keep the heap full of copies (whose collection paused every request). A slot remembers one page;
 * another page taking it makes that page new again, and two pages sharing a hash make one of them cached early:
 * either costs a little speed, never correctness.
 */
final class AskedBefore {

    private static final int SLOTS = 1 << 14;

    private final long[] slots = new long[SLOTS];

    /** Whether the page was asked for since its slot last changed hands; notes this ask either way. */
    boolean note(String key) {
        int hash = key.hashCode();
        long mark = (1L << 32) | (hash & 0xFFFFFFFFL); // never 0, the mark of an empty slot
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        boolean asked = slots[slot] == mark;
        slots[slot] = mark;
        return asked;
    }
}
