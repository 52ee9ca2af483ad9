package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Readers who ask for a page while it is being rendered wait for that render instead of rendering it again. */
class RenderOnceTest {

    @Test
    void aPageThatChangesFasterThanItRendersIsRenderedOnceForEveryoneWaiting() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        try (Database database = Database.open(TestDatabases.fresh())) {
            PageCache pageCache = new PageCache(1 << 20);
            CachedPages cached = TestCachedPages.over(database, pageCache);
            Javalin app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.routes.get("/changing", cached.wrap(ctx -> {
                    int render = renders.incrementAndGet();
                    PageTags.declare(ctx, Set.of("often-changed"));
                    Thread.sleep(1000);
                    ctx.html("<p>render " + render + "</p>");
                }));
            }).start(0);
            Thread changes = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    pageCache.invalidate(Set.of("often-changed"));
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            try {
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/changing"))
                        .build();
                changes.start();
                CompletableFuture<HttpResponse<String>> first = client.sendAsync(request,
                        HttpResponse.BodyHandlers.ofString());
                Thread.sleep(200);
                List<CompletableFuture<HttpResponse<String>>> waiting = IntStream.range(0, 8)
                        .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();

                assertEquals(200, first.join().statusCode());
                for (CompletableFuture<HttpResponse<String>> response : waiting) {
                    assertEquals(200, response.join().statusCode());
                }
                assertTrue(renders.get() <= 3, "nine readers, " + renders.get() + " renders, none of them kept");
            } finally {
                changes.interrupt();
                app.stop();
            }
        }
    }

    @Test
    void requestsArrivingDuringARenderAreAnsweredByThatRender() {
        AtomicInteger renders = new AtomicInteger();
        try (Database database = Database.open(TestDatabases.fresh())) {
            CachedPages cached = TestCachedPages.over(database, new PageCache(1 << 20));
            Javalin app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.routes.get("/slow", cached.wrap(ctx -> {
                    int render = renders.incrementAndGet();
                    Thread.sleep(700);
                    ctx.html("<p>render " + render + "</p>");
                }));
            }).start(0);
            try {
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/slow"))
                        .build();
                List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, 8)
                        .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();

                for (CompletableFuture<HttpResponse<String>> response : responses) {
                    assertEquals(200, response.join().statusCode());
                    assertEquals("<p>render 1</p>", response.join().body());
                }
                assertEquals(1, renders.get(), "eight readers at once, one render");
            } finally {
                app.stop();
            }
        }
    }
}
