package com.healthpress.config;

import java.net.URI;

/**
 * Outbound requests from the outbox: whether webhooks may reach internal addresses (WEBHOOK_PRIVATE_TARGETS), and
 * IndexNow's key (off when null) and endpoint.
 */
public record OutboxSettings(boolean allowPrivateTargets, String indexNowKey, URI indexNowEndpoint) {

    public static final URI DEFAULT_INDEXNOW_ENDPOINT = URI.create("https://api.indexnow.org/indexnow");
    public static final OutboxSettings DEFAULTS = new OutboxSettings(false, null, DEFAULT_INDEXNOW_ENDPOINT);

    public boolean indexNow() {
        return indexNowKey != null;
    }
}
