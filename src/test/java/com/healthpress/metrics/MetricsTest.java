package com.healthpress.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The management port over real HTTP: what it serves, where, and that it reads as Prometheus reads it. */
class MetricsTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.startWith(Map.of("METRICS_PORT", "0"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> scrape(String path, String method) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.metricsPort() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrometheusText metrics() {
        HttpResponse<String> response = scrape("/metrics", "GET");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        return PrometheusText.parse(response.body());
    }

    private static Article published(String title) {
        return app.articles().create(TestArticles.published(title, Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    private static double requests(String route, String method, String status) {
        return metrics().sum("http_server_requests_seconds_count",
                Map.of("route", route, "method", method, "status", status));
    }

    @Test
    void requestsAreCountedByRoutePatternNeverByTheirPath() {
        Article article = published("Counted by route");
        double before = requests("/articles/{slug}", "GET", "2xx");

        assertEquals(200, app.get("/articles/" + article.slug()).statusCode());
        assertEquals(200, app.get("/articles/" + article.slug()).statusCode()); // the second from the cache

        assertEquals(before + 2, requests("/articles/{slug}", "GET", "2xx"));
        for (PrometheusText.Series series : metrics().samples().keySet()) {
            assertFalse(series.labels().containsValue("/articles/" + article.slug()), series.toString());
        }
    }

    @Test
    void pathsNoRouteMatchesShareOneSeries() {
        double before = requests(RoutePatterns.UNMATCHED, "GET", "4xx");

        assertEquals(404, app.get("/no-such-page-" + System.nanoTime()).statusCode());
        assertEquals(404, app.get("/wp-login.php").statusCode());

        assertEquals(before + 2, requests(RoutePatterns.UNMATCHED, "GET", "4xx"));
    }

    @Test
    void theLatencyHistogramsBucketsAddUpToItsCount() {
        app.get("/");
        PrometheusText metrics = metrics();
        Map<String, Double> buckets = new TreeMap<>();
        metrics.samples().forEach((series, value) -> {
            if (series.name().equals("http_server_requests_seconds_bucket") && series.labels().get("route").equals("/")
                    && series.labels().get("method").equals("GET") && series.labels().get("status").equals("2xx")) {
                buckets.put(series.labels().get("le"), value);
            }
        });
        double count = metrics.value("http_server_requests_seconds_count",
                Map.of("route", "/", "method", "GET", "status", "2xx"));

        assertTrue(buckets.size() >= 10, buckets.toString());
        assertEquals(count, buckets.get("+Inf"));
        List<Double> cumulative = new ArrayList<>();
        buckets.entrySet().stream()
                .sorted((a, b) -> Double.compare(bound(a.getKey()), bound(b.getKey())))
                .forEach(bucket -> cumulative.add(bucket.getValue()));
        for (int i = 1; i < cumulative.size(); i++) {
            assertTrue(cumulative.get(i) >= cumulative.get(i - 1), "buckets are cumulative: " + buckets);
        }
    }

    private static double bound(String le) {
        return le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }

    @Test
    void rendersAndCacheHitsAreCounted() {
        Article article = published("Rendered then cached");
        PrometheusText before = metrics();

        app.get("/articles/" + article.slug());
        app.get("/articles/" + article.slug());
        PrometheusText after = metrics();

        assertEquals(before.value("healthpress_page_renders_seconds_count", Map.of("kind", "reader")) + 1,
                after.value("healthpress_page_renders_seconds_count", Map.of("kind", "reader")));
        assertTrue(after.value("healthpress_page_renders_seconds_sum", Map.of("kind", "reader"))
                > before.value("healthpress_page_renders_seconds_sum", Map.of("kind", "reader")));
        assertEquals(before.value("healthpress_pages_served_total", Map.of("from", "memory")) + 1,
                after.value("healthpress_pages_served_total", Map.of("from", "memory")));
        assertTrue(after.value("healthpress_page_cache_size_bytes", Map.of()) > 0);
    }

    @Test
    void theDatabasePoolJvmAndProcessAreThere() {
        PrometheusText metrics = metrics();

        assertEquals(10, metrics.value("healthpress_db_pool_max", Map.of()));
        assertTrue(metrics.value("healthpress_db_pool_idle", Map.of())
                + metrics.value("healthpress_db_pool_active", Map.of()) >= 1);
        assertTrue(metrics.sum("jvm_memory_used_bytes", Map.of("area", "heap")) > 0);
        assertTrue(metrics.value("process_uptime_seconds", Map.of()) > 0);
        assertTrue(metrics.value("jetty_threads_current", Map.of()) > 0);
        assertEquals(0, metrics.value("healthpress_scheduled_publications_total", Map.of()));
    }

    @Test
    void metricsAreNeverServedOnThePublicPort() {
        assertEquals(404, app.get("/metrics").statusCode());
    }

    @Test
    void theManagementPortServesOnlyMetricsAndOnlyToReads() {
        assertEquals(404, scrape("/", "GET").statusCode());
        assertEquals(404, scrape("/admin", "GET").statusCode());
        assertEquals(405, scrape("/metrics", "POST").statusCode());
        assertEquals(200, scrape("/metrics", "HEAD").statusCode());
    }

    @Test
    void theManagementPortListensOnLoopbackUnlessTold() {
        assertTrue(app.config().metrics().bindAddress().isLoopbackAddress());
    }

    @Test
    void withoutAPortThereIsNoManagementServer() {
        try (TestApp plain = TestApp.start()) {
            assertTrue(plain.metricsServer().isEmpty());
            assertEquals(404, plain.get("/metrics").statusCode());
        }
    }
}
