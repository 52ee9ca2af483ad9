package com.healthpress.pagestore;

/**
 * How the page store stands: pages kept, those waiting to be rendered again after a change, those an earlier build
 * rendered (served until rendered anew), and the bytes of their encodings.
 */
public record PageStoreStatus(long pages, long stale, long olderBuild, long bytes) {

    /** Pages still to render again, for a change or for this build. */
    public long waiting() {
        return stale + olderBuild;
    }

    /** Pages rendered by this build since their data last changed. */
    public long current() {
        return pages - waiting();
    }
}
