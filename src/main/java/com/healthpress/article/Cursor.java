package com.healthpress.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in a listing of articles newest first: an article's publication time, with its id to order articles
 * published in the same instant. In addresses it reads {@code 2026-03-02T08:15:30.123456Z_42}.
 */
public record Cursor(Instant publishedAt, long id) {

    private static final Pattern TOKEN = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z)_([1-9][0-9]{0,17})");

    public static Cursor of(ArticleSummary article) {
        return new Cursor(article.publishedAt(), article.id());
    }

    /** The cursor a token names; empty for anything else, including impossible dates. */
    public static Optional<Cursor> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cursor(Instant.parse(matcher.group(1)), Long.parseLong(matcher.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public String token() {
        return publishedAt + "_" + id;
    }
}
