package com.healthpress.outbox;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The one HTTP client webhooks and IndexNow are sent with, made at the first send: making one sets up TLS and reads
 * the JDK's trusted certificates (some 200 classes and their keys kept for the process's life), which a site that
 * sends neither never needs. It follows no redirects (a target must answer itself), connects within 5 s, and runs
 * on threads of its own, never the senders' (they wait for its answers).
 */
final class OutboundHttp {

    private volatile HttpClient client;

    HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    client = made;
                }
            }
        }
        return made;
    }
}
