package com.healthpress.account;

import com.healthpress.Config;
import com.healthpress.storage.Database;
import com.healthpress.storage.DatabaseUrls;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code admin create USERNAME} and {@code admin passwd USERNAME}: the password is the first line of standard
 * input, or asked for twice without echo when standard input is a terminal. It is never printed. Exit codes:
 * 0 done, 1 refused (taken or unknown username, bad or missing password), 2 wrong usage.
 */
public final class AccountCommand {

    static final String USAGE = """
            usage: healthpress admin create USERNAME   create an admin; the password is read from standard input
                   healthpress admin passwd USERNAME   change an admin's password (read from standard input)""";
    /** Enough for the longest password allowed in UTF-8, and a bound on what a mistaken pipe can make us read. */
    private static final int MAX_LINE_BYTES = Passwords.MAX_LENGTH * 4 + 2;

    private AccountCommand() {
    }

    /** Returns the process exit code. */
    public static int run(Config config, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !(args.get(0).equals("create") || args.get(0).equals("passwd"))) {
            err.println("admin: " + (args.isEmpty() ? "what to do?" : "unknown arguments " + args) + "\n" + USAGE);
            return 2;
        }
        boolean create = args.get(0).equals("create");
        String username = args.get(1);
        // Every way to create an admin keeps to the rule, so no admin to change has a name that breaks it.
        Optional<String> usernameProblem = AccountService.usernameProblem(username);
        if (usernameProblem.isPresent()) {
            return refuse(err, usernameProblem.get());
        }
        Optional<String> password;
        try {
            password = readPassword(in, err);
        } catch (IOException e) {
            return refuse(err, "cannot read the password from standard input: " + e.getMessage());
        }
        if (password.isEmpty()) {
            return refuse(err, "no password on standard input: give it as the first line, for example "
                    + "with a pipe or a file");
        }
        Optional<String> passwordProblem = Passwords.problem(password.get());
        if (passwordProblem.isPresent()) {
            return refuse(err, passwordProblem.get());
        }
        return store(config, create, username, password.get(), out, err);
    }

    private static int store(Config config, boolean create, String username, String password, PrintStream out,
                             PrintStream err) {
        Database database;
        try {
            database = Database.open(config.databaseUrl());
        } catch (RuntimeException e) {
            return refuse(err, DatabaseUrls.cannotOpen(config.databaseUrl(), e));
        }
        try (database) {
            AccountService accounts = new AccountService(database.jdbi(), Clock.systemUTC());
            if (create) {
                out.println("created admin " + accounts.create(username, password).username());
            } else {
                out.println("changed the password of " + accounts.changePassword(username, password).username());
            }
            return 0;
        } catch (AccountException e) {
            return refuse(err, e.getMessage());
        }
    }

    private static int refuse(PrintStream err, String message) {
        err.println("admin: " + message);
        return 1;
    }

    /** The password typed twice at a terminal, or the first line of standard input; empty when there is none. */
    private static Optional<String> readPassword(InputStream in, PrintStream err) throws IOException {
        Console console = System.console();
        if (in == System.in && console != null) {
            return readFromTerminal(console, err);
        }
        return firstLine(in).filter(line -> !line.isEmpty());
    }

    private static Optional<String> readFromTerminal(Console console, PrintStream err) throws IOException {
        char[] first = console.readPassword("Password (at least %d characters): ", Passwords.MIN_LENGTH);
        char[] second = console.readPassword("The same password again: ");
        try {
            if (first == null || second == null || first.length == 0) {
                return Optional.empty();
            }
            if (!Arrays.equals(first, second)) {
                throw new IOException("the two passwords are not the same");
            }
            return Optional.of(new String(first));
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    /** The bytes up to the first line break, as UTF-8, without "\r"; empty at once-empty input. */
    private static Optional<String> firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b == -1) {
            return Optional.empty();
        }
        while (b != -1 && b != '\n') {
            if (line.size() >= MAX_LINE_BYTES) {
                throw new IOException("the first line is longer than any allowed password");
            }
            line.write(b);
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString());
        } catch (CharacterCodingException e) {
            throw new IOException("the password is not UTF-8 text");
        }
    }
}
