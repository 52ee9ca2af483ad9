package com.healthpress.generate;

import com.healthpress.Config;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import com.healthpress.storage.DatabaseUrls;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code generate --articles N [--seed S]}: fills the configured database with N synthetic published articles for
 * tests and benchmarks (see {@link Generator}), printing progress to standard error about once a second and a
 * closing line to standard output. Works beside a running server (H2's AUTO_SERVER, or PostgreSQL), whose pages
 * show the new articles as they are stored. Exit codes: 0 generated, 1 failed (batches already stored stay
 * stored), 2 wrong usage.
 */
public final class GenerateCommand {

    static final String USAGE = "usage: healthpress generate --articles N [--seed S]";
    static final int MAX_ARTICLES = 10_000_000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private GenerateCommand() {
    }

    /** Returns the process exit code. */
    public static int run(Config config, List<String> args, PrintStream out, PrintStream err) {
        Integer count = null;
        long seed = 1;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (arg.equals("--articles") && value != null && value.matches("[0-9]{1,8}")
                    && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= MAX_ARTICLES) {
                count = Integer.parseInt(value);
                i++;
            } else if (arg.equals("--seed") && value != null && value.matches("-?[0-9]{1,18}")) {
                seed = Long.parseLong(value);
                i++;
            } else {
                err.println("generate: " + (arg.equals("--articles")
                        ? "--articles needs a number from 1 to " + String.format("%,d", MAX_ARTICLES)
                        : "unexpected argument " + arg) + "\n" + USAGE);
                return 2;
            }
        }
        if (count == null) {
            err.println("generate: how many? " + USAGE);
            return 2;
        }
        return generate(config, count, seed, out, err);
    }

    private static int generate(Config config, int count, long seed, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        Database database;
        try {
            database = Database.open(config.databaseUrl());
        } catch (RuntimeException e) {
            err.println("generate: " + DatabaseUrls.cannotOpen(config.databaseUrl(), e));
            return 1;
        }
        try (database) {
            Progress progress = new Progress(count);
            long[] lastReport = {started};
            int writers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            Clock clock = Clock.systemUTC();
            Generator generator = new Generator(database.jdbi(), clock, seed, new ChangeFeed(database.jdbi(), clock));
            generator.generate(count, writers, done -> {
                synchronized (lastReport) {
                    long now = System.nanoTime();
                    if (now - lastReport[0] >= PROGRESS_EVERY.toNanos() && done < count) {
                        err.println(progress.line(done, Duration.ofNanos(now - started)));
                        lastReport[0] = now;
                    }
                }
            });
            out.println(Progress.done(count, Duration.ofNanos(System.nanoTime() - started)));
            return 0;
        } catch (RuntimeException e) {
            err.println("generate: stopped: " + e.getMessage());
            return 1;
        }
    }
}
