package com.healthpress.generate;

import com.healthpress.changes.ChangeFeed;
import com.healthpress.cli.CommandContext;
import com.healthpress.cli.ExitCode;
import com.healthpress.storage.Database;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code generate --articles N [--seed S]}: fills the configured database with N synthetic published articles for
 * tests and benchmarks (see {@link Generator}), printing progress to standard error about once a second and a
 * closing line to standard output. Works beside a running server (H2's AUTO_SERVER, or PostgreSQL), whose pages
 * show the new articles as they are stored. Exit codes: 0 generated, 1 failed (batches already stored stay
 * stored), 2 wrong usage.
 */
@Command(name = "generate", description = {"Adds synthetic published articles for tests and benchmarks.",
        "With sections, FAQ, topics, authors and dates; progress goes to standard error. Works beside a running "
                + "server."})
public final class GenerateCommand implements Callable<Integer> {

    static final int MAX_ARTICLES = 10_000_000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    @Spec
    private CommandSpec spec;
    private int count;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed of the random choices "
            + "(default: ${DEFAULT-VALUE}); the same seed gives the same articles")
    private long seed;

    private final CommandContext context;

    public GenerateCommand(CommandContext context) {
        this.context = context;
    }

    @Option(names = "--articles", paramLabel = "N", required = true, description = "how many, from 1 to 10,000,000")
    private void articles(String value) {
        if (!value.matches("[0-9]{1,8}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_ARTICLES) {
            throw new ParameterException(spec.commandLine(), "--articles needs a number from 1 to "
                    + String.format("%,d", MAX_ARTICLES));
        }
        count = Integer.parseInt(value);
    }

    @Override
    public Integer call() {
        PrintStream err = context.err();
        long started = System.nanoTime();
        Database database = context.openDatabase();
        try (database) {
            Progress progress = new Progress(count);
            long[] lastReport = {started};
            int writers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            Generator generator = new Generator(database.jdbi(), context.clock(), seed,
                    new ChangeFeed(database.jdbi(), context.clock()));
            generator.generate(count, writers, done -> {
                synchronized (lastReport) {
                    long now = System.nanoTime();
                    if (now - lastReport[0] >= PROGRESS_EVERY.toNanos() && done < count) {
                        err.println(progress.line(done, Duration.ofNanos(now - started)));
                        lastReport[0] = now;
                    }
                }
            });
            context.out().println(Progress.done(count, Duration.ofNanos(System.nanoTime() - started)));
            return ExitCode.DONE;
        } catch (RuntimeException e) {
            err.println("generate: stopped: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
