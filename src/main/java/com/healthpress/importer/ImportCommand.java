package com.healthpress.importer;

import com.healthpress.Config;
import com.healthpress.article.ArticleService;
import com.healthpress.storage.Database;
import com.healthpress.storage.DatabaseUrls;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code import [--publish] [--new-slug] FILE...}: imports article documents (UTF-8) into the configured database,
 * as drafts unless {@code --publish}. A {@code slug} that a document gives and another article (or an earlier
 * file of the same run) has is an error, unless {@code --new-slug} asks for it to be numbered ("-2", "-3"…).
 *
 * <p>Every file is read and checked (its slug too) before anything is stored: if any file cannot be read or imported, each
 * problem is printed as {@code FILE: line N, column M: …} and nothing at all is stored (exit 1). Otherwise each
 * document is stored in its own transaction and {@code imported SLUG} is printed; should the database fail
 * part-way, the documents already stored stay stored. Warnings go to standard error as {@code FILE: line N: …}
 * and do not stop the import. Exit codes: 0 imported, 1 not imported, 2 wrong usage.
 *
 * <p>It works beside a running server on the same H2 file database (the default URL has
 * {@code AUTO_SERVER=TRUE}); the site shows the new articles without a restart.
 */
public final class ImportCommand {

    static final String USAGE = "usage: healthpress import [--publish] [--new-slug] FILE...";

    private ImportCommand() {
    }

    /** A file read and checked, ready to store. */
    private record Checked(String file, ParsedDocument document) {
    }

    /** Returns the process exit code: 0 when every file imported. */
    public static int run(Config config, List<String> args, PrintStream out, PrintStream err) {
        boolean publish = false;
        TakenSlug takenSlug = TakenSlug.REJECT;
        List<String> files = new ArrayList<>();
        boolean options = true;
        for (String arg : args) {
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.equals("--publish")) {
                publish = true;
            } else if (options && arg.equals("--new-slug")) {
                takenSlug = TakenSlug.NUMBER;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                err.println("import: unknown option " + arg + "\n" + USAGE);
                return 2;
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            err.println("import: no files to import\n" + USAGE);
            return 2;
        }

        List<Checked> documents = readAll(files, err);
        if (documents.size() < files.size()) {
            err.println("import: nothing was imported");
            return 1;
        }
        return store(config, documents, publish, takenSlug, out, err);
    }

    /** The files that read, printing the warnings of each and the error of every file that does not read. */
    private static List<Checked> readAll(List<String> files, PrintStream err) {
        List<Checked> documents = new ArrayList<>();
        for (String file : files) {
            try {
                ParsedDocument document = DocumentParser.parse(readUtf8(file));
                document.warnings().forEach(warning -> err.println(file + ": " + warning));
                documents.add(new Checked(file, document));
            } catch (ImportException | UnreadableFile e) {
                err.println(file + ": " + e.getMessage());
            }
        }
        return documents;
    }

    private static int store(Config config, List<Checked> documents, boolean publish, TakenSlug takenSlug,
                             PrintStream out, PrintStream err) {
        Database database;
        try {
            database = Database.open(config.databaseUrl());
        } catch (RuntimeException e) {
            err.println("import: " + DatabaseUrls.cannotOpen(config.databaseUrl(), e));
            return 1;
        }
        try (database) {
            ArticleImporter importer = new ArticleImporter(new ArticleService(database.jdbi(), Clock.systemUTC()),
                    Clock.systemUTC());
            if (takenSlug == TakenSlug.REJECT && !slugsFree(importer, documents, err)) {
                err.println("import: nothing was imported");
                return 1;
            }
            for (Checked document : documents) {
                try {
                    out.println("imported " + importer.store(document.document(), publish, takenSlug,
                            ArticleImporter.COMMAND_LINE).article().slug());
                } catch (ImportException e) {
                    err.println(document.file() + ": " + e.getMessage());
                    return 1;
                } catch (RuntimeException e) {
                    err.println(document.file() + ": cannot be stored: " + e.getMessage());
                    return 1;
                }
            }
            return 0;
        }
    }

    /** Whether no document gives a slug that is stored already or given by an earlier document; prints each. */
    private static boolean slugsFree(ArticleImporter importer, List<Checked> documents, PrintStream err) {
        Set<String> given = new HashSet<>();
        boolean free = true;
        for (Checked document : documents) {
            Optional<WantedSlug> wanted = document.document().wantedSlug();
            boolean taken = wanted.isPresent()
                    && (!given.add(wanted.get().slug()) || importer.givesATakenSlug(document.document()));
            if (taken) {
                err.println(document.file() + ": " + wanted.get().taken().getMessage());
                free = false;
            }
        }
        return free;
    }

    private static String readUtf8(String name) throws UnreadableFile {
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UnreadableFile("is not a valid file name");
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableFile("is a directory, not a document");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UnreadableFile("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableFile("cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("is not UTF-8 text");
        } catch (IOException e) {
            throw new UnreadableFile("cannot be read: " + e.getMessage());
        }
    }

    /** A file that is missing, unreadable or not UTF-8. */
    private static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }
}
