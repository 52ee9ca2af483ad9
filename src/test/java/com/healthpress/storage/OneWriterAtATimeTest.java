package com.healthpress.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.healthpress.TestDatabases;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On H2, a transaction that has written keeps every other write waiting until it has committed or rolled back. */
class OneWriterAtATimeTest {

    /** How long a second write is given to (wrongly) get through while the first transaction is still open. */
    private static final long A_WHILE_MS = 500;

    /** Each piece of background work on a thread of its own: the common pool has one thread on two cores. */
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private Database database;

    @BeforeEach
    void openAnH2Database() {
        assumeFalse(TestDatabases.postgresRequested(), "PostgreSQL writes its transactions whole by itself");
        database = Database.open(TestDatabases.fresh());
        database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(40))"));
    }

    @AfterEach
    void closeIt() {
        threads.shutdownNow();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSecondWriteWaitsUntilTheWritingTransactionHasCommitted() throws Exception {
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> first = writtenAndHeldOpenUntil(mayCommit);

        CompletableFuture<Void> second = inTheBackground(() -> database.jdbi().useHandle(handle -> insert(handle, 2)));

        assertStillWaiting(second);
        mayCommit.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(1, 2), ids());
    }

    @Test
    void readsDoNotWaitForTheWritingTransaction() throws Exception {
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> first = writtenAndHeldOpenUntil(mayCommit);

        List<Integer> seenMeanwhile = CompletableFuture.supplyAsync(this::ids, threads).get(10, TimeUnit.SECONDS);

        mayCommit.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), seenMeanwhile);
    }

    @Test
    void aRolledBackTransactionLetsTheNextWriteThrough() throws Exception {
        database.jdbi().useHandle(handle -> {
            handle.begin();
            insert(handle, 1);
            handle.rollback();
        });

        inTheBackground(() -> database.jdbi().useHandle(handle -> insert(handle, 2))).get(10, TimeUnit.SECONDS);

        assertEquals(List.of(2), ids());
    }

    @Test
    void aConnectionClosedInTheMiddleOfATransactionLetsTheNextWriteThrough() throws Exception {
        try (Handle handle = database.jdbi().open()) {
            handle.getConfig(Handles.class).setForceEndTransactions(false);
            handle.getConnection().setAutoCommit(false);
            insert(handle, 1);
        }

        inTheBackground(() -> database.jdbi().useHandle(handle -> insert(handle, 2))).get(10, TimeUnit.SECONDS);

        assertEquals(List.of(2), ids());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 1", "  select * from article", "WITH x AS (SELECT 1) SELECT * FROM x",
            "/* newest */ SELECT id FROM article", "-- by date\nSELECT id FROM article", "(SELECT 1) UNION (SELECT 2)",
            "EXPLAIN SELECT 1", "VALUES (1)"})
    void plainReadsAreNotWrites(String sql) {
        assertFalse(OneWriterAtATime.writes(sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO note VALUES (1, 'a')", "update note set text = 'b'", "DELETE FROM note",
            "MERGE INTO note KEY(id) VALUES (1, 'c')", "SET WRITE_DELAY 0", "CALL FT_REINDEX()",
            "SELECT id FROM note WHERE id = 1 FOR UPDATE", "select id from note for\n update", "BACKUP TO 'x.zip'",
            "/* SELECT */ DELETE FROM note", ""})
    void everythingElseIsAWrite(String sql) {
        assertTrue(OneWriterAtATime.writes(sql));
    }

    /** A transaction in the background that has inserted row 1 and commits once {@code mayCommit} is counted down. */
    private CompletableFuture<Void> writtenAndHeldOpenUntil(CountDownLatch mayCommit) throws InterruptedException {
        CountDownLatch hasWritten = new CountDownLatch(1);
        CompletableFuture<Void> transaction = inTheBackground(() -> database.jdbi().useTransaction(handle -> {
            insert(handle, 1);
            hasWritten.countDown();
            mayCommit.await();
        }));
        hasWritten.await();
        return transaction;
    }

    private static void insert(Handle handle, int id) {
        handle.createUpdate("INSERT INTO note (id, text) VALUES (:id, 'note')").bind("id", id).execute();
    }

    private List<Integer> ids() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM note ORDER BY id")
                .mapTo(Integer.class).list());
    }

    private CompletableFuture<Void> inTheBackground(Executable work) {
        return CompletableFuture.runAsync(() -> {
            try {
                work.execute();
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }, threads);
    }

    private static void assertStillWaiting(CompletableFuture<Void> write) throws Exception {
        try {
            write.get(A_WHILE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException expected) {
            return;
        }
        throw new AssertionError("the second write went through while the first transaction was still open");
    }
}
