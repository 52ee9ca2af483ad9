package com.healthpress.cli;

import com.healthpress.config.Config;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The rules every command keeps to, applied once to the whole tree: help and the version first, then the
 * configuration (a wrong setting is one line and {@link ExitCode#USAGE}), then the command. Wrong usage is one line
 * saying what is wrong and the command's usage ({@link ExitCode#USAGE}); a {@link CommandFailure} is one line
 * ({@link ExitCode#FAILED}). Every line starts with the command's name as typed, as in {@code import: …}.
 */
public final class CommandLines {

    private CommandLines() {
    }

    /** Applies the rules to {@code root} and every command added to it so far; returns it. */
    public static CommandLine configure(CommandLine root, CommandContext context) {
        return root
                .setOut(new PrintWriter(context.out(), true))
                .setErr(new PrintWriter(context.err(), true))
                .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
                // "@notes.txt" is a file to import, never a file of more arguments.
                .setExpandAtFiles(false)
                // As before picocli: an option given twice takes its last value.
                .setOverwrittenOptionsAllowed(true)
                .setExecutionStrategy(parsed -> execute(parsed, context))
                .setParameterExceptionHandler((wrong, args) -> {
                    CommandLine command = wrong.getCommandLine();
                    context.err().print(nameOf(command) + ": " + whatIsWrong(wrong) + "\n" + command.getUsageMessage());
                    context.err().flush();
                    return ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((thrown, command, parsed) -> {
                    if (thrown instanceof CommandFailure failure) {
                        context.err().println(nameOf(command) + ": " + failure.getMessage());
                        return ExitCode.FAILED;
                    }
                    throw thrown; // unexpected: picocli prints the stack trace and answers ExitCode.FAILED
                });
    }

    private static int execute(ParseResult parsed, CommandContext context) {
        Integer helped = CommandLine.executeHelpRequest(parsed);
        if (helped != null) {
            return helped;
        }
        List<CommandLine> commands = parsed.asCommandLineList();
        if (!(commands.get(commands.size() - 1).getCommand() instanceof HelpCommand)) {
            try {
                context.config();
            } catch (Config.ConfigException e) {
                context.err().println(nameOf(commands.get(0)) + ": " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        return new RunLast().execute(parsed);
    }

    /** The name the user typed first: the command's, or its ancestor's below the root, or the root's. */
    private static String nameOf(CommandLine command) {
        CommandLine named = command;
        while (named.getParent() != null && named.getParent().getParent() != null) {
            named = named.getParent();
        }
        return named.getCommandName();
    }

    private static String whatIsWrong(ParameterException wrong) {
        CommandLine command = wrong.getCommandLine();
        if (wrong instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-") && first.length() > 1) {
                return "unknown option " + first;
            }
            return command.getSubcommands().isEmpty() ? "unexpected argument " + first
                    : "unknown command \"" + first + "\"";
        }
        if (wrong instanceof MissingParameterException missing) {
            return "missing " + missing.getMissing().stream().map(CommandLines::label)
                    .collect(Collectors.joining(", "));
        }
        ParseResult parsed = command.getParseResult();
        if (!command.getSubcommands().isEmpty() && parsed != null && !parsed.hasSubcommand()) {
            return "missing COMMAND";
        }
        String message = wrong.getMessage();
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String label(ArgSpec missing) {
        return missing instanceof OptionSpec option ? option.longestName() + " " + option.paramLabel()
                : missing.paramLabel();
    }
}
