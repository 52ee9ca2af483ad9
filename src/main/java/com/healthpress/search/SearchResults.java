package com.healthpress.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One page (from 1) of the results for a query. {@code total} counts the public matches, up to
 * {@link Search#CANDIDATES}; when there are at least that many, {@link #isCapped()} and only that many are ranked.
 */
public record SearchResults(String query, List<SearchResult> items, long total, int page, int pageSize) {

    public SearchResults {
        items = List.copyOf(items);
    }

    public static SearchResults none(String query, int page, int pageSize) {
        return new SearchResults(query, List.of(), 0, page, pageSize);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean isCapped() {
        return total >= Search.CANDIDATES;
    }

    public int pageCount() {
        return (int) Math.min((total + pageSize - 1) / pageSize, Search.CANDIDATES / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    /** The address of the previous page of results: {@code /search?q=…}, with {@code &page=N} past the first. */
    public String previousHref() {
        return href(page - 1);
    }

    public String nextHref() {
        return href(page + 1);
    }

    private String href(int number) {
        String path = "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return number <= 1 ? path : path + "&page=" + number;
    }
}
