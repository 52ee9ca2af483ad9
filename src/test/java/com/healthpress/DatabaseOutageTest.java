package com.healthpress;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.healthpress.server.HtmlChecker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The database taken away while the site serves: a TCP proxy between the app and its database (an H2 TCP server, or
 * the test PostgreSQL server) closes every connection and refuses new ones, as a stopped server does. Cached pages
 * are still served; everything that needs the database answers a plain 503 with Retry-After at once, the editor's
 * typed text included; the log says it once; once the proxy forwards again the site works without a restart.
 */
class DatabaseOutageTest {

    /** The "within a second or two", with room for a busy machine. */
    private static final Duration ANSWERED_WITHIN = Duration.ofMillis(2_500);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(30);
    private static final String TYPED = "Typed while the database was away: keep <this> text";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private ProxiedDatabase database;
    private TcpProxy proxy;
    private TestApp app;

    @BeforeEach
    void startTheAppBehindAProxy() throws IOException {
        database = ProxiedDatabase.start();
        proxy = database.proxy();
        app = TestApp.start(Files.createTempDirectory("healthpress-outage"), database.url(), Clock.systemUTC());
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopAll() {
        root.detachAppender(log);
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayCachedPagesAreServedAndEverythingElseIsAQuick503UntilItIsBack() {
        AdminClient admin = AdminClient.loggedIn(app);
        long draft = DraftForm.create(admin, "outage-draft");
        int version = DraftForm.versionOn(admin.get("/admin/articles/" + draft));
        String article = firstArticlePath(app.get("/").body());
        assertEquals(200, app.get(article).statusCode(), "the article page, now cached");
        // The paths below are warmed, so that the times measured during the outage are not the JIT's.
        for (String path : List.of("/search?q=sleep", "/articles/no-such-article", "/readyz")) {
            app.get(path);
        }
        admin.get("/admin");

        proxy.cut();

        assertEquals(200, timed(() -> fresh("/")).statusCode(), "the home page, cached");
        assertEquals(200, timed(() -> fresh(article)).statusCode(), "the article, cached");
        HttpResponse<String> search = timed(() -> fresh("/search?q=blood+pressure"));
        assertUnavailable(search, "an uncached search");
        assertUnavailable(timed(() -> fresh("/articles/no-such-article")), "an unknown article");
        assertUnavailable(timed(() -> fresh("/topics/never-rendered")), "an uncached topic page");
        assertEquals(404, timed(() -> fresh("/no/such/page")).statusCode(), "a 404 needs no database");
        assertUnavailable(timed(() -> admin.get("/admin")), "the admin's list");
        HttpResponse<String> save = timed(() -> admin.post("/admin/articles/" + draft,
                DraftForm.fields("outage-draft", TYPED, version)));
        assertUnavailable(save, "a save");
        assertTrue(save.body().contains("Typed while the database was away: keep &lt;this&gt; text"),
                "the typed lead comes back, escaped:\n" + save.body());
        assertEquals(List.of(), HtmlChecker.errors(Map.of("503 page", search.body(), "503 with a form", save.body())));
        assertEquals(503, timed(() -> fresh("/readyz")).statusCode());
        assertEquals(200, timed(() -> fresh("/healthz")).statusCode());
        assertEquals(503, timed(() -> fresh("/search?q=blood+pressure")).statusCode(),
                "a failed search is not kept as an empty result");

        proxy.restore();

        awaitStatus("/readyz", 200);
        assertEquals(200, app.get("/search?q=blood+pressure").statusCode());
        assertEquals(404, app.get("/articles/no-such-article").statusCode());
        assertEquals(200, admin.get("/admin").statusCode());
        HttpResponse<String> saved = admin.post("/admin/articles/" + draft,
                DraftForm.fields("outage-draft", TYPED, version));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(1, linesContaining("database unreachable"), logText());
        assertEquals(1, linesContaining("database is back"), logText());
        assertTrue(log.list.stream().noneMatch(event -> event.getThrowableProxy() != null),
                "no stack traces:\n" + logText());
    }

    private static void assertUnavailable(HttpResponse<String> response, String what) {
        assertEquals(503, response.statusCode(), what + ":\n" + response.body());
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), what + " says when to retry");
        assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), what + " has the headers");
        assertTrue(response.body().contains("temporarily unavailable"), what + ":\n" + response.body());
    }

    /** The response, failing the test when it took longer than {@link #ANSWERED_WITHIN}. */
    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
        Instant start = Instant.now();
        HttpResponse<String> response = request.get();
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(ANSWERED_WITHIN) <= 0, response.uri() + " took " + took.toMillis() + " ms");
        return response;
    }

    private void awaitStatus(String path, int status) {
        await(path + " answers " + status).atMost(BACK_WITHIN).until(() -> fresh(path).statusCode() == status);
    }

    /** A GET on a connection of its own, given up after 10 s. */
    private HttpResponse<String> fresh(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path)))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String firstArticlePath(String homePage) {
        Matcher link = Pattern.compile("href=\"(/articles/[a-z0-9-]+)\"").matcher(homePage);
        assertTrue(link.find(), "the home page links an article");
        return link.group(1);
    }

    private long linesContaining(String text) {
        synchronized (log) {
            return log.list.stream().filter(event -> event.getFormattedMessage().contains(text)).count();
        }
    }

    private String logText() {
        synchronized (log) {
            return String.join("\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        }
    }
}
