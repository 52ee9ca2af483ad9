package com.healthpress.cache;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Readers who ask for a page while it is being rendered wait for that render instead of rendering it again. */
class RenderOnceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void aPageThatChangesWhileItRendersIsRenderedOnceMoreForEveryoneWhoCameDuringTheFirstRender() throws Exception {
        try (Database database = Database.open(TestDatabases.fresh());
                HeldRenders page = new HeldRenders(database, "/changing")) {
            CompletableFuture<HttpResponse<String>> first = page.request();
            page.awaitRenderStarted();
            page.pageCache.invalidate(Set.of(HeldRenders.TAG));
            List<CompletableFuture<HttpResponse<String>>> waiting = page.requests(8);
            page.awaitWaitingForTheRender(8);

            page.finishRender();
            page.awaitRenderStarted(); // one of the eight renders again; the other seven wait for it
            page.awaitWaitingForTheRender(7);
            page.pageCache.invalidate(Set.of(HeldRenders.TAG)); // a reader who came later would render once more
            page.finishRender();

            assertEquals("<p>render 1</p>", first.join().body());
            for (CompletableFuture<HttpResponse<String>> response : waiting) {
                assertEquals("<p>render 2</p>", response.join().body(), "came during render 1, which was not kept");
            }
            assertEquals(2, page.renders.get(), "nine readers, one render at a time, none of them kept");
        }
    }

    @Test
    void requestsArrivingDuringARenderAreAnsweredByThatRender() throws Exception {
        try (Database database = Database.open(TestDatabases.fresh());
                HeldRenders page = new HeldRenders(database, "/slow")) {
            CompletableFuture<HttpResponse<String>> first = page.request();
            page.awaitRenderStarted();
            List<CompletableFuture<HttpResponse<String>>> waiting = page.requests(7);
            page.awaitWaitingForTheRender(7);

            page.finishRender();

            assertEquals("<p>render 1</p>", first.join().body());
            for (CompletableFuture<HttpResponse<String>> response : waiting) {
                assertEquals(200, response.join().statusCode());
                assertEquals("<p>render 1</p>", response.join().body());
            }
            assertEquals(1, page.renders.get(), "eight readers at once, one render");
            assertEquals("<p>render 1</p>", page.request().join().body(), "and the page was kept");
        }
    }

    /** A page behind the page cache whose renders start when asked for and finish only when the test says so. */
    private static final class HeldRenders implements AutoCloseable {

        static final String TAG = "often-changed";

        final PageCache pageCache = new PageCache(1 << 20);
        final AtomicInteger renders = new AtomicInteger();
        private final Semaphore started = new Semaphore(0);
        private final Semaphore finish = new Semaphore(0);
        private final String path;
        private final CachedPages cached;
        private final Javalin app;
        private final HttpClient client = HttpClient.newHttpClient();

        HeldRenders(Database database, String path) {
            this.path = path;
            this.cached = TestCachedPages.over(database, pageCache);
            this.app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.routes.get(path, cached.wrap(ctx -> {
                    int render = renders.incrementAndGet();
                    PageTags.declare(ctx, Set.of(TAG));
                    started.release();
                    if (!finish.tryAcquire(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                        throw new IllegalStateException("render " + render + " was never let finish");
                    }
                    ctx.html("<p>render " + render + "</p>");
                }));
            }).start(0);
        }

        CompletableFuture<HttpResponse<String>> request() {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build();
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        }

        List<CompletableFuture<HttpResponse<String>>> requests(int count) {
            return IntStream.range(0, count).mapToObj(i -> request()).toList();
        }

        void awaitRenderStarted() throws InterruptedException {
            assertTrue(started.tryAcquire(DEADLINE.toSeconds(), TimeUnit.SECONDS), "a render started");
        }

        /** Until this many requests wait for the render in progress (they are its dependents). */
        void awaitWaitingForTheRender(int requests) {
            await().atMost(DEADLINE).until(() -> {
                CompletableFuture<?> render = cached.renderInProgress(path);
                return render != null && render.getNumberOfDependents() == requests;
            });
        }

        void finishRender() {
            finish.release();
        }

        @Override
        public void close() {
            finish.release(100);
            app.stop();
        }
    }
}
