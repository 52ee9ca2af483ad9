package com.healthpress.redirects;

/**
 * One redirect: the normalised address it answers ({@link RedirectAddresses#from}), where it sends readers (a site
 * path or an absolute URL; null when gone) and its status.
 */
public record Redirect(String from, String to, RedirectStatus status) {

    public boolean isGone() {
        return status.isGone();
    }

    /** Whether it answers one query string of its path only ("/index.php?id=12"), rather than the path. */
    public boolean answersOneQuery() {
        return from.indexOf('?') >= 0;
    }

    public boolean leavesTheSite() {
        return to != null && !to.startsWith("/");
    }

    public Redirect withTo(String newTo) {
        return new Redirect(from, newTo, status);
    }

    /**
     * The Location for a request with this query string (as sent, or null): the request's query is kept when the
     * target has none of its own, so tracking tags and search terms survive the move; a redirect that answers one
     * query only sends its target as it is. Null for a redirect that is gone.
     */
    public String locationFor(String requestQuery) {
        if (to == null) {
            return null;
        }
        if (requestQuery == null || requestQuery.isEmpty() || answersOneQuery() || to.indexOf('?') >= 0) {
            return to;
        }
        int fragment = to.indexOf('#');
        return fragment < 0 ? to + "?" + requestQuery
                : to.substring(0, fragment) + "?" + requestQuery + to.substring(fragment);
    }
}
