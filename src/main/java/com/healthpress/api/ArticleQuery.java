package com.healthpress.api;

import com.healthpress.article.Cursor;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * The query parameters of {@code GET /api/v1/articles}, read and checked: topic (slug), author (a person's slug),
 * updated_since (an RFC 3339 time), limit (1-100, 20 by default) and the cursor of the page before. A wrong value
 * throws an {@link ApiRequestException} naming the parameter.
 */
public record ArticleQuery(String topic, String author, Instant updatedSince, int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** A cursor's first letter says which order it belongs to: newest publication first, or latest change first. */
    static final char PUBLISHED = 'p';
    static final char CHANGED = 'c';

    /** Reads the parameters through {@code parameter} (a name to its value, null when absent). */
    public static ArticleQuery read(Function<String, String> parameter) {
        String topic = blankToNull(parameter.apply("topic"));
        String author = blankToNull(parameter.apply("author"));
        Instant updatedSince = readTime(parameter.apply("updated_since"));
        if (topic != null && author != null && updatedSince == null) {
            throw new ApiRequestException("author", "Filter by topic or by author, not both; both may be combined "
                    + "with updated_since.");
        }
        int limit = readLimit(parameter.apply("limit"));
        Cursor after = readCursor(parameter.apply("cursor"), updatedSince == null ? PUBLISHED : CHANGED);
        return new ArticleQuery(topic, author, updatedSince, limit, after);
    }

    public Optional<Instant> since() {
        return Optional.ofNullable(updatedSince);
    }

    /** The cursor of the page after one ending with this (time, id), for the next page's address. */
    String cursorAfter(Instant at, long id) {
        return (updatedSince == null ? PUBLISHED : CHANGED) + new Cursor(at, id).token();
    }

    private static Instant readTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new ApiRequestException("updated_since", "Give a time in RFC 3339 form, such as "
                    + "2026-12-01T00:00:00Z, not \"" + value + "\".");
        }
    }

    private static int readLimit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new ApiRequestException("limit", "Give a number from 1 to " + MAX_LIMIT + ", not \"" + value + "\".");
    }

    private static Cursor readCursor(String value, char order) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<Cursor> cursor = value.charAt(0) == order ? Cursor.parse(value.substring(1)) : Optional.empty();
        return cursor.orElseThrow(() -> new ApiRequestException("cursor", "Use the cursor of a page's \"next\" "
                + "address as it is, with the same updated_since (or none) as that page."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
