package com.healthpress.account;

import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.LoggerFactory;

/** Everything logged while it is open, as the lines the console would show (message and any stack trace). */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger access = (Logger) LoggerFactory.getLogger("access");
    private final Level accessLevel = access.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** Also the access log, which the tests' logging configuration turns off. */
    public static LogCapture withAccessLog() {
        LogCapture capture = new LogCapture();
        capture.access.setLevel(Level.INFO);
        return capture;
    }

    /** Each event as "LEVEL logger - message", followed by its stack trace if it has one. */
    public List<String> lines() {
        // The appender adds under its own lock.
        synchronized (appender) {
            return appender.list.stream()
                    .map(event -> event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage()
                            + (event.getThrowableProxy() == null ? ""
                            : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
                    .toList();
        }
    }

    public String text() {
        return String.join("\n", lines());
    }

    /**
     * Waits until each text is part of some line, or the timeout passes: the access log writes a request's line
     * after its response has gone out, so the client may have it before the log does.
     */
    public void awaitLinesContaining(Collection<String> texts, Duration timeout) {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(20))
                    .until(() -> texts.stream().allMatch(text -> text().contains(text)));
        } catch (ConditionTimeoutException notAll) {
            // The caller's assertions on the lines say which text is missing.
        }
    }

    @Override
    public void close() {
        access.setLevel(accessLevel);
        root.detachAppender(appender);
        appender.stop();
    }
}
