package com.healthpress.server;

import io.javalin.http.Context;
import java.util.List;

/**
 * A request and its answer as a {@link PolicyStep} sees them, the same whichever way the answer is given: by Javalin,
 * by the cache before Javalin ({@link CachedPageShortcut}) or by Jetty itself ({@link PlainErrors}).
 */
public interface Exchange {

    String method();

    /** The path as sent, percent-escapes and all. */
    String path();

    /** The query string as sent; null when there is none. */
    String query();

    String requestHeader(String name);

    /** Every line of a request header, in the order they came. */
    List<String> requestHeaders(String name);

    /** The address the connection comes from. */
    String peerAddress();

    /** The length the request declares for its body; -1 when it declares none. */
    long declaredLength();

    /** Sets a response header. Each header is set by one step only: the answer before Javalin adds it unlooked. */
    void header(String name, String value);

    /** The answer's status, once it is decided (in {@link PolicyStep#after}). */
    int status();

    /**
     * Javalin's context, for a step that needs what only Javalin offers (sessions, forms, redirects). Before Javalin
     * there is none: asking for it hands the request on to Javalin, which runs the whole policy again, so a step asks
     * before it changes anything.
     */
    Context javalin();
}
