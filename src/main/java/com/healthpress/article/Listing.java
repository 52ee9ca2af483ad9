package com.healthpress.article;

import java.util.List;

/** One page of a listing of articles; pages are numbered from 1. */
public record Listing(List<ArticleSummary> items, int page, int pageCount) {

    public Listing {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
