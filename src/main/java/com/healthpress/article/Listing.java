package com.healthpress.article;

import java.util.List;

/**
 * One page of a listing of articles, newest first, found at {@code at}; whether there are newer and older
 * articles beyond it, and the addresses (as query strings) of the neighbouring pages.
 */
public record Listing(List<ArticleSummary> items, PageAt at, boolean hasNewer, boolean hasOlder) {

    public Listing {
        items = List.copyOf(items);
    }

    /** The listing's front page: its newest articles. */
    public boolean isFirst() {
        return at.isNewest();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** "?after=…": the articles just newer than this page's newest. */
    public String newerQuery() {
        return items.isEmpty() ? "" : PageAt.after(Cursor.of(items.get(0))).query();
    }

    /** "?before=…": the articles just older than this page's oldest. */
    public String olderQuery() {
        return items.isEmpty() ? "" : PageAt.before(Cursor.of(items.get(items.size() - 1))).query();
    }

    /** "?oldest": the page of the oldest articles. */
    public String oldestQuery() {
        return PageAt.oldest().query();
    }
}
