package com.healthpress.account;

import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.cli.CommandContext;
import com.healthpress.cli.CommandFailure;
import com.healthpress.cli.ExitCode;
import com.healthpress.storage.Database;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code admin create USERNAME [--role ROLE]} and {@code admin passwd USERNAME}: the password is the first line of
 * standard input, or asked for twice without echo when standard input is a terminal. It is never printed. Exit codes:
 * 0 done, 1 refused (taken or unknown username, bad or missing password), 2 wrong usage (an unknown role too).
 */
@Command(name = "admin", description = {"Creates an account (an admin, or the roles --role names) or changes an "
        + "account's password.",
        "The password is the first line of standard input, or asked for twice at a terminal; it is never printed."})
public final class AccountCommand {

    /** Enough for the longest password allowed in UTF-8, and a bound on what a mistaken pipe can make us read. */
    private static final int MAX_LINE_BYTES = Passwords.MAX_LENGTH * 4 + 2;

    private final CommandContext context;

    public AccountCommand(CommandContext context) {
        this.context = context;
    }

    @Command(name = "create", description = "Creates an account with the password from standard input: an admin, "
            + "unless --role names other roles.")
    int create(@Parameters(paramLabel = "USERNAME", description = "3 to 60 letters, digits, dots, underscores or "
            + "hyphens") String username,
               @Option(names = "--role", paramLabel = "ROLE", split = ",", converter = RoleName.class,
                       description = {"admin (the default: accounts and settings, and everything else), editor "
                               + "(publishes), writer (drafts only) or reviewer (reads and reviews).",
                               "Repeat the option, or separate roles with commas, for several."}) List<Role> roles) {
        Roles chosen = roles == null || roles.isEmpty() ? Roles.of(Role.ADMIN) : Roles.of(roles);
        return change(username, (accounts, password) -> {
            Account account = accounts.create(username, password, chosen);
            return chosen.equals(Roles.of(Role.ADMIN)) ? "created admin " + account.username()
                    : "created " + account.username() + " (" + chosen.names() + ")";
        });
    }

    /** Reads a role by its name, in any case; anything else is wrong usage that lists the roles. */
    static final class RoleName implements ITypeConverter<Role> {
        @Override
        public Role convert(String name) {
            return Role.named(name).orElseThrow(() -> new TypeConversionException("unknown role \"" + name
                    + "\"; the roles are " + Role.allNames()));
        }
    }

    @Command(name = "passwd", description = "Changes an admin's password to the one from standard input and ends the "
            + "admin's sessions.")
    int passwd(@Parameters(paramLabel = "USERNAME", description = "the admin's username, in any case")
               String username) {
        return change(username, (accounts, password) -> "changed the password of "
                + accounts.changePassword(username, password).username());
    }

    /** Checks the username and the password from standard input, then makes the change and prints what it says. */
    private int change(String username, BiFunction<AccountService, String, String> change) {
        // Every way to create an admin keeps to the rule, so no admin to change has a name that breaks it.
        Optional<String> usernameProblem = AccountService.usernameProblem(username);
        if (usernameProblem.isPresent()) {
            throw new CommandFailure(usernameProblem.get());
        }
        Optional<String> password;
        try {
            password = readPassword(context.in(), context.err());
        } catch (IOException e) {
            throw new CommandFailure("cannot read the password from standard input: " + e.getMessage());
        }
        if (password.isEmpty()) {
            throw new CommandFailure("no password on standard input: give it as the first line, for example with a "
                    + "pipe or a file");
        }
        Optional<String> passwordProblem = Passwords.problem(password.get());
        if (passwordProblem.isPresent()) {
            throw new CommandFailure(passwordProblem.get());
        }
        try (Database database = context.openDatabase()) {
            context.out().println(change.apply(new AccountService(database.jdbi(), context.clock()), password.get()));
            return ExitCode.DONE;
        } catch (AccountException e) {
            throw new CommandFailure(e.getMessage());
        }
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
