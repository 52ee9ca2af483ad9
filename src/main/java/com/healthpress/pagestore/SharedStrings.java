package com.healthpress.pagestore;

/**
 * Keeps one copy of the strings many index entries share (a topic's tag, an author's, the newest articles' that every
 * related box names) without keeping those only one entry has. {@link String#intern} kept every page's own tag as
 * well: at 100,000 pages the JVM's string table held some 340,000 entries, 11 MB outside the heap. A slot holds the
 * last string that fell into it, so a page's own tag passes through and a shared one is back at its next use; two
 * shared strings in one slot only cost a copy now and then. Races between threads lose a copy at worst.
 */
final class SharedStrings {

    private static final int SLOTS = 1 << 14;

    private final String[] slots = new String[SLOTS];

    /** The copy kept of an equal string, or this one, now kept. */
    String share(String string) {
        int hash = string.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String kept = slots[slot];
        if (string.equals(kept)) {
            return kept;
        }
        slots[slot] = string;
        return string;
    }
}
