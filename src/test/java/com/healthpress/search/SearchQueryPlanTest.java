package com.healthpress.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import java.time.Instant;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.Test;

/**
 * H2 ranks the full-text candidates by looking each one up by its key, once: a search for a common word has 5,000
 * candidates, and checking every row against the whole list of ids again took a third of a second per search.
 */
class SearchQueryPlanTest {

    @Test
    void eachCandidateIsLookedUpByItsKeyWithoutAPerRowCheckAgainstTheList() {
        try (Database database = Database.open(TestDatabases.fresh())) {
            assumeFalse(database.isPostgres(), "H2's planner only");
            String search = ClasspathSqlLocator.removingComments().locate(H2SearchRepository.class, "search");
            String plan = database.jdbi().withHandle(handle -> handle.createQuery("EXPLAIN " + search)
                    .bind("ids", new Long[] {3L, 1L, 2L}).bind("phrase", "SLEEP")
                    .bind("t0", "SLEEP").bind("t1", "\u0001").bind("t2", "\u0001").bind("t3", "\u0001")
                    .bind("t4", "\u0001").bind("t5", "\u0001").bind("t6", "\u0001").bind("t7", "\u0001")
                    .bind("now", Instant.parse("2026-06-01T12:00:00Z")).bind("limit", 10).bind("offset", 0)
                    .mapTo(String.class).one());

            assertTrue(plan.contains("ID = CANDIDATE.ID"), plan);
            assertFalse(plan.contains("ANY("), plan);
        }
    }
}
