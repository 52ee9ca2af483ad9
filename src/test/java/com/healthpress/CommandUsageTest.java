package com.healthpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.cli.CommandContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's help and wrong usage, run through Main in this JVM (CommandLineTest runs the process itself). Help
 * and wrong usage never open the database: DATABASE_URL names a directory that must stay absent.
 */
class CommandUsageTest {

    /** Each command as typed, with the first line of its help. */
    private static final Map<List<String>, String> SYNOPSES = synopses();

    @TempDir
    Path directory;

    @Test
    void everyCommandAnswersHelpWithItsArgumentsAndExitCode0() {
        for (Map.Entry<List<String>, String> command : SYNOPSES.entrySet()) {
            Run help = run(with(command.getKey(), "--help"));

            assertEquals(0, help.exitCode(), command.getKey() + ": " + help.err());
            assertEquals("", help.err(), command.getKey().toString());
            assertEquals(command.getValue(), help.out().lines().findFirst().orElseThrow());
            assertTrue(help.out().contains("Exit codes:"), help.out());
            assertEquals(help, run(with(command.getKey(), "-h")), command.getKey().toString());
            if (command.getKey().size() == 1) {
                assertEquals(help, run(List.of("help", command.getKey().get(0))), command.getKey().toString());
            }
        }
        assertFalse(Files.exists(untouched()));
    }

    @Test
    void aMissingArgumentIsOneLineNamingItThenTheUsage() {
        Map<List<String>, String> missing = new LinkedHashMap<>();
        missing.put(List.of("import"), "import: missing FILE");
        missing.put(List.of("import", "--publish"), "import: missing FILE");
        missing.put(List.of("admin"), "admin: missing COMMAND");
        missing.put(List.of("admin", "create"), "admin: missing USERNAME");
        missing.put(List.of("admin", "passwd"), "admin: missing USERNAME");
        missing.put(List.of("generate"), "generate: missing --articles N");
        missing.put(List.of("generate", "--seed", "4"), "generate: missing --articles N");
        missing.put(List.of("generate", "--articles"), "generate: missing --articles N");
        missing.put(List.of("export"), "export: missing FILE");
        missing.put(List.of("restore"), "restore: missing FILE");
        for (Map.Entry<List<String>, String> wrong : missing.entrySet()) {
            assertWrongUsage(wrong.getKey(), wrong.getValue());
        }
    }

    @Test
    void anUnknownOptionOrCommandOrAnArgumentTooManyIsOneLineThenTheUsage() {
        for (List<String> command : SYNOPSES.keySet()) {
            List<String> otherwiseRight = command.get(0).equals("generate") ? with(command, "--articles", "1")
                    : command.get(0).equals("serve") || command.size() == 1 && command.get(0).equals("admin") ? command
                    : with(command, "x");
            assertWrongUsage(with(otherwiseRight, "--frobnicate"), command.get(0) + ": unknown option --frobnicate");
        }
        assertWrongUsage(List.of("admin", "delete", "editor"), "admin: unknown command \"delete\"");
        assertWrongUsage(List.of("admin", "create", "editor", "other"), "admin: unexpected argument other");
        assertWrongUsage(List.of("export", "a.json", "b.json"), "export: unexpected argument b.json");
        assertWrongUsage(List.of("serve", "now"), "serve: unexpected argument now");
        assertWrongUsage(List.of("help", "frobnicate"), "healthpress: unknown subcommand 'frobnicate'.");
    }

    @Test
    void aWrongValueIsOneLineThenTheUsage() {
        assertWrongUsage(List.of("generate", "--articles", "0"), "generate: --articles needs a number from 1 to "
                + String.format("%,d", 10_000_000));
        assertWrongUsage(List.of("generate", "--articles", "10000001"), "generate: --articles needs a number from 1 "
                + "to " + String.format("%,d", 10_000_000));
        assertWrongUsage(List.of("generate", "--articles", "5", "--seed", "many"),
                "generate: invalid value for option '--seed': 'many' is not a long");
        assertWrongUsage(List.of("export", " "),
                "export: invalid value for positional parameter at index 0 (FILE): \" \" is not a file name");
        assertWrongUsage(List.of("restore", "--", "-"),
                "restore: invalid value for positional parameter at index 0 (FILE): \"-\" is not a file name");
    }

