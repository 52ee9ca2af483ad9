package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.Commands;
import com.healthpress.TestDatabases;
import com.healthpress.article.ArticleStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import [--publish] FILE...} against a real database. */
class ImportCommandTest {

    @TempDir
    Path directory;

    private final String url = TestDatabases.fresh();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importsEachFileAndPrintsItsSlug() {
        int exit = run("--publish", Documents.path("seed.txt").toString(), Documents.path("meta-wins.txt").toString());

        assertEquals(0, exit, stderr());
        assertEquals(List.of("imported strategies-navigating-sex-back-pain-relief-emotional",
                "imported iron-deficiency-without-anaemia"), stdout().lines().toList());
        assertEquals("", stderr());
        try (TestDatabase database = database()) {
            assertEquals(2, database.articleRows());
            assertEquals(ArticleStatus.PUBLISHED,
                    database.articles().findBySlug("iron-deficiency-without-anaemia").orElseThrow().status());
        }
    }

    @Test
    void importsDraftsWithoutPublish() {
        assertEquals(0, run(Documents.path("no-faq.txt").toString()), stderr());

        try (TestDatabase database = database()) {
            assertEquals(ArticleStatus.DRAFT,
                    database.articles().findBySlug("stretching-after-desk-work").orElseThrow().status());
        }
    }

    @Test
    void sameDocumentImportedTwiceGetsANumberedSlug() {
        String seed = Documents.path("seed.txt").toString();

        assertEquals(0, run(seed), stderr());
        assertEquals(0, run(seed, seed), stderr());
        assertEquals(List.of("imported strategies-navigating-sex-back-pain-relief-emotional",
                "imported strategies-navigating-sex-back-pain-relief-emotional-2",
                "imported strategies-navigating-sex-back-pain-relief-emotional-3"), stdout().lines().toList());
    }

    @Test
    void warningsGoToStandardErrorWithTheFileName() {
        String file = Documents.path("faq-differs.txt").toString();

        assertEquals(0, run(file));
        List<String> warnings = stderr().lines().toList();
        assertEquals(2, warnings.size(), stderr());
        assertTrue(warnings.get(0).startsWith(file + ": line 16: the answer to the FAQ question"), warnings.get(0));
    }

    @Test
    void aBrokenFileFailsTheRunAndNothingIsWritten() throws IOException {
        Path broken = directory.resolve("broken.txt");
        Files.writeString(broken, Documents.read("seed.txt").replace("===SCHEMA_JSON_END===", ""));

        int exit = run(Documents.path("meta-wins.txt").toString(), broken.toString());

        assertEquals(1, exit);
        assertEquals("", stdout());
        assertTrue(stderr().contains(broken + ": line 82: ===SCHEMA_JSON_START=== has no matching "
                + "===SCHEMA_JSON_END==="), stderr());
        try (TestDatabase database = database()) {
            assertEquals(0, database.articleRows());
            assertEquals(0, database.faqRows());
        }
    }

    @Test
    void aDocumentCutOffAfterItsLeadFailsThePublishAndNothingIsWritten() throws IOException {
        Path cutOff = directory.resolve("cut-off.txt");
        Files.writeString(cutOff, String.join("\n", Documents.read("seed.txt").lines().limit(57).toList()));

        int exit = run("--publish", cutOff.toString());

        assertEquals(1, exit);
        assertEquals("", stdout());
        assertTrue(stderr().startsWith(cutOff + ": line 57, column "), stderr());
        assertTrue(stderr().contains("the article has no sections"), stderr());
        try (TestDatabase database = database()) {
            assertEquals(0, database.articleRows());
        }
    }

    @Test
    void aSlugThatIsTakenFailsTheRunNamingItAndNothingIsWritten() {
        assertEquals(0, run(Documents.path("meta-wins.txt").toString()), stderr());
        out.reset();

        int exit = run(Documents.path("seed.txt").toString(), Documents.path("meta-wins.txt").toString());

        assertEquals(1, exit);
        assertEquals("", stdout());
        assertTrue(stderr().startsWith(Documents.path("meta-wins.txt") + ": line 42, column "), stderr());
        assertTrue(stderr().contains("\"iron-deficiency-without-anaemia\" is taken"), stderr());
        assertTrue(stderr().contains("--new-slug"), stderr());
        try (TestDatabase database = database()) {
            assertEquals(1, database.articleRows());
        }
    }

    @Test
    void twoDocumentsGivingTheSameSlugFailTheRunAndNothingIsWritten() {
        String document = Documents.path("meta-wins.txt").toString();

        assertEquals(1, run(document, document));

        assertTrue(stderr().contains("\"iron-deficiency-without-anaemia\" is taken"), stderr());
        try (TestDatabase database = database()) {
            assertEquals(0, database.articleRows());
        }
    }

    @Test
    void newSlugStoresADocumentWhoseSlugIsTakenUnderANumberedOne() {
        String document = Documents.path("meta-wins.txt").toString();
        assertEquals(0, run(document), stderr());

        assertEquals(0, run("--new-slug", document, document), stderr());

        assertEquals(List.of("imported iron-deficiency-without-anaemia", "imported iron-deficiency-without-anaemia-2",
                "imported iron-deficiency-without-anaemia-3"), stdout().lines().toList());
    }

    @Test
    void aMissingFileIsAClearError() {
        Path missing = directory.resolve("missing.txt");

        assertEquals(1, run(missing.toString()));
        assertTrue(stderr().startsWith(missing + ": no such file\n"), stderr());
    }

    @Test
    void aFileThatIsNotUtf8IsAClearError() throws IOException {
        Path latin1 = directory.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(1, run(latin1.toString()));
        assertTrue(stderr().startsWith(latin1 + ": is not UTF-8 text\n"), stderr());
    }

    @Test
    void unknownOptionOrNoFilesPrintsUsage() {
        assertEquals(2, run("--force", "x.txt"));
        assertTrue(stderr().contains("unknown option --force"), stderr());
        assertTrue(stderr().contains(Commands.usage("import")), stderr());

        err.reset();
        assertEquals(2, run("--publish"));
        assertTrue(stderr().contains(Commands.usage("import")), stderr());
        assertEquals("", stdout());
    }

    private int run(String... args) {
        return Commands.run(url(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Commands.command("import", args));
    }

    private TestDatabase database() {
        return TestDatabase.at(url, Clock.systemUTC());
    }

    private String url() {
        return url;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
