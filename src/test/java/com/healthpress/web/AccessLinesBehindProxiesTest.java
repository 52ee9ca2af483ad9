package com.healthpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.healthpress.TestApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Access lines name the client: behind a trusted proxy the address X-Forwarded-For gives, on every way through the
 * server (a page from the cache, a page Javalin renders); from anywhere else the peer's own address.
 */
class AccessLinesBehindProxiesTest {

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
        Logger access = (Logger) LoggerFactory.getLogger("access");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = access.getLevel();
        access.setLevel(Level.INFO);
        access.addAppender(appender);
        try {
            for (String path : List.of("/", "/", "/articles/missing")) {
                assertEquals(path.equals("/") ? 200 : 404, app.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                        .header("X-Forwarded-For", forwardedFor).build()).statusCode());
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (lines(appender).size() < 3 && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
        } finally {
            access.detachAppender(appender);
            access.setLevel(before);
        }
        List<String> lines = lines(appender);
        assertEquals(3, lines.size(), lines.toString());
        return lines;
    }

    private static List<String> lines(ListAppender<ILoggingEvent> appender) {
        synchronized (appender) {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
