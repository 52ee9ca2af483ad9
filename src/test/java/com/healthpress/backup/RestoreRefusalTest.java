package com.healthpress.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.healthpress.Commands;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore stores everything or nothing: refused databases and broken files leave the database as it was. */
class RestoreRefusalTest {

    @TempDir
    static Path directory;

    private static List<String> lines;

    @BeforeAll
    static void exportASampleSite() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        String databaseUrl = TestDatabases.fresh();
        try (TestApp app = TestApp.start(directory, databaseUrl, clock)) {
            SampleSite.fill(app, clock);
        }
        Path file = directory.resolve("sample.json");
        assertEquals(0, Backups.export(databaseUrl, file).exitCode());
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void restoreIntoADatabaseWithTheDemoArticlesIsRefusedAndChangesNothing() throws Exception {
        String databaseUrl;
        try (TestApp app = TestApp.start()) {
            databaseUrl = app.databaseUrl();
        }
        Map<String, Long> before = Backups.rowCounts(databaseUrl);
        assertTrue(before.get("article") > 0, "the server loaded the demo articles");

        Backups.Outcome outcome = Backups.restore(databaseUrl, write("sample.json", lines));

        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.err().contains("refused: the database is not empty (" + before.get("article") + " articles"),
                outcome.err());
        assertTrue(outcome.err().contains("demo articles") && outcome.err().contains("new database"), outcome.err());
        assertTrue(outcome.err().contains("nothing was restored"), outcome.err());
        assertEquals(before, Backups.rowCounts(databaseUrl));
    }

    @Test
    void truncatedFileIsRefusedWithItsLocationAndLeavesTheDatabaseEmpty() throws Exception {
        byte[] whole = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        Path truncated = directory.resolve("truncated.json");
        Files.write(truncated, Arrays.copyOf(whole, whole.length * 3 / 4));
        String databaseUrl = TestDatabases.fresh();

        Backups.Outcome outcome = Backups.restore(databaseUrl, truncated);

        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.err().startsWith("restore: " + truncated + ": line "), outcome.err());
        assertTrue(outcome.err().contains("end-of-input"), outcome.err());
        assertTrue(Backups.isEmpty(databaseUrl), Backups.rowCounts(databaseUrl).toString());

        assertEquals(0, Backups.restore(databaseUrl, write("whole.json", lines)).exitCode(),
                "the database is still empty and takes the whole file");
    }

    @Test
    void badValueInTheLastRowUndoesEveryRowBeforeIt() throws Exception {
        int last = lastRowOf("revisions");
        List<String> broken = replaceInLine(last, "\"saved_at\":\"[^\"]+\"", "\"saved_at\":\"yesterday\"");
        String databaseUrl = TestDatabases.fresh();

        Backups.Outcome outcome = Backups.restore(databaseUrl, write("bad-value.json", broken));

        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.err().contains(": line " + (last + 1) + ", column "), outcome.err());
        assertTrue(outcome.err().contains("].saved_at should be a UTC timestamp such as"), outcome.err());
        assertTrue(outcome.err().contains("not \"yesterday\""), outcome.err());
        assertTrue(Backups.isEmpty(databaseUrl), Backups.rowCounts(databaseUrl).toString());
    }

    @Test
    void rowThatTheDatabaseRefusesIsNamedWithItsLocation() throws Exception {
        int first = firstRowOf("faq_items");
        List<String> broken = replaceInLine(first, "\"article_id\":\\d+", "\"article_id\":987654321");
        String databaseUrl = TestDatabases.fresh();

        Backups.Outcome outcome = Backups.restore(databaseUrl, write("dangling.json", broken));

        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.err().contains(": line " + (first + 1) + ", column 1: faq_items[0] cannot be stored: "),
                outcome.err());
        assertTrue(Backups.isEmpty(databaseUrl), Backups.rowCounts(databaseUrl).toString());
    }

    @Test
    void exportOfANewerSchemaIsRefused() throws Exception {
        List<String> newer = replaceInLine(lineStarting("\"schema_version\""), ":\"[^\"]+\"", ":\"999\"");
        String databaseUrl = TestDatabases.fresh();

        Backups.Outcome outcome = Backups.restore(databaseUrl, write("newer.json", newer));

        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.err().contains(
                "the export comes from schema version 999, newer than this Healthpress knows"), outcome.err());
        assertTrue(Backups.isEmpty(databaseUrl));
    }

    @Test
    void exportOfTheCurrentSchemaWithoutItsImageVariantsIsRefused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(String.join("\n", lines));
        document.remove("image_variants");
        String databaseUrl = TestDatabases.fresh();

        Backups.Outcome outcome = Backups.restore(databaseUrl, write("no-variants.json",
                List.of(json.writeValueAsString(document))));

        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.err().contains("\"people\" is out of place: the rows come in the order accounts, "
                + "account_roles, images, image_variants, people"), outcome.err());
        assertTrue(Backups.isEmpty(databaseUrl));
    }

    @Test
    void fileThatIsNoExportIsRefused() throws Exception {
        String databaseUrl = TestDatabases.fresh();
        Backups.Outcome array = Backups.restore(databaseUrl, write("array.json", List.of("[]")));
        assertEquals(1, array.exitCode());
        assertTrue(array.err().contains("line 1, column 1: this is not a Healthpress export"), array.err());

        List<String> otherFormat = replaceInLine(lineStarting("\"format\""), "healthpress-export", "wordpress-export");
        Backups.Outcome other = Backups.restore(databaseUrl, write("other.json", otherFormat));
        assertEquals(1, other.exitCode());
        assertTrue(other.err().contains("this is not a Healthpress export"), other.err());

        List<String> unknownColumn = replaceInLine(firstRowOf("articles"), "^\\{", "{\"colour\":\"red\",");
        Backups.Outcome column = Backups.restore(databaseUrl, write("column.json", unknownColumn));
        assertEquals(1, column.exitCode());
        assertTrue(column.err().contains("articles[0] has a column \"colour\" that the table article does not have"),
                column.err());
        assertTrue(Backups.isEmpty(databaseUrl));
    }

    @Test
    void wrongUsageAndMissingFilesAreReported() {
        String databaseUrl = TestDatabases.fresh();
        assertEquals(2, Commands.run(databaseUrl, System.out, System.err, "restore"));
        Backups.Outcome missing = Backups.restore(databaseUrl, directory.resolve("missing.json"));
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    private static Path write(String name, List<String> content) throws Exception {
        return Files.write(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The index of the first line that starts with the text. */
    private static int lineStarting(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + text);
    }

    private static int firstRowOf(String array) {
        return lineStarting("\"" + array + "\":[") + 1;
    }

    private static int lastRowOf(String array) {
        int line = firstRowOf(array);
        while (!lines.get(line + 1).startsWith("]")) {
            line++;
        }
        return line;
    }

    private static List<String> replaceInLine(int index, String regex, String replacement) {
        String[] copy = lines.toArray(String[]::new);
        Matcher matcher = Pattern.compile(regex).matcher(copy[index]);
        assertTrue(matcher.find(), regex + " in " + copy[index]);
        copy[index] = matcher.replaceFirst(Matcher.quoteReplacement(replacement));
        return List.of(copy);
    }
}
