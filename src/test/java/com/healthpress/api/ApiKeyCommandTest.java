package com.healthpress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.Commands;
import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** {@code apikey create|list|revoke} against a real database. */
class ApiKeyCommandTest {

    private final String databaseUrl = TestDatabases.fresh();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Commands.run(databaseUrl, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private boolean authenticates(String key) {
        try (Database database = Database.open(databaseUrl)) {
            return new ApiKeys(database.jdbi(), Clock.systemUTC()).authenticate(key).isPresent();
        }
    }

    @Test
    void createPrintsAKeyOnceThatTheApiTakesAndRevokeEndsIt() {
        assertEquals(0, run("apikey", "create", "Newsletter"), err.toString());
        String key = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(key.matches("hp_[A-Za-z0-9_-]{43}"), key);
        assertTrue(authenticates(key));

        assertEquals(0, run("apikey", "list"));
        String listed = out.toString(StandardCharsets.UTF_8);
        assertTrue(listed.startsWith("1\tactive\t" + key.substring(0, 10) + "…\tNewsletter"), listed);
        assertTrue(!listed.contains(key), "the list never shows a whole key");

        assertEquals(0, run("apikey", "revoke", "1"));
        assertTrue(!authenticates(key));
        assertEquals(1, run("apikey", "revoke", "1"), "a revoked key cannot be revoked again");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no active key has the id 1"));
    }

    @Test
    void aBlankNameIsRefusedWithTheReason() {
        assertEquals(1, run("apikey", "create", "  "));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("name must be 1 to 100 characters"));
    }
}
