package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Stopping the background renderer while it stores pages: it must not interrupt the thread that writes to the
 * database. An interrupt during H2's file I/O closes H2's file; a SIGTERM during the renderer's commit left a
 * database whose stored pages could no longer be read.
 */
class PrerendererStopTest {

    private static final int PAGES = 3_000;

    private final Clock clock = Clock.systemUTC();

    @Test
    void aStopWhileTheRendererStoresLeavesEveryStoredPageReadableAndInterruptsNoRender() throws Exception {
        String url = TestDatabases.fresh();
        PageFiles files = new PageFiles(Files.createTempDirectory("healthpress-page-files"));
        Database database = Database.open(url);
        EarlierBuildPages.insert(database, PAGES);
        AtomicBoolean renderInterrupted = new AtomicBoolean();
        for (int stop = 1; stop <= 3; stop++) {
            PageStore store = new PageStore(database.jdbi(), files, "build-" + stop, "site-1",
                    () -> EarlierBuildPages.lastChange(database), clock);
            Prerenderer renderer = new Prerenderer(store, key -> {
                store.storeLater(key, EarlierBuildPages.page(key, 2_000), store.changeMark());
                renderInterrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
                return 200;
            }, List::of, () -> { });
            renderer.start();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> renderer.rendered() > 300);

            renderer.close();

            assertEquals(PAGES, countRows(database), "the database is still usable after stop " + stop);
            assertEquals(renderer.rendered(), rowsRenderedBy(database, "build-" + stop),
                    "every page rendered before stop " + stop + " was stored");
        }
        database.close();

        Database reopened = Database.open(url);
        try {
            assertEquals(PAGES, reopened.jdbi().withHandle(handle -> handle
                    .createQuery("SELECT page_key, etag, tags FROM stored_page ORDER BY page_key")
                    .mapToMap().list()).size(), "every row reads after a restart");
        } finally {
            reopened.close();
        }
        assertFalse(renderInterrupted.get(), "no render saw an interrupt");
    }

    private static long rowsRenderedBy(Database database, String build) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM stored_page WHERE renderer = :build").bind("build", build)
                .mapTo(Long.class).one());
    }

    private static int countRows(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM stored_page")
                .mapTo(Integer.class).one());
    }
}
