package com.healthpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.storage.Database;
import com.healthpress.storage.Dialect;
import java.io.IOException;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The test databases: of the kind the test run asks for, new each time, and a clear failure without a server. */
class TestDatabasesTest {

    @Test
    void theSuiteRunsOnTheDatabaseTheRunAsksFor() throws SQLException {
        try (Database database = Database.open(TestDatabases.fresh())) {
            Jdbi jdbi = database.jdbi();
            String product = jdbi.withHandle(handle -> handle.getConnection().getMetaData().getDatabaseProductName());
            if (TestDatabases.postgresRequested()) {
                assertEquals(Dialect.POSTGRESQL, database.dialect());
                String version = jdbi.withHandle(handle -> handle.createQuery("SELECT version()")
                        .mapTo(String.class).one());
                assertTrue(version.startsWith("PostgreSQL "), version);
            } else {
                assertEquals(Dialect.H2, database.dialect());
                assertEquals("H2", product);
            }
        }
    }

    @Test
    void eachFreshDatabaseIsNewAndHasTheSchema() {
        String first = TestDatabases.fresh();
        String second = TestDatabases.fresh();
        assertNotEquals(first, second);
        try (Database one = Database.open(first); Database other = Database.open(second)) {
            one.jdbi().useHandle(handle -> handle.execute("INSERT INTO setup_token (token_hash, created_at) "
                    + "VALUES ('abc', CURRENT_TIMESTAMP)"));

            long tokens = other.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM setup_token")
                    .mapTo(Long.class).one());
            assertEquals(0, tokens);
        }
    }

    @Test
    void anUnreachablePostgresServerFailsWithAMessageSayingWhatToDo() throws IOException {
        int closedPort = TestPorts.freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/healthpress_test?user=healthpress&password=secret";

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> TestDatabases.freshPostgres(url));

        assertTrue(failure.getMessage().contains("127.0.0.1:" + closedPort), failure.getMessage());
        assertTrue(failure.getMessage().contains("./test.sh"), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
    }

    @Test
    void aServerUrlOfAnotherShapeIsRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> TestDatabases.freshPostgres("jdbc:h2:mem:x;PASSWORD=secret"));

        assertTrue(failure.getMessage().contains(TestDatabases.SERVER_URL), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
    }
}
