package com.healthpress.cache;

/**
 * Rendered pages kept behind the in-memory cache, across restarts and for every instance (the page store). A page
 * is found only while no change to its data has come since it was rendered.
 */
public interface StoredPages {

    /**
     * The stored page under this key in the one encoding a client sending this Accept-Encoding gets (gzip, unzipped
     * for it, when it sends none), or null when there is none or it is stale: a page answered once and not kept
     * costs one file read, not two. It is for answering that request only, not for keeping: it comes without its
     * tags.
     */
    CachedPage find(String key, String acceptEncoding);

    /**
     * The stored page with all its encodings and its tags, to keep in memory; null when there is none, it is stale,
     * or its tags cannot be read now.
     */
    CachedPage findToKeep(String key);

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
        public CachedPage findToKeep(String key) {
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
