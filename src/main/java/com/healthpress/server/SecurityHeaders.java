package com.healthpress.server;

/**
 * Headers that harden every response: a Content-Security-Policy that allows no inline script or style (JSON-LD
 * data blocks are not scripts to the browser), no framing, no MIME sniffing, a strict referrer policy, no powerful
 * browser features, and HSTS when the site is served over https.
 */
public final class SecurityHeaders implements PolicyStep {

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

    @Override
    public void before(Exchange exchange) {
        exchange.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.header("X-Content-Type-Options", "nosniff");
        exchange.header("X-Frame-Options", "DENY");
        exchange.header("Referrer-Policy", "strict-origin-when-cross-origin");
        exchange.header("Permissions-Policy", PERMISSIONS_POLICY);
        exchange.header("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            exchange.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
