package com.healthpress.storage;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.ProxiedDatabase;
import com.healthpress.TcpProxy;
import com.healthpress.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * A database that goes away is noticed within a slice of the pool's wait and then refused at once until a probe
 * finds it back; a pool that is only busy keeps its callers waiting as before.
 */
class DatabaseHealthTest {

    private static final Duration NOTICED_WITHIN = Duration.ofMillis(2_500);
    private static final Duration REFUSED_WITHIN = Duration.ofMillis(250);

    @Test
    void aStoppedDatabaseIsNoticedWithinASliceThenRefusedAtOnceUntilItIsBack() {
        loseAndRecover(TcpProxy::cut);
    }

    @Test
    void aDatabaseThatStopsAnsweringNewConnectionsIsNoticedWithinASliceToo() {
        loseAndRecover(TcpProxy::stall);
    }

    private static void loseAndRecover(Consumer<TcpProxy> takeAway) {
        try (ProxiedDatabase proxied = ProxiedDatabase.start(); Database database = Database.open(proxied.url())) {
            assertEquals(1, selectOne(database));

            takeAway.accept(proxied.proxy());

            RuntimeException first = assertThrows(RuntimeException.class, () -> timed(database, NOTICED_WITHIN));
            assertTrue(DatabaseUnavailable.explains(first), first.toString());
            await("the outage is noticed").atMost(NOTICED_WITHIN).pollInterval(Duration.ofMillis(10))
                    .until(() -> failure(database) instanceof DatabaseUnavailable);
            for (int i = 0; i < 20; i++) {
                assertThrows(DatabaseUnavailable.class, () -> timed(database, REFUSED_WITHIN));
            }

            proxied.proxy().restore();

            await("the database is back").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                    .until(() -> failure(database) == null);
            assertEquals(1, selectOne(database));
        }
    }

    @Test
    void aBusyPoolKeepsItsCallersWaitingInsteadOfRefusingThem() throws Exception {
        try (Database database = Database.open(TestDatabases.fresh())) {
            List<Handle> held = new ArrayList<>();
            try {
                for (int i = 0; i < 10; i++) {
                    Handle handle = database.jdbi().open();
                    handle.getConnection().isValid(1);
                    held.add(handle);
                }
                CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> selectOne(database));

                assertThrows(TimeoutException.class, () -> waiting.get(3 * DatabaseHealth.SLICE.toMillis(),
                        TimeUnit.MILLISECONDS), "still waiting after three slices");
                held.remove(0).close();

                assertEquals(1, waiting.get(10, TimeUnit.SECONDS));
            } finally {
                held.forEach(Handle::close);
            }
        }
    }

    @Test
    void onlyFailuresOfTheConnectionExplainA503() {
        assertTrue(DatabaseUnavailable.explains(new RuntimeException(new java.sql.SQLException("I/O", "08006"))));
        assertTrue(DatabaseUnavailable.explains(new java.sql.SQLException("shutting down", "57P01")));
        assertTrue(DatabaseUnavailable.explains(new java.sql.SQLException("broken", "90067", 90067)));
        // What H2's client throws when its TCP connection ends in the middle of a statement (seen in the outage test).
        assertTrue(DatabaseUnavailable.explains(new java.sql.SQLException(
                "IO Exception: \"java.io.EOFException\"", "90028", 90028)));
        assertTrue(DatabaseUnavailable.explains(new java.sql.SQLTransientConnectionException("timeout")));
        assertTrue(!DatabaseUnavailable.explains(new java.sql.SQLException("duplicate", "23505")));
        assertTrue(!DatabaseUnavailable.explains(new java.sql.SQLException("syntax", "42601")));
        assertTrue(!DatabaseUnavailable.explains(new IllegalStateException("a bug")));
    }

    private static int selectOne(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    private static RuntimeException failure(Database database) {
        try {
            selectOne(database);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Runs a query, failing the test when it took longer than {@code limit}, whether it answered or threw. */
    private static void timed(Database database, Duration limit) {
        Instant start = Instant.now();
        try {
            selectOne(database);
        } finally {
            Duration took = Duration.between(start, Instant.now());
            assertTrue(took.compareTo(limit) <= 0, "took " + took.toMillis() + " ms");
        }
    }
}
