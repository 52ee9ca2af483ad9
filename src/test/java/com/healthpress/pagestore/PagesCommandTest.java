package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.Commands;
import com.healthpress.TestDatabases;
import com.healthpress.cache.CachedPage;
import com.healthpress.config.Config;
import com.healthpress.storage.Database;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code pages status} counts what the store holds; {@code pages rebuild} has every stored page rendered again. */
class PagesCommandTest {

    private final String databaseUrl = TestDatabases.fresh();

    @Test
    void statusCountsTheStoredPagesAndRebuildMarksThemAllToBeRenderedAgain() {
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(databaseUrl)) {
            // Stored for the settings the command reads from its environment (the defaults here).
            PageStore store = new PageStore(database.jdbi(), StoredTexts.filesOf(databaseUrl), BuildVersion.current(),
                    BuildVersion.ofSettings(
                    "http://localhost:" + Config.DEFAULT_PORT, Config.DEFAULT_SITE_NAME), () -> 0, clock);
            for (String key : new String[] {"/", "/articles/one", "/articles/two"}) {
                store.store(key, CachedPage.of(("<p>" + key + "</p>").getBytes(StandardCharsets.UTF_8),
                        "text/html; charset=utf-8", clock.instant(), Set.of("listings")), store.changeMark());
            }
        }

        String before = run("pages", "status");
        String rebuilt = run("pages", "rebuild");
        String after = run("pages", "status");

        assertTrue(before.startsWith("3 pages stored, 0.0 MB (gzip and Brotli); 0 stale and 0 of another build"),
                before);
        assertEquals("3 stored pages will be rendered again in the background by the running server, or the next "
                + "one to start\n", rebuilt);
        assertTrue(after.contains("0 stale and 3 of another build"), after);
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Commands.run(databaseUrl, Commands.print(out), Commands.print(err), args);
        assertEquals(0, exitCode, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
