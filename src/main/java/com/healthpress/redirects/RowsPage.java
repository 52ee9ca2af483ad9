package com.healthpress.redirects;

import java.util.List;

/** One page of a long list of rows, numbered from 1. */
public record RowsPage<T>(List<T> rows, int page, int pageCount, long total) {

    public static final int SIZE = 100;

    /** The page of {@code all} at {@code page} (the last one when it is past the end). */
    static <T> RowsPage<T> of(List<T> all, int page) {
        int pageCount = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int shown = Math.min(Math.max(1, page), pageCount);
        int from = (shown - 1) * SIZE;
        return new RowsPage<>(List.copyOf(all.subList(from, Math.min(all.size(), from + SIZE))), shown, pageCount,
                all.size());
    }

    static int pageCount(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
