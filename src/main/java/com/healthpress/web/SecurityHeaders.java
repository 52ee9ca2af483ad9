package com.healthpress.web;

import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * Headers that harden every response: a Content-Security-Policy that allows no inline script or style (JSON-LD
 * data blocks are not scripts to the browser), no framing, no MIME sniffing, a strict referrer policy, no powerful
 * browser features, and HSTS when the site is served over https.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "manifest-src 'self'");
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private final boolean https;

    public SecurityHeaders(boolean https) {
        this.https = https;
    }

    /** Before-handler for every request Javalin routes. */
    public void apply(Context ctx) {
        apply(ctx::header);
    }

    /** Sets the headers through any response, for the answers given before Javalin (see CachedPageShortcut). */
    void apply(BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        header.accept("Permissions-Policy", PERMISSIONS_POLICY);
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            header.accept("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
