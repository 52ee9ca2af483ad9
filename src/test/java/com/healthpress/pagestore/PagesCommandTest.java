package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    @Test
    void compactDeletesOldFilesOfPagesNoLongerStoredAndKeepsTheStoredOnes() throws Exception {
        Clock clock = Clock.systemUTC();
        PageFiles files = StoredTexts.filesOf(databaseUrl);
        CachedPage kept = CachedPage.of("<p>kept</p>".getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                clock.instant(), Set.of("listings"));
        try (Database database = Database.open(databaseUrl)) {
            PageStore store = new PageStore(database.jdbi(), files, BuildVersion.current(), "any", () -> 0, clock);
            store.store("/", kept, store.changeMark());
        }
        files.write("replaced-long-ago", PageFiles.GZIP, new byte[] {1});
        try (var all = java.nio.file.Files.walk(files.directory())) {
            for (java.nio.file.Path file : all.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                        clock.instant().minus(java.time.Duration.ofHours(2))));
            }
        }

        assertEquals("1 page files deleted\n", run("pages", "compact"));
        assertEquals(null, files.read("replaced-long-ago", PageFiles.GZIP));
        assertArrayEquals(kept.gzip(), files.read(kept.etag(), PageFiles.GZIP));
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Commands.run(databaseUrl, Commands.print(out), Commands.print(err), args);
        assertEquals(0, exitCode, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
