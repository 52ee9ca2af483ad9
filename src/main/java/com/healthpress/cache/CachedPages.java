package com.healthpress.cache;

import com.healthpress.publishing.ScheduledPublisher;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Serves public pages from the {@link PageCache}: rendered once per change, then answered as stored bytes in the
 * encoding the client accepts, with a strong ETag, Last-Modified, 304s for conditional requests, caching rules a
 * CDN can follow, and no body for HEAD. With the cache switched off every request renders.
 */
public final class CachedPages {

    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400";

    /** The query parameters public pages read: listing cursors (article.PageAt), search terms and page numbers. */
    private static final List<String> PAGE_PARAMETERS = List.of("before", "after", "oldest", "q", "page");
    /** Longer than any render takes; a request waiting this long renders the page itself. */
    private static final Duration RENDER_WAIT = Duration.ofSeconds(10);

    private final PageCache cache;
    private final boolean enabled;
    private final ScheduledPublisher publisher;
    private final Clock clock;
    /** Renders in progress, by page key, for requests of the same page to wait for. */
    private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

    public CachedPages(PageCache cache, boolean enabled, ScheduledPublisher publisher, Clock clock) {
        this.cache = cache;
        this.enabled = enabled;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Handler wrap(Handler render) {
        return ctx -> serve(ctx, render);
    }

    private void serve(Context ctx, Handler render) throws Exception {
        publisher.announceDue();
        if (!enabled) {
            render.handle(ctx);
            return;
        }
        String key = key(ctx);
        CachedPage page = cache.get(key);
        if (page == null) {
            page = renderedByAnother(key);
        }
        if (page == null) {
            page = renderOnce(ctx, render, key);
            if (page == null) {
                return;
            }
        }
        write(ctx, page, CACHE_CONTROL);
    }

    /**
     * A page another request is rendering right now, once it is stored; null when none is, or when its render was
     * not stored (not a 200, or a change came meanwhile) and this request must render for itself. Without this,
     * every reader arriving while a popular page re-renders after a save rendered it too, all at once.
     */
    private CachedPage renderedByAnother(String key) {
        CompletableFuture<CachedPage> inFlight = rendering.get(key);
        if (inFlight == null) {
            return null;
        }
        try {
            return inFlight.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Renders the page and stores it; the rendered page, or null when the answer was not a cacheable 200. */
    private CachedPage renderOnce(Context ctx, Handler render, String key) throws Exception {
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        boolean first = rendering.putIfAbsent(key, mine) == null;
        CachedPage stored = null;
        try {
            long generation = cache.generation();
            cache.countRender();
            render.handle(ctx);
            if (ctx.status().getCode() != 200) {
                return null;
            }
            CachedPage page = CachedPage.of(body(ctx), ctx.res().getContentType(), clock.instant(), PageTags.of(ctx));
            if (cache.putIfUnchanged(key, page, generation)) {
                stored = page;
            }
            return page;
        } finally {
            if (first) {
                rendering.remove(key, mine);
                mine.complete(stored);
            }
        }
    }

    /** Answers with the stored bytes in the best encoding the client accepts, or 304 when it has them already. */
    public static void write(Context ctx, CachedPage page, String cacheControl) {
        CachedPage.Representation representation = page.representationFor(ctx.header("Accept-Encoding"));
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", representation.etag());
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                page.lastModified().atZone(ZoneOffset.UTC)));
        if (notModified(ctx, representation.etag(), page.lastModified())) {
            ctx.status(304);
            ctx.result(new byte[0]);
            return;
        }
        ctx.status(200);
        ctx.contentType(page.contentType());
        if (representation.contentEncoding() != null) {
            ctx.header("Content-Encoding", representation.contentEncoding());
        }
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", String.valueOf(representation.bytes().length));
            ctx.result(new byte[0]);
        } else {
            ctx.result(representation.bytes());
        }
    }

    /** If-None-Match decides when present; otherwise If-Modified-Since (RFC 9110, section 13.2.2). */
    private static boolean notModified(Context ctx, String etag, Instant lastModified) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The page a request names: its path and the query parameters public pages read, with the first value each as
     * they use it. Anything else in the query (tracking tags, cache busters) names the same page, so it can neither
     * fill the cache with copies nor force a render per request.
     */
    static String key(Context ctx) {
        StringBuilder key = new StringBuilder(ctx.path());
        char separator = '?';
        for (String name : PAGE_PARAMETERS) {
            String value = ctx.queryParam(name);
            if (value != null) {
                key.append(separator).append(name).append('=').append(value);
                separator = '&';
            }
        }
        return key.toString();
    }

    private static String body(Context ctx) {
        try {
            return new String(ctx.resultInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
