package com.healthpress.server;

import com.healthpress.cache.CachedPages;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;

/**
 * Renders public pages in the background exactly as a reader's request would, through an in-process connector (no
 * socket, no port): a request that carries the render token is rendered anew and stored, whatever copy is kept.
 */
public final class LocalRenders {

    /** A render that takes longer than this is given up; the page is rendered when next asked for. */
    private static final long TIMEOUT_SECONDS = 60;

    private final String renderToken;
    private volatile LocalConnector connector;

    public LocalRenders(String renderToken) {
        this.renderToken = renderToken;
    }

    /** Whether this request is one of these renders (which are not clients' requests: no log line, no metrics). */
    public boolean sent(Exchange exchange) {
        return renderToken.equals(exchange.requestHeader(CachedPages.RENDER_HEADER));
    }

    /** The connector to add to the server. */
    public Connector connector(Server server, HttpConfiguration http) {
        connector = new LocalConnector(server, new HttpConnectionFactory(http));
        return connector;
    }

    /** Renders the page at this path (and query) anew; returns the HTTP status it answered with, 0 when none came. */
    public int render(String pathAndQuery) {
        LocalConnector local = connector;
        if (local == null || !local.isStarted()) {
            return 0;
        }
        try {
            String response = local.getResponse("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + CachedPages.RENDER_HEADER + ": " + renderToken + "\r\nAccept-Encoding: gzip\r\n"
                    + "Connection: close\r\n\r\n", TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return statusOf(response);
        } catch (Exception e) {
            return 0;
        }
    }

    private static int statusOf(String response) {
        if (response == null || !response.startsWith("HTTP/1.1 ") || response.length() < 12) {
            return 0;
        }
        return Integer.parseInt(response.substring(9, 12));
    }
}
