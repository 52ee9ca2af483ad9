package com.healthpress.backup;

import com.healthpress.cli.CommandContext;
import com.healthpress.cli.ExitCode;
import com.healthpress.cli.FileName;
import com.healthpress.storage.Database;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code export FILE}: writes every account (with its password hash), image, article, FAQ item, reference,
 * revision and slug redirect to one JSON file (see {@link BackupFormat}), read from one consistent snapshot. It works
 * while servers run on the same database. The file is written beside FILE as FILE.tmp and renamed over FILE only
 * when complete, so FILE is always either the old export or the whole new one. Exit codes: 0 exported, 1 failed,
 * 2 wrong usage.
 */
@Command(name = "export", description = {"Writes the whole site to one JSON file.",
        "Articles, revisions, images and admin accounts (password hashes, never passwords) from one consistent "
                + "snapshot; works while the server runs. Keep the file private."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", converter = FileName.class, description = "the file to write; an older one is "
            + "replaced only by a complete export")
    private Path file;

    private final CommandContext context;

    public ExportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintStream err = context.err();
        if (Files.isDirectory(file)) {
            err.println("export: " + file + " is a directory; name the file to write");
            return ExitCode.USAGE;
        }
        Database database = context.openDatabase();
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try (database) {
            BackupCounts counts = write(database, partial, context.clock());
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            context.out().println("exported " + counts + " to " + file);
            return ExitCode.DONE;
        } catch (IOException | UncheckedIOException e) {
            err.println("export: cannot write " + file + ": " + describe(e instanceof UncheckedIOException unchecked
                    ? unchecked.getCause() : (IOException) e));
        } catch (SQLException | RuntimeException e) {
            err.println("export: reading the database failed: " + e.getMessage());
        }
        deleteQuietly(partial);
        err.println("export: nothing was exported" + (Files.exists(file) ? "; " + file + " is as it was" : ""));
        return ExitCode.FAILED;
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
