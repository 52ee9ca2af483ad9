package com.healthpress.cache;

/**
 * Rendered pages kept behind the in-memory cache, across restarts and for every instance (the page store). A page
 * is found only while no change to its data has come since it was rendered.
 */
public interface StoredPages {

    /** The stored page under this key with all its encodings, or null when there is none or it is stale. */
    default CachedPage find(String key) {
        return find(key, null);
    }

    /**
     * As {@link #find(String)}, with only the encoding a client sending this Accept-Encoding gets (all of them when
     * it is null): a page answered once and not kept costs one file read, not two. A page read in one encoding is
     * for answering that request only, not for keeping: it comes without its tags.
     */
    CachedPage find(String key, String acceptEncoding);

    /** Whether {@link #find} answers from memory and files, without waiting for the database. */
    default boolean findsWithoutWaiting() {
        return false;
    }

    /** A mark to pass to {@link #store}: taken before rendering. */
    long changeMark();

    /** Keeps the page unless a change to data it shows came after the mark. */
    void store(String key, CachedPage page, long changeMark);

    /**
     * As {@link #store}, but later, together with others (the page store's background renders): until then the
     * page is not found.
     */
    void storeLater(String key, CachedPage page, long changeMark);

    /** No store: every page the memory cache lacks is rendered. */
    StoredPages NONE = new StoredPages() {
        @Override
        public CachedPage find(String key, String acceptEncoding) {
            return null;
        }

        @Override
        public boolean findsWithoutWaiting() {
            return true;
        }

        @Override
        public long changeMark() {
            return 0;
        }

        @Override
        public void store(String key, CachedPage page, long changeMark) {
        }

        @Override
        public void storeLater(String key, CachedPage page, long changeMark) {
        }
    };
}
