package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import com.healthpress.server.RequestThreads;
import com.healthpress.storage.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Pages that are not in the cache are rendered without holding a request thread: while more cold pages than the
 * server has request threads wait for their renders, a page in the cache is still answered.
 */
class ColdPagesTest {

    @Test
    void aCachedPageIsAnsweredWhileMoreColdPagesThanRequestThreadsWaitForTheirRender() throws Exception {
        CountDownLatch rendersMayFinish = new CountDownLatch(1);
        int requestThreads = RequestThreads.forThisMachine().getMaxThreads();
        try (Database database = Database.open(TestDatabases.fresh())) {
            CachedPages cached = TestCachedPages.over(database, new PageCache(1 << 20));
            Javalin app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.jetty.threadPool = RequestThreads.forThisMachine();
                cfg.routes.get("/cold/{n}", cached.wrap(ctx -> {
                    rendersMayFinish.await();
                    ctx.html("<p>cold " + ctx.pathParam("n") + "</p>");
                }));
                cfg.routes.get("/warm", cached.wrap(ctx -> ctx.html("<p>warm</p>")));
            }).start(0);
            try {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                assertEquals(200, client.send(request(app, "/warm"), HttpResponse.BodyHandlers.ofString()).statusCode());
                List<CompletableFuture<HttpResponse<String>>> cold = IntStream.range(0, requestThreads + 16)
                        .mapToObj(n -> client.sendAsync(request(app, "/cold/" + n), HttpResponse.BodyHandlers.ofString()))
                        .toList();

                CompletableFuture<HttpResponse<String>> warm = client.sendAsync(request(app, "/warm"),
                        HttpResponse.BodyHandlers.ofString());

                assertEquals("<p>warm</p>", warm.get(30, TimeUnit.SECONDS).body());
                assertTrue(cold.stream().noneMatch(CompletableFuture::isDone), "the cold renders were still waiting");
                rendersMayFinish.countDown();
                for (int n = 0; n < cold.size(); n++) {
                    assertEquals("<p>cold " + n + "</p>", cold.get(n).get(60, TimeUnit.SECONDS).body());
                }
            } finally {
                rendersMayFinish.countDown();
                app.stop();
            }
        }
    }

    private static HttpRequest request(Javalin app, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(90)).build();
    }
}
