package com.healthpress.web;

import io.javalin.http.Context;
import org.eclipse.jetty.server.Request;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: the client's address ({@link ClientAddresses}), method, path, status and duration. Query
 * strings, cookies and headers are never logged, and the one-time setup token in a setup path is masked, so no
 * secret reaches the log.
 */
public final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("access");
    private static final Pattern SETUP_TOKEN = Pattern.compile("^/admin/setup/[^/]+");

    private final ClientAddresses clients;

    public AccessLog(ClientAddresses clients) {
        this.clients = clients;
    }

    /** A request that Javalin handled. */
    public void log(Context ctx, float milliseconds) {
        if (LOG.isInfoEnabled()) {
            write(clients.of(ctx), String.valueOf(ctx.method()), ctx.path(), ctx.status().getCode(), milliseconds);
        }
    }

    /** A request that Jetty answered before Javalin. */
    void log(Request request, int status, float milliseconds) {
        if (LOG.isInfoEnabled()) {
            write(clients.of(request), request.getMethod(), request.getHttpURI().getPath(), status, milliseconds);
        }
    }

    private static void write(String client, String method, String path, int status, float milliseconds) {
        LOG.info("{} {} {} {} {}ms", client, method, safePath(path), status, Math.round(milliseconds * 10) / 10.0);
    }

    static String safePath(String path) {
        String masked = SETUP_TOKEN.matcher(path).replaceFirst("/admin/setup/…");
        StringBuilder safe = new StringBuilder(Math.min(masked.length(), 300));
        for (int i = 0; i < masked.length() && i < 300; i++) {
            char c = masked.charAt(i);
            safe.append(Character.isISOControl(c) ? '?' : c);
        }
        return safe.toString();
    }
}
