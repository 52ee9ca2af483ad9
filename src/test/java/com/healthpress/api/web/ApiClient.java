package com.healthpress.api.web;

import com.healthpress.TestApp;
import com.healthpress.api.ApiKeys;
import com.healthpress.storage.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/** Requests to the Content API of a running test app, with keys made in its database as the admin makes them. */
final class ApiClient {

    private final TestApp app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    ApiClient(TestApp app) {
        this.app = app;
    }

    /** A new active key. */
    String newKey(Clock clock) {
        try (Database database = Database.open(app.databaseUrl())) {
            return new ApiKeys(database.jdbi(), clock).create("test client", "test").secret();
        }
    }

    /** Revokes every key made so far. */
    void revokeAll(Clock clock) {
        try (Database database = Database.open(app.databaseUrl())) {
            ApiKeys keys = new ApiKeys(database.jdbi(), clock);
            keys.list().forEach(key -> keys.revoke(key.id(), "test"));
        }
    }

    HttpResponse<String> get(String pathAndQuery, String key, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(pathAndQuery))).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
