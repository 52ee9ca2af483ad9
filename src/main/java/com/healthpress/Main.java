package com.healthpress;

import com.healthpress.account.AccountCommand;
import com.healthpress.backup.ExportCommand;
import com.healthpress.backup.RestoreCommand;
import com.healthpress.generate.GenerateCommand;
import com.healthpress.importer.ImportCommand;
import io.javalin.Javalin;
import java.util.Arrays;
import java.util.List;
import sun.misc.Signal;

/** Reads the configuration and runs what the command line asks for: the web server by default. */
public final class Main {

    private static final String USAGE = """
            usage: java -jar healthpress.jar                      serve the site
                   java -jar healthpress.jar import [--publish] [--new-slug] FILE...   import article documents
                   java -jar healthpress.jar admin create USERNAME        create an admin (password on stdin)
                   java -jar healthpress.jar admin passwd USERNAME        change an admin's password (stdin)
                   java -jar healthpress.jar generate --articles N [--seed S]   add N synthetic articles
                   java -jar healthpress.jar export FILE                 write everything to one JSON file
                   java -jar healthpress.jar restore FILE                load an export into an empty database""";

    private Main() {
    }

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.fromEnvironment(System.getenv());
        } catch (Config.ConfigException e) {
            System.err.println("healthpress: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        String command = args.length == 0 ? "serve" : args[0];
        switch (command) {
            case "serve" -> serve(config);
            case "import" -> System.exit(ImportCommand.run(config, rest, System.out, System.err));
            case "admin" -> System.exit(AccountCommand.run(config, rest, System.in, System.out, System.err));
            case "generate" -> System.exit(GenerateCommand.run(config, rest, System.out, System.err));
            case "export" -> System.exit(ExportCommand.run(config, rest, System.out, System.err));
            case "restore" -> System.exit(RestoreCommand.run(config, rest, System.out, System.err));
            case "help", "--help", "-h" -> System.out.println(USAGE);
            default -> {
                System.err.println("healthpress: unknown command \"" + command + "\"\n" + USAGE);
                System.exit(2);
            }
        }
    }

    private static void serve(Config config) {
        Javalin app = Healthpress.create(config);
        stopBeforeExitOn(app, "TERM", "INT");
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        app.start(config.port());
    }

    /**
     * On these signals, stops the server gracefully first and only then exits as the JVM would have (128 + the
     * signal's number). The JVM's own handling starts every shutdown hook at once, and H2's closes the database under
     * the requests that the graceful stop is still waiting for.
     */
    private static void stopBeforeExitOn(Javalin app, String... signals) {
        for (String name : signals) {
            try {
                Signal.handle(new Signal(name), signal -> stopThenExit(app, signal));
            } catch (IllegalArgumentException signalNotOurs) {
                // A JVM run with -Xrs leaves the signal to the system; the shutdown hook still stops the server.
            }
        }
    }

    /** In a thread that is not a daemon, so that the JVM does not begin its shutdown once the server's have ended. */
    private static void stopThenExit(Javalin app, Signal signal) {
        Thread stopping = new Thread(() -> {
            try {
                app.stop();
            } finally {
                System.exit(128 + signal.getNumber());
            }
        }, "stop-on-SIG" + signal.getName());
        stopping.setDaemon(false);
        stopping.start();
    }
}
