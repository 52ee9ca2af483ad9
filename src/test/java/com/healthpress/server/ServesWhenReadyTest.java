package com.healthpress.server;

import static com.healthpress.TestPorts.freePort;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server answers no request before the app is ready, and does not start when getting ready failed. */
class ServesWhenReadyTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRequestMadeWhileTheAppGetsReadyIsAnsweredOnlyOnceItIs() throws Exception {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        int port = freePort();
        Javalin app = app(ready);
        CompletableFuture<Javalin> starting = CompletableFuture.supplyAsync(() -> app.start("127.0.0.1", port));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build();
            await("the port is bound").atMost(Duration.ofSeconds(30)).until(() -> connects(port));
            CompletableFuture<HttpResponse<String>> answer =
                    CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            // Not answering is the behaviour under test, and it can only be watched for a while.
            await("no answer and no start while the app gets ready").during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(5)).until(() -> !answer.isDone() && !starting.isDone());

            ready.complete(null);

            assertEquals("ready", answer.get(30, TimeUnit.SECONDS).body());
            starting.get(30, TimeUnit.SECONDS);
        } finally {
            ready.complete(null);
            starting.handle((started, failure) -> started).get(30, TimeUnit.SECONDS);
            app.stop();
        }
    }

    @Test
    void whenGettingReadyFailsTheServerDoesNotStartAndSaysWhy() throws Exception {
        IllegalStateException reason = new IllegalStateException("the database cannot be opened");
        Javalin app = app(CompletableFuture.failedFuture(reason));
        int port = freePort();
        try {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> app.start("127.0.0.1", port));

            assertSame(reason, rootOf(failure));
            try (ServerSocket stillFree = new ServerSocket(port)) {
                assertEquals(port, stillFree.getLocalPort());
            }
        } finally {
            app.stop();
        }
    }

    private static Javalin app(CompletableFuture<Void> ready) {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(server -> server.addBean(new ServesWhenReady(ready)));
            cfg.routes.get("/", ctx -> ctx.result("ready"));
        });
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    /** Whether a connection to the port is made: it is, once the port is bound, even before anything accepts it. */
    private static boolean connects(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
