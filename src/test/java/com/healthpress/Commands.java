package com.healthpress;

import com.healthpress.cli.CommandContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

/** The command line run in this JVM as {@link Main} runs it, on one database, with the streams the test gives. */
public final class Commands {

    private Commands() {
    }

    /** Runs {@code args} with DATABASE_URL set to {@code databaseUrl} and nothing on standard input; the exit code. */
    public static int run(String databaseUrl, PrintStream out, PrintStream err, String... args) {
        return run(databaseUrl, new ByteArrayInputStream(new byte[0]), out, err, args);
    }

    public static int run(String databaseUrl, InputStream in, PrintStream out, PrintStream err, String... args) {
        return Main.run(new CommandContext(Map.of("DATABASE_URL", databaseUrl), Clock.systemUTC(), in, out, err),
                args);
    }

    /** The command's name followed by its arguments. */
    public static String[] command(String name, String... args) {
        return Stream.concat(Stream.of(name), Stream.of(args)).toArray(String[]::new);
    }

    /** What {@code COMMAND --help} prints: the usage that answers a wrong use of the command too. */
    public static String usage(String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = run("jdbc:h2:mem:never-opened", print(out), print(err),
                Stream.concat(Stream.of(command), Stream.of("--help")).toArray(String[]::new));
        if (exitCode != 0 || err.size() > 0) {
            throw new AssertionError(String.join(" ", command) + " --help exited " + exitCode + ": " + err);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
