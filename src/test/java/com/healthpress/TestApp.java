package com.healthpress;

import com.healthpress.articles.ArticleService;
import com.healthpress.people.PeopleService;
import com.healthpress.cache.PageCache;
import com.healthpress.config.Config;
import com.healthpress.metrics.MetricsServer;
import com.healthpress.publishing.ScheduledPublisher;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real app on a random port with a fresh database of its own ({@link TestDatabases}: H2, or PostgreSQL in the
 * PostgreSQL test run), for HTTP and browser tests. Close it to stop the server.
 */
public final class TestApp implements AutoCloseable {

    private final Path dataDir;
    private final Config config;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestApp(Path dataDir, Config config, Javalin app) {
        this.dataDir = dataDir;
        this.config = config;
        this.app = app;
    }

    /** Starts the app on a new, empty database (which the demo articles then fill). */
    public static TestApp start() {
        return start(Clock.systemUTC());
    }

    public static TestApp start(Clock clock) {
        try {
            Path dataDir = Files.createTempDirectory("healthpress-test");
            return start(dataDir, TestDatabases.fresh(), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestApp start(Path dataDir, String databaseUrl, Clock clock) {
        int port = TestPorts.freePort();
        Config config = new Config(port, databaseUrl, "http://localhost:" + port, "Healthpress Test");
        Javalin app = Healthpress.create(config, clock).start("127.0.0.1", port);
        return new TestApp(dataDir, config, app);
    }

    /** Starts the app on a new, empty database with a page cache of this many megabytes. */
    public static TestApp withPageCacheMegabytes(int megabytes) {
        return startWith(Map.of("PAGE_CACHE_MB", String.valueOf(megabytes)));
    }

    /** Starts the app on a new, empty database with these settings, read as the environment's would be. */
    public static TestApp startWith(Map<String, String> settings) {
        try {
            return startWith(Files.createTempDirectory("healthpress-test"), TestDatabases.fresh(), Clock.systemUTC(),
                    settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the app on this database with these settings, read as the environment's would be, on a free port
     * unless they name one (a restart that must serve the same address names it).
     */
    public static TestApp startWith(Path dataDir, String databaseUrl, Clock clock, Map<String, String> settings) {
        int port = settings.containsKey("PORT") ? Integer.parseInt(settings.get("PORT")) : TestPorts.freePort();
        Map<String, String> env = new HashMap<>(settings);
        env.putIfAbsent("SITE_NAME", "Healthpress Test");
        env.put("BASE_URL", "http://localhost:" + port);
        env.put("PORT", String.valueOf(port));
        env.put("DATABASE_URL", databaseUrl);
        Config config = Config.fromEnvironment(env);
        Javalin app = Healthpress.create(config, clock).start("127.0.0.1", port);
        return new TestApp(dataDir, config, app);
    }

    public Config config() {
        return config;
    }

    public String databaseUrl() {
        return config.databaseUrl();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The absolute URL of a path on the running app. */
    public String url(String path) {
        return config.baseUrl() + path;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    /** The body of a path as bytes, for images. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The app's own article service: writes through it drop cached pages at once, as the editor's do. */
    public ArticleService articles() {
        return app.unsafe.appDataManager.get(Healthpress.ARTICLES);
    }

    /** Every HTTP route of the running app's router, as Javalin keeps it. */
    public List<ParsedEndpoint> routes() {
        return app.unsafe.internalRouter.allHttpHandlers();
    }

    /** The app's own people service, for tests that need person records the editor can choose. */
    public PeopleService people() {
        return app.unsafe.appDataManager.get(Healthpress.PEOPLE);
    }

    public ScheduledPublisher publisher() {
        return app.unsafe.appDataManager.get(Healthpress.PUBLISHER);
    }

    /** The management port the metrics are served on (the app must have been started with METRICS_PORT). */
    public int metricsPort() {
        return metricsServer().orElseThrow().port();
    }

    /** The management port's server; empty when metrics are off. */
    public Optional<MetricsServer> metricsServer() {
        return Optional.ofNullable(app.unsafe.appDataManager.get(Healthpress.METRICS_SERVER).get());
    }

    public PageCache pageCache() {
        return app.unsafe.appDataManager.get(Healthpress.PAGE_CACHE);
    }

    @Override
    public void close() {
        app.stop();
    }
}
