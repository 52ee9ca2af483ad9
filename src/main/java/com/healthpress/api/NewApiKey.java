package com.healthpress.api;

/** A key just made: its record and the key itself, which exists only here and is shown once. */
public record NewApiKey(ApiKey key, String secret) {
}
