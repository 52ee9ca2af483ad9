package com.healthpress.cli;

import com.healthpress.config.Config;
import com.healthpress.storage.Database;
import com.healthpress.storage.DatabaseUrls;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * What every command is given: the configuration (read from the environment when a command first runs, so that help
 * needs none), the clock, the standard streams, and the one way commands open the database.
 */
public final class CommandContext {

    private final Map<String, String> environment;
    private final Clock clock;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private Config config;

    public CommandContext(Map<String, String> environment, Clock clock, InputStream in, PrintStream out,
                          PrintStream err) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** The configuration; throws {@link Config.ConfigException} naming a wrong setting. */
    public Config config() {
        if (config == null) {
            config = Config.fromEnvironment(environment);
        }
        return config;
    }

    /** The configured database, migrated; one that does not open fails the command, named without its password. */
    public Database openDatabase() {
        String url = config().databaseUrl();
        try {
            return Database.open(url);
        } catch (RuntimeException e) {
            throw new CommandFailure(DatabaseUrls.cannotOpen(url, e));
        }
    }

    public Clock clock() {
        return clock;
    }

    public InputStream in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }
}
