package com.healthpress.server;

import com.healthpress.TestDatabases;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.cache.CachedPages;
import com.healthpress.cache.PageCache;
import com.healthpress.cache.TestCachedPages;
import com.healthpress.config.TrustedProxies;
import com.healthpress.storage.Database;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page in the cache is answered before Javalin, exactly as Javalin answers it (headers, 304, HEAD); requests the
 * shortcut must not answer go on to Javalin. A before-handler counts the requests that reach Javalin.
 */
class CachedPageShortcutTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final AtomicInteger REACHED_JAVALIN = new AtomicInteger();
    private static Database database;
    private static Javalin app;

    @BeforeAll
    static void start() {
        database = Database.open(TestDatabases.fresh());
        CachedPages cached = TestCachedPages.over(database, new PageCache(1 << 20));
        ResponsePolicy policy = sitePolicy();
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(server -> {
                Handler.Wrapper outer = new Handler.Wrapper();
                outer.setHandler(new CachedPageShortcut(cached, policy, new WholeBodies(1 << 20)));
                server.setHandler(outer);
            });
            cfg.routes.before(ctx -> REACHED_JAVALIN.incrementAndGet());
            policy.registerWith(cfg);
            cfg.routes.get("/page", cached.wrap(ctx -> ctx.html("<p>a page</p>")));
            cfg.routes.head("/page", cached.wrap(ctx -> ctx.html("<p>a page</p>")));
            cfg.routes.get("/admin/page", cached.wrap(ctx -> ctx.html("<p>an admin page</p>")));
        }).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        database.close();
    }

    @Test
    void aCachedPageIsAnsweredBeforeJavalinWithTheSameHeadersAndBody() {
        send("GET", "/page");
        int reached = REACHED_JAVALIN.get();

        HttpResponse<byte[]> shortcut = send("GET", "/page");
        int reachedAfterShortcut = REACHED_JAVALIN.get();
        HttpResponse<byte[]> javalin = send("GET", "/page?utm_source=newsletter");

        assertEquals(reached, reachedAfterShortcut, "the shortcut answered");
        assertEquals(reached + 1, REACHED_JAVALIN.get(), "a query string goes on to Javalin");
        assertEquals(200, shortcut.statusCode());
        assertEquals(headersWithoutDate(javalin), headersWithoutDate(shortcut));
        assertArrayEquals(javalin.body(), shortcut.body());
    }

    @Test
    void theShortcutAnswersHeadAndConditionalRequests() {
        HttpResponse<byte[]> page = send("GET", "/page", "Accept-Encoding", "gzip");
        int reached = REACHED_JAVALIN.get();

        HttpResponse<byte[]> head = send("HEAD", "/page", "Accept-Encoding", "gzip");
        HttpResponse<byte[]> notModified = send("GET", "/page", "Accept-Encoding", "gzip",
                "If-None-Match", page.headers().firstValue("ETag").orElseThrow());

        assertEquals(reached, REACHED_JAVALIN.get());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(page.body().length), head.headers().firstValue("Content-Length").orElse(""));
        assertEquals("gzip", head.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(304, notModified.statusCode());
        assertEquals(0, notModified.body().length);
    }

    @Test
    void adminPathsAndRequestsWithABodyGoOnToJavalin() {
        send("GET", "/admin/page");
        int reached = REACHED_JAVALIN.get();

        send("GET", "/admin/page");
        HttpResponse<byte[]> withBody = sent(HttpRequest.newBuilder(URI.create(url("/page")))
                .method("GET", HttpRequest.BodyPublishers.ofString("x=1")).build());

        assertEquals(reached + 2, REACHED_JAVALIN.get());
        assertEquals(200, withBody.statusCode());
    }

    @Test
    void aCachedPageIsAnsweredOnOpenAndNewConnectionsWhileEveryRequestThreadWaits() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(10, 2);
        CountDownLatch release = new CountDownLatch(1);
        CachedPages cached = TestCachedPages.over(database, new PageCache(1 << 20));
        Javalin busy = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.threadPool = threads;
            cfg.jetty.addConnector((server, http) -> RequestThreads.connector(server, http, 0));
            cfg.jetty.modifyServer(server -> server.setHandler(
                    new CachedPageShortcut(cached, sitePolicy(), new WholeBodies(1 << 20))));
            cfg.routes.get("/page", cached.wrap(ctx -> ctx.html("<p>a page</p>")));
            cfg.routes.get("/slow", ctx -> release.await());
        }).start();
        try {
            String base = "http://localhost:" + busy.port();
            // A reader's open keep-alive connection: Jetty sets up a new connection on a request thread.
            HttpClient reader = HttpClient.newHttpClient();
            assertEquals(200, reader.send(get(base + "/page"), HttpResponse.BodyHandlers.ofByteArray()).statusCode());
            List<CompletableFuture<HttpResponse<byte[]>>> waiting = IntStream.range(0, 30)
                    .mapToObj(i -> CLIENT.sendAsync(get(base + "/slow"), HttpResponse.BodyHandlers.ofByteArray()))
                    .toList();
            await("every request thread waits and requests queue for one").atMost(Duration.ofSeconds(30))
                    .until(() -> threads.getQueueSize() > 0);

            HttpResponse<byte[]> page = reader.send(get(base + "/page"), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, page.statusCode());
            assertEquals("<p>a page</p>", new String(page.body(), StandardCharsets.UTF_8));
            HttpResponse<byte[]> onNewConnection = HttpClient.newHttpClient()
                    .send(get(base + "/page"), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, onNewConnection.statusCode(), "a new connection is set up without a request thread");
            assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone), "the slow requests were still waiting");
        } finally {
            release.countDown();
            busy.stop();
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
    }

    private static Map<String, List<String>> headersWithoutDate(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    private static HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return sent(request.build());
    }

    private static HttpResponse<byte[]> sent(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    /** Security headers and access lines of a site without proxies in front. */
    private static ResponsePolicy sitePolicy() {
        return new ResponsePolicy(List.of(new SecurityHeaders(false),
                new AccessLog(new ClientAddresses(TrustedProxies.NONE), new LocalRenders("no background renders"))));
    }
}
