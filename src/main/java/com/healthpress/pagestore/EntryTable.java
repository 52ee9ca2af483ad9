package com.healthpress.pagestore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The index's entries in flat arrays, one row per page, found through an open-addressing table by a hash of the
 * page's key. A map of entry objects took some 30 MB of the heap at 100,000 pages (the key and entity tag strings,
 * the map's nodes, the entries); these arrays take about a third of it, which leaves the old generation of a small
 * heap room above the live set. Not thread-safe: {@link StoredPageIndex} guards it.
 *
 * <p>A key is kept only as the first 128 bits of its SHA-256, so that no path anyone can ask for finds another
 * page's row. Entity tags longer than {@link #ETAG_BYTES} ASCII characters, or more than 256 content types, are not
 * kept: such a page is read from its row, or rendered again.
 */
final class EntryTable {

    /** The entity tags of rendered pages are 22 characters of Base64; a row has room for that many. */
    static final int ETAG_BYTES = 22;

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** A key's hash: what the table compares instead of the key. */
    record KeyHash(long high, long low) {
        static KeyHash of(String key) {
            byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
            return new KeyHash(longAt(digest, 0), longAt(digest, 8));
        }

        private static long longAt(byte[] bytes, int from) {
            long value = 0;
            for (int i = from; i < from + 8; i++) {
                value = (value << 8) | (bytes[i] & 0xFF);
            }
            return value;
        }
    }

    /** Slots of the open-addressing table: a row's number plus one, 0 when empty. At most half are used. */
    private int[] slots = new int[1024];
    private int size;

    private long[] keyHigh = new long[256];
    private long[] keyLow = new long[256];
    private byte[] etags = new byte[256 * ETAG_BYTES];
    private byte[] etagLengths = new byte[256];
    private byte[] contentTypes = new byte[256];
    private long[] lastModifiedSeconds = new long[256];
    private int[] gzipBytes = new int[256];
    private int[] brotliBytes = new int[256];
    private int[][] tagHashes = new int[256][];
    private final List<String> contentTypeNames = new ArrayList<>();

    int size() {
        return size;
    }

    StoredPageIndex.Entry get(KeyHash key) {
        int slot = slotOf(key);
        return slots[slot] == 0 ? null : entryAt(slots[slot] - 1);
    }

    boolean contains(KeyHash key) {
        return slots[slotOf(key)] != 0;
    }

    /** Keeps the entry for the key, replacing any; an entry the rows have no room for removes the key instead. */
    void put(KeyHash key, StoredPageIndex.Entry entry) {
        int contentType = contentTypeNumber(entry.contentType());
        if (contentType < 0 || !fits(entry.etag())) {
            remove(key);
            return;
        }
        int slot = slotOf(key);
        int row;
        if (slots[slot] != 0) {
            row = slots[slot] - 1;
        } else {
            row = size++;
            growRowsFor(size);
            slots[slot] = row + 1;
            keyHigh[row] = key.high();
            keyLow[row] = key.low();
            if (size * 2 > slots.length) {
                rehash(slots.length * 2);
            }
        }
        writeRow(row, entry, contentType);
    }

    /**
     * Makes room for this many rows at once: the index's load knows how many pages the table holds, and growing
     * the arrays half again at a time on the way to 100,000 rows left some 13 MB of outgrown arrays, old enough
     * to have been promoted, in the old generation (where the next busy moment's full collection found them).
     */
    void reserve(int rows) {
        if (rows > keyHigh.length) {
            resizeRows(rows);
        }
        int capacity = slots.length;
        while (rows * 2 > capacity) {
            capacity *= 2;
        }
        if (capacity > slots.length) {
            rehash(capacity);
        }
    }

    void remove(KeyHash key) {
        int slot = slotOf(key);
        if (slots[slot] != 0) {
            removeAt(slot);
        }
    }

    /** Removes every entry whose tags' hash codes match. */
    void removeIfTags(Predicate<int[]> matches) {
        for (int row = size - 1; row >= 0; row--) {
            if (matches.test(tagHashes[row])) {
                removeAt(slotOf(new KeyHash(keyHigh[row], keyLow[row])));
            }
        }
    }

    void clear() {
        Arrays.fill(slots, 0);
        Arrays.fill(tagHashes, 0, size, null);
        size = 0;
    }