    @Test
    void helpAndTheVersionNeedNoSettingsButEveryCommandDoes() {
        Map<String, String> wrong = Map.of("DATABASE_URL", "jdbc:h2:file:" + untouched().resolve("healthpress"),
                "PORT", "seventy");

        assertEquals(0, run(wrong, "--help").exitCode());
        assertEquals(0, run(wrong, "help", "import").exitCode());
        assertEquals(0, run(wrong, "--version").exitCode());
        assertEquals(new Run(2, "", "healthpress: PORT must be a number from 0 to 65535, got \"seventy\"\n"),
                run(wrong, "restore", directory.resolve("site.json").toString()));
        assertFalse(Files.exists(untouched()));
    }

    @Test
    void anArgumentStartingWithAnAtSignIsAFileNotAFileOfArguments() throws Exception {
        Path arguments = Files.writeString(directory.resolve("arguments"), "--frobnicate\n");

        Run imported = run(List.of("import", "@" + arguments));

        assertEquals(new Run(1, "", "@" + arguments + ": no such file\nimport: nothing was imported\n"), imported);
    }

    @Test
    void anOptionGivenTwiceTakesItsLastValue() {
        Run generated = run(Map.of("DATABASE_URL", TestDatabases.fresh()), "generate", "--articles", "99",
                "--articles", "2");

        assertEquals(0, generated.exitCode(), generated.err());
        assertTrue(generated.out().startsWith("generated 2 articles in "), generated.out());
    }

    private void assertWrongUsage(List<String> args, String whatIsWrong) {
        Run wrong = run(args);

        assertEquals(2, wrong.exitCode(), args + ": " + wrong.err());
        assertEquals("", wrong.out(), args.toString());
        String usage = wrong.err().substring(wrong.err().indexOf('\n') + 1);
        assertEquals(whatIsWrong, wrong.err().lines().findFirst().orElseThrow(), args.toString());
        assertTrue(usage.startsWith("Usage: healthpress "), args + ": " + wrong.err());
        assertEquals(Commands.usage(commandOf(args)), usage, args.toString());
        assertFalse(Files.exists(untouched()), args.toString());
    }

    /** The command that the arguments name, whose usage a wrong use of it shows. */
    private static String[] commandOf(List<String> args) {
        List<String> named = args.stream().takeWhile(arg -> !arg.startsWith("-")).toList();
        for (int length = named.size(); length > 0; length--) {
            if (SYNOPSES.containsKey(named.subList(0, length))) {
                return named.subList(0, length).toArray(String[]::new);
            }
        }
        return new String[0];
    }

    private Run run(List<String> args) {
        return run(Map.of("DATABASE_URL", "jdbc:h2:file:" + untouched().resolve("healthpress")),
                args.toArray(String[]::new));
    }

    private static Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(new CommandContext(environment, Clock.systemUTC(),
                new ByteArrayInputStream(new byte[0]), Commands.print(out), Commands.print(err)), args);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path untouched() {
        return directory.resolve("never-opened");
    }

    private static List<String> with(List<String> command, String... more) {
        return java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of(more)).toList();
    }

    private static Map<List<String>, String> synopses() {
        Map<List<String>, String> synopses = new LinkedHashMap<>();
        synopses.put(List.of("serve"), "Usage: healthpress serve [-hV]");
        synopses.put(List.of("import"), "Usage: healthpress import [-hV] [--new-slug] [--publish] FILE...");
        synopses.put(List.of("admin"), "Usage: healthpress admin [-hV] [COMMAND]");
        synopses.put(List.of("admin", "create"), "Usage: healthpress admin create [-hV] [--role=ROLE[,ROLE...]]... USERNAME");
        synopses.put(List.of("admin", "passwd"), "Usage: healthpress admin passwd [-hV] USERNAME");
        synopses.put(List.of("generate"), "Usage: healthpress generate [-hV] --articles=N [--seed=S]");
        synopses.put(List.of("export"), "Usage: healthpress export [-hV] FILE");
        synopses.put(List.of("restore"), "Usage: healthpress restore [-hV] FILE");
        return synopses;
    }

    private record Run(int exitCode, String out, String err) {
    }
}
