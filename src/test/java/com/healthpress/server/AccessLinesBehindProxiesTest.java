package com.healthpress.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import com.healthpress.account.LogCapture;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Access lines name the client: behind a trusted proxy the address X-Forwarded-For gives, on every way through the
 * server (a page from the cache, a page Javalin renders); from anywhere else the peer's own address.
 */
class AccessLinesBehindProxiesTest {

    private static final String ACCESS_LINE = "INFO access - ";

    @Test
    void behindATrustedProxyEveryLineNamesTheForwardedClient() {
        try (TestApp app = TestApp.startWith(Map.of("TRUSTED_PROXIES", "127.0.0.1"))) {
            List<String> lines = accessLinesOf(app, "203.0.113.7");

            assertTrue(lines.stream().allMatch(line -> line.startsWith("203.0.113.7 ")), lines.toString());
        }
    }

    @Test
    void withoutTrustedProxiesEveryLineNamesThePeer() {
        try (TestApp app = TestApp.start()) {
            List<String> lines = accessLinesOf(app, "203.0.113.7");

            assertTrue(lines.stream().allMatch(line -> line.startsWith("127.0.0.1 ")), lines.toString());
        }
    }

    /** The home page twice (rendered, then from the cache) and a missing article, each forwarded for this address. */
    private static List<String> accessLinesOf(TestApp app, String forwardedFor) {
        try (LogCapture log = LogCapture.withAccessLog()) {
            for (String path : List.of("/", "/", "/articles/missing")) {
                assertEquals(path.equals("/") ? 200 : 404, app.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                        .header("X-Forwarded-For", forwardedFor).build()).statusCode());
            }
            log.awaitLinesContaining(List.of(" GET /articles/missing 404 "), Duration.ofSeconds(10));
            List<String> lines = log.lines().stream()
                    .filter(line -> line.startsWith(ACCESS_LINE))
                    .map(line -> line.substring(ACCESS_LINE.length()))
                    .toList();
            assertEquals(3, lines.size(), lines.toString());
            return lines;
        }
    }
}