    /** The key's slot, or the empty slot where it would go. */
    private int slotOf(KeyHash key) {
        int mask = slots.length - 1;
        int slot = home(key.low(), mask);
        while (slots[slot] != 0) {
            int row = slots[slot] - 1;
            if (keyLow[row] == key.low() && keyHigh[row] == key.high()) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int home(long keyLow, int mask) {
        return (int) keyLow & mask;
    }

    /**
     * Empties the slot, shifting back the slots after it that probing would no longer reach, then fills the row's
     * place with the last row so that rows stay dense.
     */
    private void removeAt(int slot) {
        int row = slots[slot] - 1;
        int mask = slots.length - 1;
        int hole = slot;
        for (int next = (slot + 1) & mask; slots[next] != 0; next = (next + 1) & mask) {
            int home = home(keyLow[slots[next] - 1], mask);
            boolean reachable = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!reachable) {
                slots[hole] = slots[next];
                hole = next;
            }
        }
        slots[hole] = 0;
        int last = --size;
        if (row != last) {
            slots[slotOf(new KeyHash(keyHigh[last], keyLow[last]))] = row + 1;
            moveRow(last, row);
        }
        tagHashes[last] = null;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int row = 0; row < size; row++) {
            int slot = home(keyLow[row], mask);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = row + 1;
        }
    }

    private StoredPageIndex.Entry entryAt(int row) {
        String etag = new String(etags, row * ETAG_BYTES, etagLengths[row], StandardCharsets.ISO_8859_1);
        return new StoredPageIndex.Entry(etag, contentTypeNames.get(contentTypes[row] & 0xFF),
                lastModifiedSeconds[row], tagHashes[row], gzipBytes[row], brotliBytes[row]);
    }

    private void writeRow(int row, StoredPageIndex.Entry entry, int contentType) {
        String etag = entry.etag();
        for (int i = 0; i < etag.length(); i++) {
            etags[row * ETAG_BYTES + i] = (byte) etag.charAt(i);
        }
        etagLengths[row] = (byte) etag.length();
        contentTypes[row] = (byte) contentType;
        lastModifiedSeconds[row] = entry.lastModifiedSecond();
        gzipBytes[row] = entry.gzipBytes();
        brotliBytes[row] = entry.brotliBytes();
        tagHashes[row] = entry.tagHashes();
    }

    private void moveRow(int from, int to) {
        keyHigh[to] = keyHigh[from];
        keyLow[to] = keyLow[from];
        System.arraycopy(etags, from * ETAG_BYTES, etags, to * ETAG_BYTES, ETAG_BYTES);
        etagLengths[to] = etagLengths[from];
        contentTypes[to] = contentTypes[from];
        lastModifiedSeconds[to] = lastModifiedSeconds[from];
        gzipBytes[to] = gzipBytes[from];
        brotliBytes[to] = brotliBytes[from];
        tagHashes[to] = tagHashes[from];
    }

    private void growRowsFor(int rows) {
        if (rows <= keyHigh.length) {
            return;
        }
        resizeRows(keyHigh.length + (keyHigh.length >> 1));
    }

    private void resizeRows(int capacity) {
        keyHigh = Arrays.copyOf(keyHigh, capacity);
        keyLow = Arrays.copyOf(keyLow, capacity);
        etags = Arrays.copyOf(etags, capacity * ETAG_BYTES);
        etagLengths = Arrays.copyOf(etagLengths, capacity);
        contentTypes = Arrays.copyOf(contentTypes, capacity);
        lastModifiedSeconds = Arrays.copyOf(lastModifiedSeconds, capacity);
        gzipBytes = Arrays.copyOf(gzipBytes, capacity);
        brotliBytes = Arrays.copyOf(brotliBytes, capacity);
        tagHashes = Arrays.copyOf(tagHashes, capacity);
    }

    private static boolean fits(String etag) {
        if (etag.length() > ETAG_BYTES) {
            return false;
        }
        for (int i = 0; i < etag.length(); i++) {
            if (etag.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The content type's number in this table, -1 when 256 others are known. */
    private int contentTypeNumber(String contentType) {
        int known = contentTypeNames.indexOf(contentType);
        if (known >= 0) {
            return known;
        }
        if (contentTypeNames.size() == 256) {
            return -1;
        }
        contentTypeNames.add(contentType);
        return contentTypeNames.size() - 1;
    }
}
