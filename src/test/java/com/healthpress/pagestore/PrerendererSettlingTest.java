package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The background renderer says when its work has settled: once the start's work is done, and again after a run of
 * many renders (a re-render after a deploy), never after the few renders of an editor's save. The app collects the
 * old generation's garbage then (Healthpress), so that this work's garbage does not wait for the next busy moment.
 */
class PrerendererSettlingTest {

    private static final int PAGES = 1_200;

    private final AtomicInteger settled = new AtomicInteger();
    private Database database;
    private Prerenderer renderer;

    @BeforeEach
    void startRendererOnPagesOfAnEarlierBuild() throws Exception {
        database = Database.open(TestDatabases.fresh());
        EarlierBuildPages.insert(database, PAGES);
        PageStore store = new PageStore(database.jdbi(),
                new PageFiles(Files.createTempDirectory("healthpress-page-files")), "build-1", "site-1",
                () -> EarlierBuildPages.lastChange(database), Clock.systemUTC());
        renderer = new Prerenderer(store, key -> {
            store.storeLater(key, EarlierBuildPages.page(key, 20), store.changeMark());
            return 200;
        }, List::of, settled::incrementAndGet);
        renderer.start();
    }

    @AfterEach
    void stop() {
        renderer.close();
        database.close();
    }

    @Test
    void itSettlesOnceTheStartsWorkIsDoneAndNotAfterAnEditorsFewRenders() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> settled.get() == 1);
        assertEquals(PAGES, renderer.rendered(), "it settled after rendering the earlier build's pages");

        markStale(3);
        renderer.wake(Set.of("article:1"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> renderer.rendered() == PAGES + 3);
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> settled.get() == 1);
    }

    @Test
    void itSettlesAgainAfterRenderingManyPages() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> settled.get() == 1);

        markStale(PAGES);
        renderer.wake(Set.of("listings"));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> settled.get() == 2);
        assertEquals(2L * PAGES, renderer.rendered(), "it settled after rendering every stale page");
    }

    private void markStale(int pages) {
        List<String> keys = IntStream.range(0, pages).mapToObj(EarlierBuildPages::key).toList();
        database.jdbi().useHandle(handle -> handle
                .createUpdate("UPDATE stored_page SET stale = TRUE WHERE page_key IN (<keys>)")
                .bindList("keys", keys).execute());
    }
}
