package com.healthpress.backup;

import com.healthpress.Config;
import com.healthpress.storage.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The export and restore commands run in this JVM, with what they print kept for the test to read. */
final class Backups {

    record Outcome(int exitCode, String out, String err) {
    }

    private Backups() {
    }

    static Outcome export(String databaseUrl, Path file) {
        return run((config, out, err) -> ExportCommand.run(config, List.of(file.toString()), Clock.systemUTC(), out,
                err), databaseUrl);
    }

    static Outcome restore(String databaseUrl, Path file) {
        return run((config, out, err) -> RestoreCommand.run(config, List.of(file.toString()), Clock.systemUTC(), out,
                err), databaseUrl);
    }

    static Config config(String databaseUrl) {
        return new Config(Config.DEFAULT_PORT, databaseUrl, "http://localhost", "Healthpress Test");
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

    static boolean isEmpty(String databaseUrl) {
        return rowCounts(databaseUrl).values().stream().allMatch(count -> count == 0);
    }

    private static long count(Handle handle, String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    private interface Command {
        int run(Config config, PrintStream out, PrintStream err);
    }

    private static Outcome run(Command command, String databaseUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(config(databaseUrl), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
