package com.healthpress.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A database opened in the background hands out a {@link org.jdbi.v3.core.Jdbi} at once; what uses it waits until
 * the schema is current, and a failed opening is reported with its own exception, never wrapped.
 */
class DatabaseOpeningTest {

    @Test
    void workGivenBeforeTheOpeningEndsFindsTheMigratedSchema() throws Exception {
        try (Database database = Database.openInBackground(TestDatabases.fresh())) {
            CompletableFuture<Integer> articles = CompletableFuture.supplyAsync(() -> database.jdbi().withHandle(
                    handle -> handle.createQuery("SELECT COUNT(*) FROM article").mapTo(Integer.class).one()));
            CompletableFuture<Boolean> current = database.whenOpen(() -> { }).thenApply(done -> isCurrent(database));

            assertEquals(0, articles.get(60, TimeUnit.SECONDS));
            assertTrue(current.get(60, TimeUnit.SECONDS));
        }
    }

    /** A render of every article reads the whole table: H2's 16 MB cache of its pages filled the old generation. */
    @Test
    void anH2DatabaseKeepsASmallPageCacheUnlessItsUrlNamesOne() throws Exception {
        String url = "jdbc:h2:file:" + java.nio.file.Files.createTempDirectory("healthpress-h2-cache").resolve("db");
        try (Database database = Database.open(url)) {
            assertEquals(String.valueOf(Database.H2_CACHE_KB), h2CacheSize(database));
        }
        try (Database database = Database.open(url + ";CACHE_SIZE=8192")) {
            assertEquals("8192", h2CacheSize(database));
        }
    }

    private static String h2CacheSize(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")
                .mapTo(String.class).one());
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsWithTheReasonAndNothingWaitsForever() {
        String unreachable = "jdbc:postgresql://127.0.0.1:1/none?user=none&password=none&connectTimeout=2";

        HikariPool.PoolInitializationException failure = assertThrows(HikariPool.PoolInitializationException.class,
                () -> Database.open(unreachable));
        assertTrue(failure.getMessage().contains("127.0.0.1:1"), failure.getMessage());

        Database inBackground = Database.openInBackground(unreachable);
        assertThrows(HikariPool.PoolInitializationException.class,
                () -> inBackground.jdbi().withHandle(handle -> handle.select("SELECT 1").mapTo(Integer.class).one()));
        assertThrows(HikariPool.PoolInitializationException.class, inBackground::awaitOpen);
        inBackground.close();
    }

    private static boolean isCurrent(Database database) {
        return database.jdbi().withHandle(handle -> {
            try {
                return SchemaVersion.isCurrent(handle.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
