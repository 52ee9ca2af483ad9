package com.healthpress.backup;

import com.healthpress.Commands;
import com.healthpress.storage.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The export and restore commands run in this JVM as Main runs them, with what they print kept for the test. */
final class Backups {

    record Outcome(int exitCode, String out, String err) {
    }

    private Backups() {
    }

    static Outcome export(String databaseUrl, Path file) {
        return run(databaseUrl, "export", file.toString());
    }

    static Outcome restore(String databaseUrl, Path file) {
        return run(databaseUrl, "restore", file.toString());
    }

    /** The number of rows in every table an export holds, and in the search documents a restore makes. */
    static Map<String, Long> rowCounts(String databaseUrl) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            for (BackupFormat.Table table : BackupFormat.TABLES) {
                counts.put(table.name(), count(handle, table.name()));
            }
            counts.put("article_search", count(handle, "article_search"));
        }
        return counts;
    }

    /**
     * Whether the database holds nothing but what its migrations made: no rows at all, besides the four starter pages
     * with their first revisions and the untouched settings row.
     */
    static boolean isEmpty(String databaseUrl) {
        Map<String, Long> counts = rowCounts(databaseUrl);
        Map<String, Long> seeded = Map.of("page", 4L, "page_revision", 4L, "site_settings", 1L);
        boolean settingsUntouched;
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            settingsUntouched = handle.createQuery("SELECT COUNT(*) FROM site_settings WHERE version = 0")
                    .mapTo(Long.class).one() == 1;
        }
        return settingsUntouched && counts.entrySet().stream()
                .allMatch(count -> count.getValue().equals(seeded.getOrDefault(count.getKey(), 0L)));
    }

    private static long count(Handle handle, String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    private static Outcome run(String databaseUrl, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Commands.run(databaseUrl, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
