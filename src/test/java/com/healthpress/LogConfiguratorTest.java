package com.healthpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogConfiguratorTest {

    @Test
    void appLinesAccessLinesAndQuietLibrariesGoToStandardOutputInTheProductionFormat() {
        List<String> lines = printedBy(context -> {
            context.getLogger("com.healthpress.articles.ArticleService").info("saved {}", "knee-pain");
            context.getLogger("com.healthpress.articles.ArticleService").debug("not shown");
            context.getLogger("org.eclipse.jetty.server.Server").info("jetty chatter");
            context.getLogger("com.zaxxer.hikari.pool.HikariPool").info("pool chatter");
            context.getLogger("org.flywaydb.core.Flyway").info("flyway chatter");
            context.getLogger("org.eclipse.jetty.server.Server").warn("jetty warning");
            context.getLogger("access").info("GET / 200 1.2ms");
        });

        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  c\\.h\\.a\\.ArticleService - saved knee-pain"),
                lines.get(0));
        assertTrue(lines.get(1).endsWith("WARN  o.e.jetty.server.Server - jetty warning"), lines.get(1));
        assertTrue(lines.get(2).endsWith("INFO  access - GET / 200 1.2ms"), "once, through the queue: " + lines.get(2));
    }

    @Test
    void jettyWarningsAboutARequestAreOneLineWithoutAStackTraceAndOurOwnKeepTheirs() {
        List<String> lines = printedBy(context -> {
            context.getLogger("org.eclipse.jetty.server.Response")
                    .warn("writeError: status={}", 400, new IllegalStateException("bad multipart"));
            context.getLogger("com.healthpress.web.ErrorPages").error("error {}", "ab12", new IllegalStateException("bug"));
        });

        assertTrue(lines.get(0).endsWith(
                "WARN  o.e.j.server.Response - writeError: status=400 (java.lang.IllegalStateException: bad multipart)"),
                lines.get(0));
        assertTrue(lines.get(1).endsWith("ERROR c.h.web.ErrorPages - error ab12"), lines.get(1));
        assertEquals("java.lang.IllegalStateException: bug", lines.get(2));
        assertTrue(lines.get(3).startsWith("\tat "), lines.get(3));
    }

    private interface Logging {
        void logTo(LoggerContext context);
    }

    /** What a fresh context set up by the configurator prints; stopping the access queue first drains it. */
    private static List<String> printedBy(Logging logging) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            LogConfigurator.apply(context);
            logging.logTo(context);
            context.getLogger("access").detachAndStopAllAppenders();
            context.stop();
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
