package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestDatabases;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.publishing.ScheduledPublisher;
import com.healthpress.storage.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Readers who ask for a page while it is being rendered wait for that render instead of rendering it again. */
class RenderOnceTest {

    @Test
    void requestsArrivingDuringARenderAreAnsweredByThatRender() {
        AtomicInteger renders = new AtomicInteger();
        try (Database database = Database.open(TestDatabases.fresh())) {
            Clock clock = Clock.systemUTC();
            ScheduledPublisher publisher = new ScheduledPublisher(database.jdbi(), new ChangeFeed(database.jdbi(), clock),
                    clock);
            CachedPages cached = new CachedPages(new PageCache(1 << 20), true, publisher, clock);
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
