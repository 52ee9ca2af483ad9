package com.healthpress;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Writes Jetty's warnings that carry an exception as one line, its type and message in place of the stack trace.
 * They are about one client's request or connection (a multipart body cut off, a connection closed while its
 * answer was written), which anyone can send as often as they like: with a stack trace each, a few kilobytes of log
 * per request. The access line still records the request.
 */
public final class OneLineJettyWarnings extends TurboFilter {

    private static final String JETTY = "org.eclipse.jetty";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null || !logger.getName().startsWith(JETTY) || !level.isGreaterOrEqual(Level.WARN)
                || !logger.isEnabledFor(level)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        if (thrown == null) {
            return FilterReply.NEUTRAL;
        }
        String message = MessageFormatter.arrayFormat(format, params).getMessage() + " (" + thrown + ")";
        logger.log(marker, Logger.FQCN, Level.toLocationAwareLoggerInteger(level), oneLine(message), null, null);
        return FilterReply.DENY;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+\\s*", " ");
    }
}
