package com.healthpress.articles;

import com.healthpress.article.ArticleSummary;
import com.healthpress.article.Cursor;
import com.healthpress.article.Listing;
import com.healthpress.article.PageAt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds a page of a listing by seeking from a cursor (keyset pagination) rather than skipping rows: each page is
 * one index range read of at most a page and one more row, plus a one-row look the other way.
 */
public final class Listings {

    /** The listing queries of one set of articles (every public article, or one topic's), each index-ordered. */
    interface Scope {
        List<ArticleSummary> newest(int limit);

        List<ArticleSummary> oldest(int limit);

        /** Newest first. */
        List<ArticleSummary> olderThan(Cursor cursor, int limit);

        /** Oldest first. */
        List<ArticleSummary> newerThan(Cursor cursor, int limit);
    }

    private Listings() {
    }

    /** Every public article at {@code now}. */
    static Scope everything(ArticleRepository articles, Instant now) {
        return new Scope() {
            public List<ArticleSummary> newest(int limit) {
                return articles.listNewest(now, limit);
            }

            public List<ArticleSummary> oldest(int limit) {
                return articles.listOldest(now, limit);
            }

            public List<ArticleSummary> olderThan(Cursor c, int limit) {
                return articles.listOlder(now, earlier(now, c), c.publishedAt(), c.id(), limit);
            }

            public List<ArticleSummary> newerThan(Cursor c, int limit) {
                return articles.listNewer(now, c.publishedAt(), c.id(), limit);
            }
        };
    }

    /** The public articles of one topic at {@code now}. */
    static Scope inTopic(ArticleRepository articles, String topicSlug, Instant now) {
        return new Scope() {
            public List<ArticleSummary> newest(int limit) {
                return articles.listNewestInTopic(topicSlug, now, limit);
            }

            public List<ArticleSummary> oldest(int limit) {
                return articles.listOldestInTopic(topicSlug, now, limit);
            }

            public List<ArticleSummary> olderThan(Cursor c, int limit) {
                return articles.listOlderInTopic(topicSlug, now, earlier(now, c), c.publishedAt(), c.id(), limit);
            }

            public List<ArticleSummary> newerThan(Cursor c, int limit) {
                return articles.listNewerInTopic(topicSlug, now, c.publishedAt(), c.id(), limit);
            }
        };
    }

    /** The public articles a person wrote or reviewed at {@code now}. */
    static Scope byPerson(ArticleRepository articles, PersonRole role, long personId, Instant now) {
        String column = role.column();
        return new Scope() {
            public List<ArticleSummary> newest(int limit) {
                return articles.listNewestByPerson(column, personId, now, limit);
            }

            public List<ArticleSummary> oldest(int limit) {
                return articles.listOldestByPerson(column, personId, now, limit);
            }

            public List<ArticleSummary> olderThan(Cursor c, int limit) {
                return articles.listOlderByPerson(column, personId, now, earlier(now, c), c.publishedAt(), c.id(),
                        limit);
            }

            public List<ArticleSummary> newerThan(Cursor c, int limit) {
                return articles.listNewerByPerson(column, personId, now, c.publishedAt(), c.id(), limit);
            }
        };
    }

    static Listing page(Scope scope, PageAt at, int pageSize) {
        return switch (at.kind()) {
            case NEWEST -> newestFirst(at, scope.newest(pageSize + 1), pageSize, false);
            case BEFORE -> {
                List<ArticleSummary> rows = scope.olderThan(at.cursor(), pageSize + 1);
                yield newestFirst(at, rows, pageSize,
                        !rows.isEmpty() && !scope.newerThan(Cursor.of(rows.get(0)), 1).isEmpty());
            }
            case OLDEST -> oldestFirst(at, scope.oldest(pageSize + 1), pageSize, false);
            case AFTER -> {
                List<ArticleSummary> rows = scope.newerThan(at.cursor(), pageSize + 1);
                yield oldestFirst(at, rows, pageSize,
                        !rows.isEmpty() && !scope.olderThan(Cursor.of(rows.get(0)), 1).isEmpty());
            }
        };
    }

    /** The cursor's time when it is already past, else now: where the index range older than it starts. */
    private static Instant earlier(Instant now, Cursor cursor) {
        return cursor.publishedAt().isBefore(now) ? cursor.publishedAt() : now;
    }

    /** Rows newest first, one more than a page when there are older ones. */
    private static Listing newestFirst(PageAt at, List<ArticleSummary> rows, int pageSize, boolean hasNewer) {
        boolean hasOlder = rows.size() > pageSize;
        return new Listing(hasOlder ? rows.subList(0, pageSize) : rows, at, hasNewer, hasOlder);
    }

    /** Rows oldest first, one more than a page when there are newer ones; shown newest first. */
    private static Listing oldestFirst(PageAt at, List<ArticleSummary> rows, int pageSize, boolean hasOlder) {
        boolean hasNewer = rows.size() > pageSize;
        List<ArticleSummary> page = new ArrayList<>(hasNewer ? rows.subList(0, pageSize) : rows);
        Collections.reverse(page);
        return new Listing(page, at, hasNewer, hasOlder);
    }
}
