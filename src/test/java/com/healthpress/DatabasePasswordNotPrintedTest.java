package com.healthpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.storage.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No command prints the password of DATABASE_URL, however the URL carries it, when the database does not open. */
class DatabasePasswordNotPrintedTest {

    private static final String SECRET = "database-secret-4711";
    /** Nothing listens on port 1, so each command fails at opening the database. Other forms: DatabaseUrlsTest. */
    private static final List<String> URLS = List.of(
            "jdbc:postgresql://127.0.0.1:1/healthpress?user=hp&password=" + SECRET,
            "jdbc:postgresql://hp:" + SECRET + "@127.0.0.1:1/healthpress");

    @TempDir
    Path directory;

    /** One way to run a command against a database. */
    interface Command {
        int run(String databaseUrl, PrintStream out, PrintStream err) throws IOException;
    }

    private Map<String, Command> commands() throws IOException, URISyntaxException {
        Path document = Path.of(getClass().getResource("/documents/seed.txt").toURI());
        Path backup = Files.writeString(directory.resolve("site.json"), "{}");
        return Map.of(
                "import", (url, out, err) -> Commands.run(url, out, err, "import", document.toString()),
                "generate", (url, out, err) -> Commands.run(url, out, err, "generate", "--articles", "1"),
                "export", (url, out, err) -> Commands.run(url, out, err, "export",
                        directory.resolve("export.json").toString()),
                "restore", (url, out, err) -> Commands.run(url, out, err, "restore", backup.toString()),
                "admin", (url, out, err) -> Commands.run(url,
                        new ByteArrayInputStream("a long enough password\n".getBytes(StandardCharsets.UTF_8)), out,
                        err, "admin", "create", "editor"));
    }

    @Test
    void everyCommandNamesTheDatabaseWithoutItsPassword() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Command> command : commands().entrySet()) {
            for (String url : URLS) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();

                int exit = command.getValue().run(url, print(out), print(err));

                String said = command.getKey() + " on " + url + ": " + err.toString(StandardCharsets.UTF_8);
                assertEquals(1, exit, said);
                assertTrue(said.contains("cannot open the database jdbc:"), said);
                assertTrue(said.contains("***"), said);
                assertFalse((err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8))
                        .contains(SECRET), said);
                checked.add(command.getKey());
            }
        }
        assertEquals(5 * URLS.size(), checked.size());
    }

    /**
     * On an H2 file database each command opens it with the password generated beside it, and prints it nowhere.
     * The restore refuses the database, which is not empty: it got in to count its rows.
     */
    @Test
    void everyCommandOpensAnH2DatabaseWithItsGeneratedPasswordAndNeverPrintsIt() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("h2/healthpress") + ";AUTO_SERVER=TRUE";
        try (Database database = Database.open(url)) {
            database.awaitOpen();
        }
        String password = Files.readString(directory.resolve("h2/healthpress.h2-password")).trim();
        Map<String, Integer> exits = Map.of("import", 0, "generate", 0, "export", 0, "restore", 1, "admin", 0);
        for (Map.Entry<String, Command> command : commands().entrySet()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int exit = command.getValue().run(url, print(out), print(err));

            String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            assertEquals(exits.get(command.getKey()), exit, command.getKey() + ": " + said);
            assertFalse(said.contains("cannot open the database"), command.getKey() + ": " + said);
            assertFalse(said.contains(password), command.getKey() + " printed the password: " + said);
        }
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
