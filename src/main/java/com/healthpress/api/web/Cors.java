package com.healthpress.api.web;

import io.javalin.http.Context;
import java.util.Set;

/**
 * Cross-origin reads of the Content API from the web pages of the origins the settings allow (API_CORS_ORIGINS):
 * such a page may send the Authorization header and read the answer, its ETag and rate-limit headers. Requests
 * from other origins get no CORS headers, so browsers keep the answers from those pages; other clients are not
 * concerned.
 */
public final class Cors {

    private static final String EXPOSED = "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, Location";
    private static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    /** origins: exact origins such as https://app.example.com, or "*" for any. */
    public Cors(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /**
     * The CORS headers for an allowed origin; and, unless any origin is allowed, Vary: Origin on every answer, so that
     * a cache never hands one origin's answer (with or without its allowance) to another.
     */
    void allow(Context ctx) {
        if (!origins.isEmpty() && !origins.contains("*")) {
            String vary = ctx.res().getHeader("Vary");
            ctx.header("Vary", vary == null ? "Origin" : vary + ", Origin");
        }
        String origin = ctx.header("Origin");
        if (origin == null || !isAllowed(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
        ctx.header("Access-Control-Expose-Headers", EXPOSED);
    }

    void preflight(Context ctx) {
        if (ctx.header("Origin") != null && isAllowed(ctx.header("Origin"))) {
            ctx.header("Access-Control-Allow-Methods", "GET");
            ctx.header("Access-Control-Allow-Headers", "Authorization");
            ctx.header("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
        }
        ctx.status(204);
        allow(ctx);
    }

    private boolean isAllowed(String origin) {
        return origins.contains("*") || origins.contains(origin);
    }
}
