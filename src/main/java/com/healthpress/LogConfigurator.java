package com.healthpress;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The app's logging, set up in code: reading a logback.xml loads an XML parser and some five hundred classes, which
 * was the largest single part of the time from start to the first page. Lines go to standard output; request threads
 * hand access lines to a queue, written in batches ({@link BatchedConsoleAppender}). A configuration file named by
 * {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} on the class path, still takes precedence.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX} %-5level %logger{24} - %msg%n";
    private static final Map<String, Level> LEVELS = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            // A connection that lost the database is reported with a stack trace each; DatabaseHealth says it once.
            "com.zaxxer.hikari.pool.ProxyConnection", Level.ERROR,
            "org.flywaydb", Level.WARN,
            "io.javalin", Level.INFO);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void apply(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = named(new ConsoleAppender<>(), context, "STDOUT");
        console.setEncoder(encoder(context));
        console.start();

        BatchedConsoleAppender queued = named(new BatchedConsoleAppender(), context, "access");
        queued.setEncoder(encoder(context));
        queued.start();

        Logger access = context.getLogger("access");
        access.setLevel(Level.INFO);
        access.setAdditive(false);
        access.addAppender(queued);
        // At exit the queue's last lines are written before the JVM ends (its worker thread is a daemon).
        Runtime.getRuntime().addShutdownHook(new Thread(access::detachAndStopAllAppenders, "access-log-drain"));
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        OneLineJettyWarnings oneLine = new OneLineJettyWarnings();
        oneLine.setContext(context);
        oneLine.start();
        context.addTurboFilter(oneLine);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }

    /** Named and attached to the context; the caller starts it once it is wired. */
    private static <T extends Appender<ILoggingEvent>> T named(T appender, LoggerContext context, String name) {
        appender.setContext(context);
        appender.setName(name);
        return appender;
    }
}
