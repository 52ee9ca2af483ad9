package com.healthpress.api.web;

import com.healthpress.api.ApiKey;
import com.healthpress.api.ApiKeys;
import com.healthpress.api.ApiResources;
import com.healthpress.api.ApiRequestException;
import com.healthpress.api.ArticleQuery;
import com.healthpress.api.ContentApi;
import com.healthpress.api.RateLimits;
import com.healthpress.cache.CachedPage;
import com.healthpress.cache.CachedPages;
import com.healthpress.storage.DatabaseUnavailable;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Content API over HTTP: each request needs {@code Authorization: Bearer KEY} of an active key and is counted
 * against the key's rate limit; answers are JSON with an ETag (304 when the client has them) and errors are
 * {@code application/problem+json}. Only the OpenAPI description and CORS preflights are open.
 */
public final class ApiPages {

    private static final Logger LOG = LoggerFactory.getLogger(ApiPages.class);
    /** Answers differ by key only in whether they are given, but never belong in a shared cache. */
    private static final String CACHE_CONTROL = "private, no-cache";
    private static final String REALM = "Bearer realm=\"Healthpress Content API\"";
    private static final String RETRY_AFTER_UNAVAILABLE = "30";

    private final ContentApi api;
    private final ApiKeys keys;
    private final RateLimits limits;
    private final Cors cors;
    private final Clock clock;
    private final CachedPage openApi;

    public ApiPages(ContentApi api, ApiKeys keys, RateLimits limits, Cors cors, Clock clock) {
        this.api = api;
        this.keys = keys;
        this.limits = limits;
        this.cors = cors;
        this.clock = clock;
        this.openApi = CachedPage.of(resource("/api/openapi.json"), "application/json", clock.instant(), Set.of());
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The handler behind the key check and the rate limit, with every failure answered as a problem. */
    public Handler keyed(Handler handler) {
        return ctx -> {
            try {
                Optional<ApiKey> key = keys.authenticate(bearer(ctx.header("Authorization")));
                if (key.isEmpty()) {
                    ctx.header("WWW-Authenticate", REALM);
                    problem(ctx, Problem.of("unauthorized", "An API key is needed", 401, "Send an active key as "
                            + "\"Authorization: Bearer KEY\"; an admin creates keys in the admin or with "
                            + "\"healthpress apikey create NAME\".", ctx.path()));
                    return;
                }
                RateLimits.Decision decision = limits.take(key.get().id());
                ctx.header("RateLimit-Limit", String.valueOf(limits.perMinute()));
                ctx.header("RateLimit-Remaining", String.valueOf(decision.remaining()));
                if (!decision.allowed()) {
                    long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
                    ctx.header("Retry-After", String.valueOf(seconds));
                    problem(ctx, Problem.of("rate-limited", "Too many requests", 429, "This key may make "
                            + limits.perMinute() + " requests a minute; try again in " + seconds + " s.", ctx.path()));
                    return;
                }
                handler.handle(ctx);
            } catch (ApiRequestException e) {
                problem(ctx, Problem.badParameter(e.parameter(), e.getMessage(), ctx.path()));
            } catch (RuntimeException e) {
                failed(ctx, e);
            } finally {
                cors.allow(ctx); // after the answer's own headers, whose Vary it extends
            }
        };
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }

    public void listArticles(Context ctx) {
        json(ctx, api.articles(ArticleQuery.read(ctx::queryParam)));
    }

    public void showArticle(Context ctx) {
        String slug = ctx.pathParam("slug");
        Optional<ApiResources.Article> article = api.article(slug);
        if (article.isPresent()) {
            json(ctx, article.get());
            return;
        }
        Optional<String> moved = api.movedTo(slug);
        if (moved.isPresent()) {
            ctx.header("Location", moved.get());
            ctx.header("Cache-Control", CACHE_CONTROL);
            ctx.status(301);
            return;
        }
        problem(ctx, Problem.of("not-found", "No such article", 404, "No published article has the address \""
                + slug + "\".", ctx.path()));
    }

    public void listTopics(Context ctx) {
        json(ctx, new ApiResources.Page<>(api.topics(), null));
    }

    public void listPeople(Context ctx) {
        json(ctx, new ApiResources.Page<>(api.people(), null));
    }

    /** The OpenAPI 3.1 description, open to anyone (it holds no content). */
    public void showOpenApi(Context ctx) {
        CachedPages.write(ctx, openApi, "public, max-age=300");
        cors.allow(ctx);
    }

    /** A CORS preflight: which methods and headers an allowed origin's page may use. */
    public void preflight(Context ctx) {
        cors.preflight(ctx);
    }

    /** The not-found answer: a problem for any address under /api, the site's own page for the others. */
    public Handler notFoundOr(Handler pages) {
        return ctx -> {
            if (ctx.path().equals("/api") || ctx.path().startsWith("/api/")) {
                notFound(ctx);
            } else {
                pages.handle(ctx);
            }
        };
    }

    /** Any other address under the API: a problem, not the site's HTML page (a handler's own problem stays). */
    private void notFound(Context ctx) {
        String contentType = ctx.res().getContentType();
        if (contentType != null && contentType.startsWith(Problem.CONTENT_TYPE)) {
            return;
        }
        problem(ctx, Problem.of("not-found", "No such address", 404, "The Content API has no address " + ctx.path()
                + "; see " + ContentApi.ROOT + "/openapi.json.", ctx.path()));
        cors.allow(ctx);
    }

    private void json(Context ctx, Object value) {
        CachedPages.write(ctx, CachedPage.of(ApiJson.bytes(value), "application/json", clock.instant(), Set.of()),
                CACHE_CONTROL);
    }

    private void failed(Context ctx, RuntimeException e) {
        if (DatabaseUnavailable.explains(e)) {
            ctx.header("Retry-After", RETRY_AFTER_UNAVAILABLE);
            problem(ctx, Problem.of("unavailable", "The database cannot be reached", 503, "Try again in "
                    + RETRY_AFTER_UNAVAILABLE + " s.", ctx.path()));
            return;
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("error {} on {} {}", errorId, ctx.method(), ctx.path(), e);
        problem(ctx, Problem.of("server-error", "The server failed", 500, "Error " + errorId + " is logged.",
                ctx.path()));
    }

    private static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(Problem.CONTENT_TYPE);
        ctx.result(ApiJson.bytes(problem));
    }
}
