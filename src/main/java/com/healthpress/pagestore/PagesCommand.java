package com.healthpress.pagestore;

import com.healthpress.cli.CommandContext;
import com.healthpress.cli.ExitCode;
import com.healthpress.config.Config;
import com.healthpress.storage.Database;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code pages status}, {@code pages rebuild} and {@code pages compact}: what the page store holds, having every
 * stored page rendered again by the running server (or the next one to start), which serves the present ones
 * meanwhile, and deleting the files no stored page uses. Exit codes: 0 done, 1 failed.
 */
@Command(name = "pages", description = {"The page store: public pages rendered and kept across restarts.",
        "A running server renders what it lacks or what changed in the background."})
public final class PagesCommand {

    private final CommandContext context;

    public PagesCommand(CommandContext context) {
        this.context = context;
    }

    @Command(name = "status", description = "Prints how many pages are stored, their size, and how many wait to "
            + "be rendered again.")
    int status() {
        return run(store -> {
            PageStoreStatus status = store.status();
            context.out().println(String.format(Locale.ROOT, "%d pages stored, %.1f MB (gzip and Brotli); %d "
                    + "stale and %d of another build or settings wait to be rendered again", status.pages(),
                    status.bytes() / 1048576.0, status.stale(), status.olderBuild()));
        });
    }

    @Command(name = "rebuild", description = {"Has every stored page rendered again, newest first.",
            "A running server (or the next to start) renders them in the background and serves the present ones "
                    + "meanwhile; progress is in its log and on /admin."})
    int rebuild() {
        return run(store -> context.out().println(store.markAllForRebuild(marked -> { }) + " stored pages will be "
                + "rendered again in the background by the running server, or the next one to start"));
    }

    @Command(name = "compact", description = {"Deletes the files of pages no longer stored (older copies of pages "
            + "rendered again), an hour old or more.", "A running server does it once after its start, then daily."})
    int compact() {
        return run(store -> context.out().println(store.deleteUnusedFiles() + " page files deleted"));
    }

    private interface Work {
        void on(PageStore store);
    }

    private int run(Work work) {
        Config config = context.config();
        try (Database database = context.openDatabase()) {
            work.on(new PageStore(database.jdbi(), new PageFiles(config.pageFiles()), BuildVersion.current(),
                    BuildVersion.ofSettings(config.baseUrl(), config.siteName()), () -> 0, context.clock()));
            return ExitCode.DONE;
        } catch (RuntimeException e) {
            context.err().println("pages: the database could not be read: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
