package com.healthpress.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.healthpress.QueryPlans;
import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import com.healthpress.storage.Dialect;
import java.time.Instant;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.Test;

/**
 * H2 ranks the full-text candidates by looking each one up by its key, once, also when the tables hold enough
 * public articles for an index on them to look attractive: a search for a common word has 5,000 candidates, and
 * the plans that read every public article and scanned the candidates for each took seconds per search.
 */
class SearchQueryPlanTest {

    /** At 20,000 articles H2 still chose well for the query that went wrong at 100,000; at 40,000 it did not. */
    private static final int ARTICLES = 40_000;
    /** Rows of the article table's shape made in one statement: published, a minute apart, written by person 1. */
    private static final String MANY_PUBLIC_ARTICLES = """
            INSERT INTO article (slug, title, meta_title, meta_description, focus_keyword, lead, body, author_id,
                                 status, published_at, created_at, updated_at, version)
            SELECT 'sleep-' || x, 'Sleep advice ' || x, 'Sleep advice', 'About sleep.', 'sleep', 'A lead.',
                   '## Section' || CHAR(10) || CHAR(10) || 'Text.', 1, 'published',
                   TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00Z' + x * INTERVAL '1' MINUTE,
                   TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00Z', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00Z', 1
            FROM SYSTEM_RANGE(1, ?)""";

    @Test
    void eachCandidateIsLookedUpByItsKeyWhateverTheTablesHold() {
        try (Database database = Database.open(TestDatabases.fresh())) {
            assumeFalse(database.dialect() == Dialect.POSTGRESQL, "H2's planner only");
            database.jdbi().useHandle(handle -> {
                handle.execute("INSERT INTO person (id, slug, name, kind, created_at, updated_at, version) "
                        + "VALUES (1, 'editor', 'Editor', 'Person', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
                handle.execute(MANY_PUBLIC_ARTICLES, ARTICLES);
                handle.execute("INSERT INTO article_search (article_id, title, lead, questions) "
                        + "SELECT id, title, lead, '' FROM article");
                handle.execute("ANALYZE");
            });
            String search = ClasspathSqlLocator.removingComments().locate(H2SearchRepository.class, "search");

            String plan = QueryPlans.plan(database, search, explained -> explained
                    .bind("ids", new Long[] {3L, 1L, 2L}).bind("phrase", "SLEEP")
                    .bind("t0", "SLEEP").bind("t1", "\u0001").bind("t2", "\u0001").bind("t3", "\u0001")
                    .bind("t4", "\u0001").bind("t5", "\u0001").bind("t6", "\u0001").bind("t7", "\u0001")
                    .bind("now", Instant.now()).bind("limit", 10).bind("offset", 0));

            assertTrue(plan.matches("(?s).*/\\* PUBLIC\\.\\w+: ID = CANDIDATE\\.ID \\*/.*"), plan);
            assertFalse(plan.contains("ANY("), plan);
            assertFalse(plan.contains("function: "), plan);
        }
    }
}
