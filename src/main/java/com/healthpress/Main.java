package com.healthpress;

import com.healthpress.account.AccountCommand;
import com.healthpress.api.ApiKeyCommand;
import com.healthpress.backup.ExportCommand;
import com.healthpress.backup.RestoreCommand;
import com.healthpress.cli.CommandContext;
import com.healthpress.cli.CommandLines;
import com.healthpress.cli.ExitCode;
import com.healthpress.cli.ProjectVersion;
import com.healthpress.config.Config;
import com.healthpress.generate.GenerateCommand;
import com.healthpress.importer.ImportCommand;
import com.healthpress.pagestore.PagesCommand;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;
import sun.misc.Signal;

/** The command line: serves the site by default, or runs the command it names; every command is listed here. */
@Command(name = "healthpress", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = ProjectVersion.class,
        description = {"Serves the Healthpress site (the default), or runs one of the commands below on its database.",
                "Run as java -jar healthpress.jar [COMMAND]. Settings come from the environment (PORT, "
                        + "DATABASE_URL and others; see the README)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done, or help or the version shown",
                "1:refused or failed; the command says why",
                "2:wrong usage, or a wrong setting in the environment"})
public final class Main implements Callable<Integer> {

    private final CommandContext context;
    /** Set by the serve command; {@link #main} starts the server once the command line is done. */
    private boolean serve;

    private Main(CommandContext context) {
        this.context = context;
    }

    public static void main(String[] args) {
        Main main = new Main(new CommandContext(System.getenv(), Clock.systemUTC(), System.in, System.out,
                System.err));
        int exitCode = main.commandLine().execute(args);
        if (!main.serve) {
            System.exit(exitCode);
        }
        // Outside picocli, which would exit at once: a server that fails to start (its port taken) ends the process
        // with its exception as it always did, once the database thread is done, never in the middle of a migration.
        main.startServer();
    }

    /** Runs what {@code args} ask for in this JVM, as {@link #main} does, but starts no server; the exit code. */
    public static int run(CommandContext context, String... args) {
        return new Main(context).commandLine().execute(args);
    }

    private CommandLine commandLine() {
        return CommandLines.configure(new CommandLine(this)
                .addSubcommand(new ImportCommand(context))
                .addSubcommand(new AccountCommand(context))
                .addSubcommand(new GenerateCommand(context))
                .addSubcommand(new ExportCommand(context))
                .addSubcommand(new RestoreCommand(context))
                .addSubcommand(new PagesCommand(context))
                .addSubcommand(new ApiKeyCommand(context))
                .addSubcommand(new HelpCommand()), context);
    }

    @Override
    public Integer call() {
        return serve();
    }

    @Command(name = "serve", description = {"Serves the site on PORT; what runs without a command.",
            "Ctrl-C or SIGTERM stops it gracefully: it finishes the requests in hand, then exits with 130 or 143."})
    int serve() {
        serve = true;
        return ExitCode.DONE;
    }

    private void startServer() {
        Config config = context.config();
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
