package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.healthpress.QueryPlans;
import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import com.healthpress.storage.Dialect;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each batch of the background renderer's queue reads its rows in an index's order and stops after the batch, however
 * many pages wait: H2 says so in its plan ("index sorted", all columns). A plan that sorts what the index gives
 * ("index sorted: 1 of 2 columns") reads every waiting page for each batch. PostgreSQL reads an index backwards by
 * itself.
 */
class RenderQueueQueryPlansTest {

    static Stream<Arguments> queries() {
        return Stream.of(Arguments.of("stale pages", StoredPageRepository.STALE),
                Arguments.of("pages to render again", StoredPageRepository.TO_RENDER_AGAIN));
    }

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(TestDatabases.fresh());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aBatchOfTheQueueReadsItsRowsInIndexOrder(String name, String query) {
        assumeFalse(database.dialect() == Dialect.POSTGRESQL, "H2's planner only");
        String plan = QueryPlans.plan(database, query,
                explained -> explained.bind("renderer", "build-1").bind("limit", 200));
        assertTrue(plan.contains(QueryPlans.INDEX_SORTED), name + ":\n" + plan);
    }

    @org.junit.jupiter.api.Test
    void whetherPagesOfOtherBuildsWaitIsAskedOfTheRenderersIndex() {
        assumeFalse(database.dialect() == Dialect.POSTGRESQL, "H2's planner only");
        String plan = QueryPlans.plan(database, StoredPageRepository.OF_OTHER_BUILDS,
                explained -> explained.bind("renderer", "build-1"));
        assertTrue(plan.contains("STORED_PAGE_BY_RENDERER: RENDERER < ")
                && plan.contains("STORED_PAGE_BY_RENDERER: RENDERER > "), plan);
    }
}
