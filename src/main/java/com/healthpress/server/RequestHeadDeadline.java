package com.healthpress.server;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * HTTP/1.1 connections whose request line and headers must arrive within a deadline of their first byte. Jetty's
 * idle timeout starts again with every byte, so a client sending its headers a byte a second kept its connection
 * (and its buffer) for as long as it liked; hundreds of them are cheap for the client.
 */
final class RequestHeadDeadline extends HttpConnectionFactory {

    static final Duration DEADLINE = Duration.ofSeconds(10);

    RequestHeadDeadline(HttpConfiguration http) {
        super(http);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new WatchedConnection(getHttpConfiguration(), connector, endPoint);
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    /** Each time bytes were read: a head begun starts the clock, a head complete stops it. */
    private static final class WatchedConnection extends HttpConnection {

        private final Scheduler scheduler;
        private volatile Scheduler.Task deadline;

        WatchedConnection(HttpConfiguration http, Connector connector, EndPoint endPoint) {
            super(http, connector, endPoint);
            this.scheduler = connector.getScheduler();
        }

        @Override
        public void onFillable() {
            super.onFillable();
            boolean inHead = isPartOfHead(getParser());
            Scheduler.Task running = deadline;
            if (inHead && running == null) {
                deadline = scheduler.schedule(this::cutOffIfStillInHead, DEADLINE);
            } else if (!inHead && running != null) {
                running.cancel();
                deadline = null;
            }
        }

        private void cutOffIfStillInHead() {
            if (isPartOfHead(getParser())) {
                getEndPoint().close(new TimeoutException("request head not complete within " + DEADLINE));
            }
        }

        private static boolean isPartOfHead(HttpParser parser) {
            return parser.inHeaderState() && !parser.isStart();
        }
    }
}
