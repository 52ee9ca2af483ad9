package com.healthpress.backup;

import com.healthpress.Config;
import com.healthpress.storage.Database;
import com.healthpress.storage.DatabaseUrls;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code restore FILE}: loads an export into an empty database (brought up to date by Flyway first) in one
 * transaction, every row with its original id. A database with any article, account or image is refused, and so is a
 * file with any problem, which is reported with its line and column; either way nothing is stored. Exit codes:
 * 0 restored, 1 refused or failed, 2 wrong usage.
 */
public final class RestoreCommand {

    static final String USAGE = "usage: healthpress restore FILE   (into an empty database)";

    private RestoreCommand() {
    }

    /** Returns the process exit code. */
    public static int run(Config config, List<String> args, PrintStream out, PrintStream err) {
        return run(config, args, Clock.systemUTC(), out, err);
    }

    static int run(Config config, List<String> args, Clock clock, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).isBlank() || args.get(0).startsWith("-")) {
            err.println("restore: " + (args.isEmpty() ? "no file to restore" : "unknown arguments " + args) + "\n"
                    + USAGE);
            return 2;
        }
        Path file;
        try {
            file = Path.of(args.get(0));
        } catch (InvalidPathException e) {
            err.println("restore: " + args.get(0) + " is not a valid file name");
            return 2;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("restore: " + file + ": "
                    + (Files.exists(file) ? "not a file that can be read" : "no such file"));
            return 1;
        }
        Database database;
        try {
            database = Database.open(config.databaseUrl());
        } catch (RuntimeException e) {
            err.println("restore: " + DatabaseUrls.cannotOpen(config.databaseUrl(), e));
            return 1;
        }
        try (database; InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            BackupCounts counts = new Restorer(BackupFormat.json(), clock).restore(database, in);
            out.println("restored " + counts + " from " + file);
            return 0;
        } catch (RestoreException e) {
            err.println("restore: " + (e.inFile() ? file + ": " : "") + e.getMessage());
        } catch (IOException e) {
            err.println("restore: " + file + ": cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("restore: the database failed: " + e.getMessage());
        }
        err.println("restore: nothing was restored");
        return 1;
    }
}
