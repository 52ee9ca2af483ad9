package com.healthpress.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Content API over real HTTP: keys, limits, validators, pages, filters and what it never shows. */
class ContentApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALLOWED_ORIGIN = "https://app.example.org";

    private static MutableClock clock;
    private static TestApp app;
    private static ApiClient api;

    @BeforeAll
    static void start() throws IOException {
        clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        app = TestApp.startWith(Files.createTempDirectory("healthpress-api"), TestDatabases.fresh(), clock,
                Map.of("API_RATE_LIMIT", "5", "API_CORS_ORIGINS", ALLOWED_ORIGIN));
        api = new ApiClient(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article published(String title, Instant at) {
        return app.articles().create(TestArticles.published(title, at));
    }

    @Test
    void aRequestWithoutAnActiveKeyIsRefusedWithAProblem() {
        HttpResponse<String> none = api.get("/api/v1/topics", null);
        HttpResponse<String> wrong = api.get("/api/v1/topics", "hp_" + "x".repeat(43));

        for (HttpResponse<String> response : List.of(none, wrong)) {
            assertEquals(401, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals(401, json(response).get("status").asInt());
        }
    }

    @Test
    void aRevokedKeyIsRefusedFromItsNextRequest() {
        String key = api.newKey(clock);
        assertEquals(200, api.get("/api/v1/topics", key).statusCode());

        api.revokeAll(clock);

        assertEquals(401, api.get("/api/v1/topics", key).statusCode());
    }

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterUntilTheBudgetRefills() {
        String key = api.newKey(clock);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, api.get("/api/v1/topics", key).statusCode(), "request " + (i + 1));
        }

        HttpResponse<String> refused = api.get("/api/v1/topics", key);

        assertEquals(429, refused.statusCode());
        assertEquals("12", refused.headers().firstValue("Retry-After").orElse(""), "one request per 12 s at 5 a minute");
        assertEquals("rate-limited", json(refused).get("type").asText().replaceAll(".*/", ""));
        assertEquals(200, api.get("/api/v1/topics", api.newKey(clock)).statusCode(), "other keys are not held up");
        clock.advance(Duration.ofSeconds(12));
        assertEquals(200, api.get("/api/v1/topics", key).statusCode());
    }

    @Test
    void anAnswerTheClientHasIs304ForItsEntityTag() {
        Article article = published("Entity tags in the API", clock.instant().minusSeconds(60));
        String key = api.newKey(clock);
        HttpResponse<String> first = api.get("/api/v1/articles/" + article.slug(), key);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = api.get("/api/v1/articles/" + article.slug(), key, "If-None-Match", etag);

        assertEquals(200, first.statusCode());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void followingNextAddressesListsEveryPublicArticleOnce() {
        for (int i = 1; i <= 5; i++) {
            published("Paged article " + i, clock.instant().minusSeconds(3_600L * i));
        }
        String key = api.newKey(clock);
        Set<String> expected = new HashSet<>();
        app.articles().latest(com.healthpress.article.PageAt.newest(), 500).items()
                .forEach(article -> expected.add(article.slug()));

        List<String> listed = new ArrayList<>();
        String next = "/api/v1/articles?limit=3";
        int pages = 0;
        while (next != null) {
            clock.advance(Duration.ofSeconds(12)); // within the key's budget
            JsonNode page = json(api.get(next.replace(app.url(""), ""), key));
            ApiDescriptionTest.assertFits(descriptionOf(), ref("ArticlePage"), page, next);
            page.get("items").forEach(item -> listed.add(item.get("slug").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        }

        assertEquals(expected, new HashSet<>(listed));
        assertEquals(listed.size(), new HashSet<>(listed).size(), "no article twice: " + listed);
        assertTrue(pages >= 3, "pages: " + pages);
    }

    @Test
    void updatedSinceListsOnlyArticlesChangedSinceLatestFirst() {
        Instant before = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        Article old = published("Changed since article", before.minusSeconds(86_400));
        clock.advance(Duration.ofMinutes(1));
        Article later = published("Changed later article", before.minusSeconds(86_400));
        String key = api.newKey(clock);

        JsonNode page = json(api.get("/api/v1/articles?updated_since=" + before.plusSeconds(30), key));

        List<String> slugs = new ArrayList<>();
        page.get("items").forEach(item -> slugs.add(item.get("slug").asText()));
        assertEquals(List.of(later.slug(), old.slug()), slugs.subList(0, 2));
        assertTrue(slugs.stream().noneMatch(slug -> slug.startsWith("paged-article")), slugs.toString());
    }

    @Test
    void draftsScheduledAndTrashedArticlesAreNeverShown() {
        Article draft = app.articles().create(TestArticles.draft("Draft in the API"));
        Article scheduled = published("Scheduled in the API", clock.instant().plus(Duration.ofDays(2)));
        Article trashed = published("Trashed in the API", clock.instant().minusSeconds(60));
        app.articles().moveToTrash(trashed.id(), "test");
        String key = api.newKey(clock);

        for (Article hidden : List.of(draft, scheduled, trashed)) {
            assertEquals(404, api.get("/api/v1/articles/" + hidden.slug(), key).statusCode(), hidden.slug());
        }
        clock.advance(Duration.ofSeconds(12));
        String listed = api.get("/api/v1/articles?limit=100", key).body()
                + api.get("/api/v1/articles?limit=100&updated_since=2000-01-01T00:00:00Z", key).body();
        for (Article hidden : List.of(draft, scheduled, trashed)) {
            assertFalse(listed.contains(hidden.slug()), hidden.slug());
        }
    }

    @Test
    void anArticlesOldAddressAnswers301ToItsNewOne() {
        Article article = published("Old API address", clock.instant().minusSeconds(60));
        app.articles().update(article.toBuilder().slug("new-api-address").build());

        HttpResponse<String> moved = api.get("/api/v1/articles/" + article.slug(), api.newKey(clock));

        assertEquals(301, moved.statusCode());
        assertEquals(app.url("/api/v1/articles/new-api-address"), moved.headers().firstValue("Location").orElse(""));
    }

    @Test
    void aWrongParameterIsNamedInTheProblem() {
        String key = api.newKey(clock);
        assertEquals("limit", json(api.get("/api/v1/articles?limit=1000", key)).get("parameter").asText());
        assertEquals("updated_since", json(api.get("/api/v1/articles?updated_since=soon", key)).get("parameter")
                .asText());
        assertEquals("cursor", json(api.get("/api/v1/articles?cursor=abc", key)).get("parameter").asText());
        assertEquals("author", json(api.get("/api/v1/articles?author=nobody-at-all", key)).get("parameter").asText());
        assertEquals(400, api.get("/api/v1/articles?topic=sleep&author=dr-test-writer", key).statusCode());
    }

    @Test
    void onlyAllowedOriginsGetCorsHeaders() {
        String key = api.newKey(clock);
        HttpResponse<String> allowed = api.get("/api/v1/topics", key, "Origin", ALLOWED_ORIGIN);
        HttpResponse<String> other = api.get("/api/v1/topics", key, "Origin", "https://evil.example");
        HttpResponse<String> preflight = api.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/articles")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));

        assertEquals(ALLOWED_ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(allowed.headers().firstValue("Vary").orElse("").contains("Origin"));
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(other.headers().firstValue("Vary").orElse("").contains("Origin"),
                "a cache must not hand this answer to an allowed origin");
        assertEquals(204, preflight.statusCode());
        assertEquals("Authorization", preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
    }

    @Test
    void anUnknownAddressUnderTheApiIsAProblemNotAPage() {
        for (String path : List.of("/api/v1/nothing-here", "/api/v2/articles", "/api")) {
            HttpResponse<String> response = api.get(path, api.newKey(clock));

            assertEquals(404, response.statusCode(), path);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), path);
            assertNull(json(response).get("parameter"));
        }
    }

    @Test
    void theDescriptionIsOpenWithoutAKey() {
        HttpResponse<String> response = api.get("/api/v1/openapi.json", null);

        assertEquals(200, response.statusCode());
        assertEquals("3.1.0", json(response).get("openapi").asText());
    }

    @Test
    void aScheduledArticleComingDueIsAmongTheChanges() {
        Article due = published("Due in the API", clock.instant().plus(Duration.ofMinutes(5)));
        Instant watched = clock.instant().plus(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(6));
        app.publisher().announceDue();

        String changes = api.get("/api/v1/articles?updated_since=" + watched, api.newKey(clock)).body();

        assertTrue(changes.contains(due.slug()), changes);
        assertEquals(ArticleStatus.PUBLISHED, due.status());
    }

    private static JsonNode descriptionOf() {
        try {
            return JSON.readTree(ContentApiTest.class.getResourceAsStream("/api/openapi.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode ref(String schema) {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + schema);
    }
}
