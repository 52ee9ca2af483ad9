package com.healthpress.importer;

import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.cli.CommandContext;
import com.healthpress.cli.ExitCode;
import com.healthpress.storage.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
@Command(name = "import", description = {"Imports article documents.",
        "UTF-8 files, stored as drafts unless --publish. Every file is checked (its slug too) before any is stored; "
                + "on a problem none is."})
public final class ImportCommand implements Callable<Integer> {

    @Option(names = "--publish", description = "publish the articles at once")
    private boolean publish;
    @Option(names = "--new-slug", description = "store a document whose slug is taken under a numbered one "
            + "(slug-2, slug-3...) instead of refusing it")
    private boolean newSlug;
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "an article document")
    private List<String> files;

    private final CommandContext context;

    public ImportCommand(CommandContext context) {
        this.context = context;
    }

    /** A file read and checked, ready to store. */
    private record Checked(String file, ParsedDocument document) {
    }

    @Override
    public Integer call() {
        List<Checked> documents = readAll(files, context.err());
        if (documents.size() < files.size()) {
            context.err().println("import: nothing was imported");
            return ExitCode.FAILED;
        }
        return store(documents, newSlug ? TakenSlug.NUMBER : TakenSlug.REJECT);
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

    private int store(List<Checked> documents, TakenSlug takenSlug) {
        PrintStream err = context.err();
        try (Database database = context.openDatabase()) {
            ArticleImporter importer = new ArticleImporter(new ArticleService(database.jdbi(), context.clock(),
                    new ChangeFeed(database.jdbi(), context.clock())),
                    context.clock());
            if (takenSlug == TakenSlug.REJECT && !slugsFree(importer, documents, err)) {
                err.println("import: nothing was imported");
                return ExitCode.FAILED;
            }
            for (Checked document : documents) {
                try {
                    context.out().println("imported " + importer.store(document.document(), publish, takenSlug,
                            ArticleImporter.COMMAND_LINE).article().slug());
                } catch (ImportException e) {
                    err.println(document.file() + ": " + e.getMessage());
                    return ExitCode.FAILED;
                } catch (RuntimeException e) {
                    err.println(document.file() + ": cannot be stored: " + e.getMessage());
                    return ExitCode.FAILED;
                }
            }
            return ExitCode.DONE;
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
