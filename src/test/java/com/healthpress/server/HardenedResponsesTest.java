package com.healthpress.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.healthpress.Healthpress;
import com.healthpress.TestApp;
import com.healthpress.TestDatabases;
import com.healthpress.TestPorts;
import com.healthpress.config.Config;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every response carries the security headers; nothing reveals the software; health checks and access lines. */
class HardenedResponsesTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        String css = Jsoup.parse(app.get("/").body()).select("link[rel=stylesheet]").attr("href");
        for (String path : List.of("/", "/articles/no-such-article", css, "/sitemap.xml", "/robots.txt",
                "/admin", "/admin/login", "/healthz")) {
            HttpResponse<String> response = app.get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertFalse(response.headers().firstValue("Referrer-Policy").orElse("").isEmpty(), path);
            assertTrue(response.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), path);
            assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(),
                    path + ": no HSTS over plain http");
            assertTrue(response.headers().firstValue("Server").isEmpty(), path + ": no server name or version");
        }
    }

    @Test
    void htmlPagesStateTheirCharacterSetInTheHeaderAsTheyAreServedAgain() {
        String article = Jsoup.parse(app.get("/").body()).select("a[href^=/articles/]").attr("href");
        for (String path : List.of("/", article, "/search?q=sleep", "/articles/no-such-article", "/admin/login")) {
            for (int time = 1; time <= 2; time++) {
                String type = app.get(path).headers().firstValue("Content-Type").orElse("");
                assertEquals("text/html;charset=utf-8", type.toLowerCase().replace(" ", ""), path + ", time " + time);
            }
        }
    }

    @Test
    void strictTransportSecurityIsSentWhenTheSiteIsHttps() throws Exception {
        int port = TestPorts.freePort();
        Config https = new Config(port, TestDatabases.fresh(), "https://health.example.org", "Healthpress Test");
        Javalin server = Healthpress.create(https).start("127.0.0.1", port);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals("max-age=31536000; includeSubDomains",
                    response.headers().firstValue("Strict-Transport-Security").orElse(""));
        } finally {
            server.stop();
        }
    }

    @Test
    void healthzAnswersWhileAliveAndReadyzWhenTheDatabaseAnswers() {
        assertEquals(200, app.get("/healthz").statusCode());
        assertEquals("ready\n", app.get("/readyz").body());
        assertEquals("no-store", app.get("/readyz").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void eachRequestLeavesOneAccessLineWithoutQueryOrCookies() {
        Logger access = (Logger) LoggerFactory.getLogger("access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level before = access.getLevel();
        access.setLevel(Level.INFO);
        access.addAppender(lines);
        try {
            app.get("/articles/missing?token=secret-value");
        } finally {
            access.detachAppender(lines);
            access.setLevel(before);
        }

        assertEquals(1, lines.list.size());
        String line = lines.list.get(0).getFormattedMessage();
        assertTrue(line.matches("127\\.0\\.0\\.1 GET /articles/missing 404 \\d+(\\.\\d)?ms"), line);
        assertFalse(line.contains("secret-value"));
    }

    @Test
    void theSetupTokenIsMaskedInAccessLines() {
        assertEquals("/admin/setup/…", AccessLog.safePath("/admin/setup/AbCdEf123_-"));
        assertEquals("/articles/a?b", AccessLog.safePath("/articles/a\nb"));
    }
}
