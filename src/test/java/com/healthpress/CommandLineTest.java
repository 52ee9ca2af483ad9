package com.healthpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.storage.Database;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as operators meet it: Main in a JVM of its own, its exit codes and what it prints. Help, the version
 * and wrong usage never open the database (DATABASE_URL names a directory that must stay absent).
 */
class CommandLineTest {

    @TempDir
    static Path directory;

    private static Path untouched;
    private static Map<String, String> environment;
    private static MainProcess.Result help;

    @BeforeAll
    static void askForHelp() {
        untouched = directory.resolve("never-opened");
        environment = Map.of("DATABASE_URL", "jdbc:h2:file:" + untouched.resolve("healthpress") + ";AUTO_SERVER=TRUE");
        help = run("--help");
    }

    @Test
    void helpNamesEveryCommandAndTheExitCodes() {
        assertEquals(0, help.exitCode(), help.output());
        assertEquals("", help.err());
        assertTrue(help.out().startsWith("Usage: healthpress [-hV] [COMMAND]"), help.out());
        for (String command : List.of("serve", "import", "admin", "generate", "export", "restore", "help")) {
            assertTrue(help.out().lines().anyMatch(line -> line.startsWith("  " + command + " ")), command + " in\n"
                    + help.out());
        }
        assertTrue(help.out().contains("Exit codes:"), help.out());
        assertEquals(help, run("-h"));
        assertEquals(help, run("help"));
        assertFalse(Files.exists(untouched));
    }

    @Test
    void versionIsTheVersionTheBuildGaveTheProject() {
        String version = System.getProperty("healthpress.version");
        assertTrue(version != null && !version.isBlank() && !version.contains("${"),
                "surefire passes the project's version as healthpress.version, got " + version);

        MainProcess.Result printed = run("--version");

        assertEquals(new MainProcess.Result(0, "healthpress " + version + "\n", ""), printed);
        assertEquals(printed, run("-V"));
    }

    @Test
    void aCommandTwoLevelsDownAnswersHelp() {
        MainProcess.Result create = run("admin", "create", "--help");

        assertEquals(0, create.exitCode(), create.output());
        assertTrue(create.out().startsWith("Usage: healthpress admin create [-hV] [--role=ROLE[,ROLE...]]... USERNAME"), create.out());
        assertEquals("", create.err());
        assertFalse(Files.exists(untouched));
    }

    @Test
    void anUnknownCommandIsOneLineThenTheUsageWithExitCode2() {
        MainProcess.Result unknown = run("frobnicate");

        assertEquals(2, unknown.exitCode(), unknown.output());
        assertEquals("", unknown.out());
        assertEquals("healthpress: unknown command \"frobnicate\"\n" + help.out(), unknown.err());
        assertFalse(Files.exists(untouched));
    }

    @Test
    void anUnknownOptionIsOneLineThenTheUsageWithExitCode2() {
        MainProcess.Result atTheTop = run("--frobnicate");
        assertEquals(2, atTheTop.exitCode(), atTheTop.output());
        assertEquals("healthpress: unknown option --frobnicate\n" + help.out(), atTheTop.err());

        MainProcess.Result ofACommand = run("import", "--force", "article.txt");
        assertEquals(2, ofACommand.exitCode(), ofACommand.output());
        assertEquals("", ofACommand.out());
        List<String> lines = ofACommand.err().lines().toList();
        assertEquals("import: unknown option --force", lines.get(0));
        assertTrue(lines.get(1).startsWith("Usage: healthpress import "), ofACommand.err());
        assertFalse(Files.exists(untouched));
    }

    @Test
    void aMissingArgumentIsOneLineThenTheUsageWithExitCode2() {
        MainProcess.Result missing = run("export");

        assertEquals(2, missing.exitCode(), missing.output());
        assertEquals("", missing.out());
        List<String> lines = missing.err().lines().toList();
        assertEquals("export: missing FILE", lines.get(0));
        assertTrue(lines.get(1).startsWith("Usage: healthpress export "), missing.err());
        assertFalse(Files.exists(untouched));
    }

    @Test
    void aWrongSettingIsOneLineWithExitCode2() {
        MainProcess.Result wrong = MainProcess.run(directory, Map.of("DATABASE_URL", environment.get("DATABASE_URL"),
                "PORT", "seventy"), "export", directory.resolve("site.json").toString());

        assertEquals(new MainProcess.Result(2, "",
                "healthpress: PORT must be a number from 0 to 65535, got \"seventy\"\n"), wrong);
    }

    @Test
    void aCommandThatIsDoneExits0AndOneThatIsRefusedExits1() {
        String databaseUrl = TestDatabases.fresh();
        Path file = directory.resolve("site.json");

        MainProcess.Result export = MainProcess.run(directory, databaseUrl, "export", file.toString());
        assertEquals(new MainProcess.Result(0, "exported 0 articles, 0 revisions, 0 people, 4 pages, 0 images, "
                + "0 accounts to " + file + "\n", ""), export);

        Path missing = directory.resolve("missing.json");
        MainProcess.Result restore = MainProcess.run(directory, databaseUrl, "restore", missing.toString());
        assertEquals(new MainProcess.Result(1, "", "restore: " + missing + ": no such file\n"), restore);
    }

    /**
     * As before picocli: the exception ends the process only once the database thread is done, so a failed start
     * never cuts a migration or the demo articles short.
     */
    @Test
    void aServerThatCannotTakeItsPortExits1WithTheDatabaseReady() throws Exception {
        String databaseUrl = "jdbc:h2:file:" + directory.resolve("port-taken/healthpress") + ";AUTO_SERVER=TRUE";
        try (ServerSocket taken = new ServerSocket(0)) {
            MainProcess.Result serve = MainProcess.run(directory, Map.of("DATABASE_URL", databaseUrl,
                    "PORT", String.valueOf(taken.getLocalPort())));

            assertEquals(1, serve.exitCode(), serve.output());
            assertTrue(serve.output().contains("Port already in use"), serve.output());
        }
        try (Database database = Database.open(databaseUrl)) {
            long articles = database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM article")
                    .mapTo(Long.class).one());
            assertEquals(4, articles, "the demo articles");
        }
    }

    private static MainProcess.Result run(String... args) {
        return MainProcess.run(directory, environment, args);
    }
}
