package com.healthpress.article;

import java.util.Optional;

/**
 * Which page of a listing (always shown newest first) to show: the newest articles, the oldest, or those just
 * older ({@code ?before=}) or just newer ({@code ?after=}) than an article. Pages are found by seeking to a cursor
 * in the (published_at, id) index, so the last page costs what the first does.
 */
public record PageAt(Kind kind, Cursor cursor) {

    public enum Kind { NEWEST, OLDEST, BEFORE, AFTER }

    public static final String BEFORE = "before";
    public static final String AFTER = "after";
    public static final String OLDEST = "oldest";

    public static PageAt newest() {
        return new PageAt(Kind.NEWEST, null);
    }

    public static PageAt oldest() {
        return new PageAt(Kind.OLDEST, null);
    }

    public static PageAt before(Cursor cursor) {
        return new PageAt(Kind.BEFORE, cursor);
    }

    public static PageAt after(Cursor cursor) {
        return new PageAt(Kind.AFTER, cursor);
    }

    /**
     * The page that the query parameters name: none for the newest, {@code oldest} (present, with no value), or
     * one valid {@code before} or {@code after} cursor. Empty when they name no page that can exist.
     */
    public static Optional<PageAt> fromQuery(String before, String after, String oldest) {
        int given = (before != null ? 1 : 0) + (after != null ? 1 : 0) + (oldest != null ? 1 : 0);
        if (given == 0) {
            return Optional.of(newest());
        }
        if (given > 1) {
            return Optional.empty();
        }
        if (oldest != null) {
            return oldest.isEmpty() ? Optional.of(oldest()) : Optional.empty();
        }
        return before != null ? Cursor.parse(before).map(PageAt::before) : Cursor.parse(after).map(PageAt::after);
    }

    public boolean isNewest() {
        return kind == Kind.NEWEST;
    }

    public boolean isOldest() {
        return kind == Kind.OLDEST;
    }

    /** The query string that names this page, "" for the newest: "?oldest", "?before=…" or "?after=…". */
    public String query() {
        return switch (kind) {
            case NEWEST -> "";
            case OLDEST -> "?" + OLDEST;
            case BEFORE -> "?" + BEFORE + "=" + cursor.token();
            case AFTER -> "?" + AFTER + "=" + cursor.token();
        };
    }
}
