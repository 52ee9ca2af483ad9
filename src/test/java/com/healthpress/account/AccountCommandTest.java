package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.Commands;
import com.healthpress.TestDatabases;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code admin create USERNAME} and {@code admin passwd USERNAME} against a real database. */
class AccountCommandTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final String databaseUrl = TestDatabases.fresh();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createMakesAnAdminWithThePasswordFromStandardInput() {
        assertEquals(0, run(PASSWORD + "\n", "create", "editor.in-chief_2"), stderr());

        assertEquals("created admin editor.in-chief_2\n", stdout());
        assertEquals("", stderr());
        assertTrue(canLogIn("editor.in-chief_2", PASSWORD));
        assertFalse(canLogIn("editor.in-chief_2", PASSWORD + "!"));
    }

    @Test
    void createGivesTheRolesNamedByRepeatedOrCommaSeparatedRoleOptions() {
        assertEquals(0, run(PASSWORD + "\n", "create", "wendy", "--role", "writer"), stderr());
        assertEquals(0, run(PASSWORD + "\n", "create", "eddie", "--role", "editor,reviewer"), stderr());
        assertEquals(0, run(PASSWORD + "\n", "create", "rita", "--role", "Reviewer", "--role", "writer"), stderr());
        assertEquals(0, run(PASSWORD + "\n", "create", "boss"), stderr());

        assertEquals("created wendy (writer)\ncreated eddie (editor, reviewer)\ncreated rita (writer, reviewer)\n"
                + "created admin boss\n", stdout());
        assertEquals(Roles.of(Role.WRITER), rolesOf("wendy"));
        assertEquals(Roles.of(Role.EDITOR, Role.REVIEWER), rolesOf("eddie"));
        assertEquals(Roles.of(Role.WRITER, Role.REVIEWER), rolesOf("rita"));
        assertEquals(Roles.of(Role.ADMIN), rolesOf("boss"));
    }

    @Test
    void anUnknownRoleIsWrongUsageWithOneLineAndTheUsageAndCreatesNothing() {
        assertEquals(2, run(PASSWORD + "\n", "create", "wendy", "--role", "writer,chief"));

        String[] lines = stderr().split("\n");
        assertEquals("admin: invalid value for option '--role' (ROLE): unknown role \"chief\"; the roles are admin, "
                + "editor, writer, reviewer", lines[0]);
        assertTrue(stderr().contains(Commands.usage("admin", "create")), stderr());
        assertEquals("", stdout());
        assertEquals(0, accounts());
    }

    @Test
    void createsHelpNamesTheRolesAndTheDefault() {
        String help = Commands.usage("admin", "create");

        assertTrue(help.contains("--role=ROLE"), help);
        assertTrue(help.contains("admin (the default"), help);
        assertTrue(help.contains("editor") && help.contains("writer") && help.contains("reviewer"), help);
    }

    @Test
    void onlyTheFirstLineIsThePasswordAndAWindowsLineEndIsNotPartOfIt() {
        assertEquals(0, run(PASSWORD + "\r\nsomething else\n", "create", "editor"), stderr());

        assertTrue(canLogIn("editor", PASSWORD));
    }

    @Test
    void aPasswordWithoutLineEndIsTakenWhole() {
        assertEquals(0, run(PASSWORD, "create", "editor"), stderr());

        assertTrue(canLogIn("editor", PASSWORD));
    }

    @Test
    void createRefusesATakenUsernameWhateverItsCase() {
        run(PASSWORD + "\n", "create", "editor");
        out.reset();

        assertEquals(1, run("another password entirely\n", "create", "Editor"));

        assertEquals("", stdout());
        assertEquals("admin: The username \"Editor\" is taken.\n", stderr());
        assertTrue(canLogIn("editor", PASSWORD));
    }

    @Test
    void createRefusesUsernamesThatBreakTheRule() {
        for (String username : List.of("ab", "with space", "x".repeat(61), "ünïcode", "semi;colon", "")) {
            err.reset();

            assertEquals(1, run(PASSWORD + "\n", "create", username), username);

            assertEquals("admin: " + AccountService.USERNAME_RULE + "\n", stderr(), username);
        }
        assertEquals(0, accounts());
    }

    @Test
    void usernamesOfThreeAndSixtyCharactersAreFine() {
        assertEquals(0, run(PASSWORD + "\n", "create", "abc"), stderr());
        assertEquals(0, run(PASSWORD + "\n", "create", "a".repeat(60)), stderr());
    }

    @Test
    void createRefusesAShortPassword() {
        assertEquals(1, run("eleven char\n", "create", "editor"));

        assertEquals("admin: The password must be at least 12 characters long.\n", stderr());
        assertEquals(0, accounts());
    }

    @Test
    void createRefusesAPasswordLongerThanAThousandCharacters() {
        assertEquals(1, run("p".repeat(1001) + "\n", "create", "editor"));

        assertEquals("admin: The password must be at most 1000 characters long.\n", stderr());
        assertEquals(0, run("p".repeat(1000) + "\n", "create", "editor"), stderr());
    }

    @Test
    void createRefusesWhenStandardInputHasNoPassword() {
        for (String input : List.of("", "\n", "\r\n")) {
            err.reset();

            assertEquals(1, run(input, "create", "editor"), "input " + input.length());

            assertTrue(stderr().startsWith("admin: no password on standard input"), stderr());
        }
        assertEquals(0, accounts());
    }

    @Test
    void createRefusesAPasswordThatIsNotUtf8() {
        byte[] latin1 = "pässwörd-in-latin-1".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(1, run(latin1, "create", "editor"));

        assertTrue(stderr().contains("not UTF-8"), stderr());
    }

    @Test
    void passwdChangesThePasswordAndEndsTheAccountsSessions() {
        run(PASSWORD + "\n", "create", "editor");
        out.reset();
        try (AppDatabase database = database()) {
            Account editor = database.createAdmin("other-editor", PASSWORD);
            SessionStore sessions = new SessionStore(database.jdbi(), Clock.systemUTC());
            Account account = new AccountService(database.jdbi(), Clock.systemUTC()).authenticate("editor", PASSWORD)
                    .orElseThrow();
            String first = sessions.start(account).cookieValue();
            String second = sessions.start(account).cookieValue();
            String others = sessions.start(editor).cookieValue();

            assertEquals(0, run("a brand new password\n", "passwd", "EDITOR"), stderr());

            assertEquals("changed the password of editor\n", stdout());
            assertTrue(sessions.find(first).isEmpty());
            assertTrue(sessions.find(second).isEmpty());
            assertTrue(sessions.find(others).isPresent(), "other accounts keep their sessions");
        }
        assertFalse(canLogIn("editor", PASSWORD));
        assertTrue(canLogIn("editor", "a brand new password"));
    }

    @Test
    void passwdRefusesAnUnknownUsername() {
        assertEquals(1, run(PASSWORD + "\n", "passwd", "nobody"));

        assertEquals("", stdout());
        assertEquals("admin: There is no admin called \"nobody\".\n", stderr());
    }

    @Test
    void passwdRefusesAUsernameNoAdminCanHaveWithoutLookingItUp() {
        assertEquals(1, run(PASSWORD + "\n", "passwd", "x".repeat(AccountService.USERNAME_MAX_LENGTH + 1)));

        assertEquals("admin: " + AccountService.USERNAME_RULE + "\n", stderr());
    }

    @Test
    void aFirstLineLongerThanAnyPasswordIsRefusedUnread() {
        assertEquals(1, run("p".repeat(Passwords.MAX_LENGTH * 4 + 100) + "\n", "create", "editor"));

        assertTrue(stderr().startsWith("admin: cannot read the password from standard input: the first line is "
                + "longer than any allowed password"), stderr());
        assertEquals(0, accounts());
    }

    @Test
    void passwdRefusesAShortPasswordAndKeepsTheOldOne() {
        run(PASSWORD + "\n", "create", "editor");

        assertEquals(1, run("short\n", "passwd", "editor"));

        assertEquals("admin: The password must be at least 12 characters long.\n", stderr());
        assertTrue(canLogIn("editor", PASSWORD));
    }

    @Test
    void passwdRefusesWhenStandardInputHasNoPassword() {
        run(PASSWORD + "\n", "create", "editor");

        assertEquals(1, run("", "passwd", "editor"));

        assertTrue(stderr().startsWith("admin: no password on standard input"), stderr());
        assertTrue(canLogIn("editor", PASSWORD));
    }

    @Test
    void wrongUsageExitsWith2AndShowsTheUsage() {
        String admin = Commands.usage("admin");
        String create = Commands.usage("admin", "create");
        Map<List<String>, String> usages = Map.of(List.of(), admin, List.of("create"), create,
                List.of("create", "a", "b"), create, List.of("delete", "editor"), admin);
        for (Map.Entry<List<String>, String> usage : usages.entrySet()) {
            err.reset();

            assertEquals(2, run(PASSWORD + "\n", usage.getKey().toArray(String[]::new)), usage.getKey().toString());

            assertTrue(stderr().contains(usage.getValue()), stderr());
        }
        assertEquals(0, accounts());
    }

    @Test
    void thePasswordIsNeverPrinted() {
        String secret = "never-print-this-secret";
        run(secret + "\n", "create", "editor");
        run(secret + "-changed\n", "passwd", "editor");
        run(secret + "\n", "create", "editor");
        run(secret + "\n", "passwd", "nobody");
        run("x" + secret.substring(0, 5) + "\n", "create", "short");

        assertTrue(stdout().contains("created admin editor"), "the runs printed something");
        assertFalse(stdout().contains("secret"), stdout());
        assertFalse(stderr().contains("secret"), stderr());
        assertFalse(stderr().contains("never-"), stderr());
    }

    private int run(String input, String... args) {
        return run(input.getBytes(StandardCharsets.UTF_8), args);
    }

    private int run(byte[] input, String... args) {
        return Commands.run(databaseUrl(), new ByteArrayInputStream(input), print(out), print(err),
                Commands.command("admin", args));
    }

    private String databaseUrl() {
        return databaseUrl;
    }

    private AppDatabase database() {
        return new AppDatabase(databaseUrl());
    }

    private boolean canLogIn(String username, String password) {
        try (AppDatabase database = database()) {
            return new AccountService(database.jdbi(), Clock.systemUTC()).authenticate(username, password).isPresent();
        }
    }

    private Roles rolesOf(String username) {
        try (AppDatabase database = database()) {
            return new AccountService(database.jdbi(), Clock.systemUTC()).authenticate(username, PASSWORD).orElseThrow()
                    .roles();
        }
    }

    private long accounts() {
        try (AppDatabase database = database()) {
            return database.accounts();
        }
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
