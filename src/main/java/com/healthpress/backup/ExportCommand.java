package com.healthpress.backup;

import com.healthpress.Config;
import com.healthpress.storage.Database;
import com.healthpress.storage.DatabaseUrls;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code export FILE}: writes every account (with its password hash), image, article, FAQ item, reference,
 * revision and slug redirect to one JSON file (see {@link BackupFormat}), read from one consistent snapshot. It works
 * while servers run on the same database. The file is written beside FILE as FILE.tmp and renamed over FILE only
 * when complete, so FILE is always either the old export or the whole new one. Exit codes: 0 exported, 1 failed,
 * 2 wrong usage.
 */
public final class ExportCommand {

    static final String USAGE = "usage: healthpress export FILE";

    private ExportCommand() {
    }

    /** Returns the process exit code. */
    public static int run(Config config, List<String> args, PrintStream out, PrintStream err) {
        return run(config, args, Clock.systemUTC(), out, err);
    }

    static int run(Config config, List<String> args, Clock clock, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).isBlank() || args.get(0).startsWith("-")) {
            err.println("export: " + (args.isEmpty() ? "no file to write" : "unknown arguments " + args) + "\n"
                    + USAGE);
            return 2;
        }
        Path file;
        try {
            file = Path.of(args.get(0));
        } catch (InvalidPathException e) {
            err.println("export: " + args.get(0) + " is not a valid file name");
            return 2;
        }
        if (Files.isDirectory(file)) {
            err.println("export: " + file + " is a directory; name the file to write");
            return 2;
        }
        Database database;
        try {
            database = Database.open(config.databaseUrl());
        } catch (RuntimeException e) {
            err.println("export: " + DatabaseUrls.cannotOpen(config.databaseUrl(), e));
            return 1;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try (database) {
            BackupCounts counts = write(database, partial, clock);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            out.println("exported " + counts + " to " + file);
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("export: cannot write " + file + ": " + describe(e instanceof UncheckedIOException unchecked
                    ? unchecked.getCause() : (IOException) e));
        } catch (SQLException | RuntimeException e) {
            err.println("export: reading the database failed: " + e.getMessage());
        }
        deleteQuietly(partial);
        err.println("export: nothing was exported" + (Files.exists(file) ? "; " + file + " is as it was" : ""));
        return 1;
    }

    /**
     * Writes the export to {@code partial}, readable by its owner only since it holds password hashes, and forces it to
     * the disk, so that the rename publishes whole data.
     */
    private static BackupCounts write(Database database, Path partial, Clock clock) throws IOException, SQLException {
        Files.deleteIfExists(partial); // a partial file left by a crash: made anew, so with the permissions below
        try (FileChannel channel = create(partial)) {
            OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            BackupCounts counts = new Exporter(BackupFormat.json(), clock).export(database, stream);
            stream.flush();
            channel.force(true);
            return counts;
        }
    }

    private static FileChannel create(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(
                    EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(file, options); // not a POSIX file system: its own defaults
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a partial file left behind is named .tmp and replaced by the next export
        }
    }
}
