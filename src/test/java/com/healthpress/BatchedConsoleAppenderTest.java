package com.healthpress;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access lines are queued by the thread that logs them and written in order, in batches, by a thread of its own. */
class BatchedConsoleAppenderTest {

    private static final long NEVER_DURING_THE_TEST = 600_000;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final LoggerContext context = new LoggerContext();
    private PrintStream original;

    @BeforeEach
    void captureStandardOutput() {
        original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        context.setMDCAdapter(new LogbackMDCAdapter());
    }

    @AfterEach
    void restoreStandardOutput() {
        context.stop();
        System.setOut(original);
    }

    @Test
    void theLoggingThreadOnlyQueuesItsLineAndStoppingWritesEveryQueuedLineInOrder() {
        BatchedConsoleAppender appender = started(NEVER_DURING_THE_TEST, 1_000);
        Logger access = accessLoggerWith(appender);

        IntStream.range(0, 500).forEach(i -> access.info("GET /articles/{} 200", i));
        assertEquals(List.of(), printedLines(), "nothing is written by the thread that logs");
        appender.stop();

        List<String> lines = printedLines();
        assertEquals(500, lines.size());
        IntStream.range(0, 500).forEach(i -> assertEquals("access GET /articles/" + i + " 200", lines.get(i)));
    }

    @Test
    void queuedLinesAreWrittenWithinAnIntervalWithoutWaitingForMore() {
        BatchedConsoleAppender appender = started(20, 1_000);
        Logger access = accessLoggerWith(appender);

        access.info("GET / 200");
        await().atMost(Duration.ofSeconds(5)).until(() -> !printedLines().isEmpty());

        assertEquals(List.of("access GET / 200"), printedLines());
        appender.stop();
    }

    @Test
    void linesBeyondTheQueueAreCountedAndTheCountIsWrittenInTheirPlace() {
        BatchedConsoleAppender appender = started(NEVER_DURING_THE_TEST, 3);
        Logger access = accessLoggerWith(appender);

        IntStream.range(0, 5).forEach(i -> access.info("GET /{} 200", i));
        appender.stop();

        assertEquals(List.of("access GET /0 200", "access GET /1 200", "access GET /2 200",
                "[2 access lines dropped: output too slow]"), printedLines());
    }

    private BatchedConsoleAppender started(long intervalMillis, int maxQueued) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%logger %msg%n");
        encoder.start();
        BatchedConsoleAppender appender = new BatchedConsoleAppender(intervalMillis, maxQueued);
        appender.setContext(context);
        appender.setName("access");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    private Logger accessLoggerWith(BatchedConsoleAppender appender) {
        Logger access = context.getLogger("access");
        access.setAdditive(false);
        access.addAppender(appender);
        return access;
    }

    private List<String> printedLines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
