package com.healthpress.backup;

import com.healthpress.changes.ChangeFeed;
import com.healthpress.cli.CommandContext;
import com.healthpress.cli.ExitCode;
import com.healthpress.cli.FileName;
import com.healthpress.storage.Database;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: loads an export into an empty database (brought up to date by Flyway first) in one
 * transaction, every row with its original id. A database with any article, account or image is refused, and so is a
 * file with any problem, which is reported with its line and column; either way nothing is stored. Exit codes:
 * 0 restored, 1 refused or failed, 2 wrong usage.
 */
@Command(name = "restore", description = {"Loads an export into an empty database.",
        "In one transaction, H2 or PostgreSQL either way round; on any problem nothing is stored."})
public final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", converter = FileName.class, description = "a file that export wrote")
    private Path file;

    private final CommandContext context;

    public RestoreCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintStream err = context.err();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("restore: " + file + ": "
                    + (Files.exists(file) ? "not a file that can be read" : "no such file"));
            return ExitCode.FAILED;
        }
        Database database = context.openDatabase();
        try (database; InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            BackupCounts counts = new Restorer(BackupFormat.json(), new ChangeFeed(database.jdbi(), context.clock()))
                    .restore(database, in);
            context.out().println("restored " + counts + " from " + file);
            return ExitCode.DONE;
        } catch (RestoreException e) {
            err.println("restore: " + (e.inFile() ? file + ": " : "") + e.getMessage());
        } catch (IOException e) {
            err.println("restore: " + file + ": cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("restore: the database failed: " + e.getMessage());
        }
        err.println("restore: nothing was restored");
        return ExitCode.FAILED;
    }
}
