package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.healthpress.QueryPlans;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import com.healthpress.storage.Dialect;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The background renderer's scan of public articles starts each batch where the last ended: with 100,000 articles
 * a batch near the end read every newer article first (a seventh of the renderer's time at 100,000).
 */
class PublicArticleScanTest {

    private static final int ARTICLES = 300;

    private final Clock clock = Clock.systemUTC();
    private final Database database = Database.open(TestDatabases.fresh());
    private final ChangeFeed changes = new ChangeFeed(database.jdbi(), clock);
    private final ArticleService articles = new ArticleService(database.jdbi(), clock, changes);
    private final Instant newest = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .minus(Duration.ofHours(1));

    @AfterEach
    void close() {
        changes.close();
        database.close();
    }

    @Test
    void aBatchReadsOnlyTheArticlesAfterThePlaceItStartsFrom() {
        List<Long> ids = IntStream.range(0, ARTICLES).mapToObj(i -> articles.create(TestArticles.published(
                "Scanned " + i, newest.minus(Duration.ofMinutes(i)))).id()).toList();
        long place = ids.get(20);

        List<StoredPageRepository.PublicArticle> batch = database.jdbi().withHandle(handle -> handle
                .attach(StoredPageRepository.class).listPublicArticles(clock.instant(), place, 10));

        List<Long> tenBefore = new java.util.ArrayList<>(ids.subList(10, 20));
        java.util.Collections.reverse(tenBefore);
        assertEquals(tenBefore, batch.stream().map(StoredPageRepository.PublicArticle::id)
                .toList(), "the ten made before it, newest first");
        assumeFalse(database.dialect() == Dialect.POSTGRESQL, "H2's planner only");
        int read = rowsRead(place);
        assertTrue(read <= 3 * 10, "read " + read + " rows for a batch of 10 among " + ARTICLES);
    }

    /** The rows H2 read to answer the query (EXPLAIN ANALYZE's scan counts). */
    private int rowsRead(long place) {
        return QueryPlans.rowsRead(QueryPlans.analyzedPlan(database, StoredPageRepository.PUBLIC_ARTICLES_BEFORE,
                analyzed -> analyzed.bind("now", clock.instant()).bind("beforeId", place).bind("limit", 10)));
    }
}
