package com.healthpress.redirects;

/**
 * The redirects this instance answers with, in memory: read from the database at the start and again whenever a
 * change event names {@link RedirectService#TAG} (on every instance), so that a request never queries for them.
 */
public final class LiveRedirects {

    private volatile RedirectTable table = RedirectTable.EMPTY;

    /** The redirect for a request's path and query as sent; null when none answers it (most requests). */
    public Redirect find(String rawPath, String rawQuery) {
        RedirectTable current = table;
        return current.isEmpty() ? null : current.find(rawPath, rawQuery);
    }

    public RedirectTable table() {
        return table;
    }

    void replace(RedirectTable newTable) {
        table = newTable;
    }
}
