package com.healthpress.cache;

import com.healthpress.http.ConditionalRequests;
import com.healthpress.publishing.ScheduledPublisher;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.URIUtil;

/**
 * Serves public pages from the {@link PageCache}: rendered once per change, then answered as stored bytes in the
 * encoding the client accepts, with a strong ETag, Last-Modified, 304s for conditional requests, caching rules a
 * CDN can follow, and no body for HEAD. With the cache switched off every request renders.
 */
public final class CachedPages {

    public static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400";

    private static final byte[] NO_BODY = new byte[0];
    /** Addresses the page store never holds (files, health checks), not worth a look into it per request. */
    private static final List<String> NOT_STORED = List.of("/static/", "/images/", "/healthz", "/readyz", "/admin",
            "/api/");
    /** The query parameters public pages read: listing cursors (article.PageAt), search terms and page numbers. */
    private static final List<String> PAGE_PARAMETERS = List.of("before", "after", "oldest", "q", "page");
    /**
     * Pages are rendered on threads of their own, as many as keep the cores and the database busy; a request for a
     * page not in the cache leaves its request thread free meanwhile, so requests answered from the cache never queue
     * behind renders (a slow search, a sitemap) when many pages are cold at once.
     */
    private static final int RENDER_THREADS = Math.max(4, 3 * Runtime.getRuntime().availableProcessors());

    /**
     * Renders the page store asks for run on threads of their own at the lowest priority, as many as there are
     * cores: the pages re-render as fast as the machine allows while readers get a core whenever they ask.
     */
    private static final int BACKGROUND_RENDER_THREADS = Runtime.getRuntime().availableProcessors();

    /** The header of a render the page store asks for (see {@link #forcedRender}): its value is {@link #renderToken}. */
    public static final String RENDER_HEADER = "X-Healthpress-Render";

    private final PageCache cache;
    private final StoredPages store;
    private final String renderToken;
    private final boolean enabled;
    private final ScheduledPublisher publisher;
    private final Clock clock;
    /** Renders in progress, by page key, for requests of the same page to wait for. */
    private final ConcurrentMap<String, CompletableFuture<Rendered>> rendering = new ConcurrentHashMap<>();
    private final ExecutorService renderers = renderThreads();
    private final ExecutorService backgroundRenderers = backgroundRenderThreads();
    private final AskedBefore askedBefore = new AskedBefore();

    /**
     * renderToken: a secret of this process, which a request must carry to be rendered anew whatever is kept (the
     * page store's background renders, through an in-process connector).
     */
    public CachedPages(PageCache cache, StoredPages store, String renderToken, boolean enabled,
                       ScheduledPublisher publisher, Clock clock) {
        this.cache = cache;
        this.store = store;
        this.renderToken = renderToken;
        this.enabled = enabled;
        this.publisher = publisher;
        this.clock = clock;
    }

    private static ExecutorService renderThreads() {
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor threads = new ThreadPoolExecutor(RENDER_THREADS, RENDER_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, "render-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        threads.allowCoreThreadTimeOut(true);
        return threads;
    }

    private static ExecutorService backgroundRenderThreads() {
        ThreadPoolExecutor threads = new ThreadPoolExecutor(BACKGROUND_RENDER_THREADS, BACKGROUND_RENDER_THREADS, 30,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new LowPriorityThreads("background-render"));
        threads.allowCoreThreadTimeOut(true);
        return threads;
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
        if (forcedRender(ctx)) {
            ctx.future(() -> CompletableFuture.runAsync(() -> renderAndWrite(ctx, render, key, true),
                    backgroundRenderers));
            return;
        }
        CachedPage kept = cache.get(key);
        if (kept != null) {
            cache.counts().servedFromMemory();
            writeKept(new ContextReply(ctx), key, kept);
            return;
        }
        CachedPage stored = isStorable(key) ? fromStore(key, ctx.header("Accept-Encoding")) : null;
        if (stored != null) {
            write(ctx, stored, CACHE_CONTROL);
            return;
        }
        long arrived = System.nanoTime();
        ctx.future(() -> renderedOnce(ctx, render, key, arrived));
    }

    /** A request the page store sent to render the page again, which must neither read nor wait for kept copies. */
    private boolean forcedRender(Context ctx) {
        return renderToken.equals(ctx.header(RENDER_HEADER));
    }

    /** Pages named by their path alone are stored; those with query parameters (searches, cursors) are not. */
    private static boolean isStorable(String key) {
        return key.indexOf('?') < 0;
    }

    /**
     * The stored page, kept in memory too when it was asked for lately (see {@link AskedBefore}) unless a change to
     * its data came meanwhile or its tags cannot be read now; otherwise read in the one encoding this client gets.
     * It is kept compressed only (a client that takes neither compression gets it unzipped, as from the store): with
     * its plain bytes an article took some 32 KB of the cache instead of 7, and the 473 pages crawl.sh warms up on,
     * asked for in turn, did not fit a cache of 16 MB: each left it before its next ask, old enough to have been
     * promoted. At -Xmx128m the warm-up then ran a full collection every 3-4 s; kept compressed, one in 12 s.
     */
    private CachedPage fromStore(String key, String acceptEncoding) {
        long generation = cache.generation();
        CachedPage kept = askedBefore.note(key) ? store.findToKeep(key) : null;
        if (kept != null) {
            cache.putIfUnchanged(key, kept, generation);
        }
        CachedPage found = kept != null ? kept : store.find(key, acceptEncoding);
        if (found != null) {
            cache.counts().servedFromStore();
        }
        return found;
    }

    /**
     * The page rendered on a render thread and written, or, while another request is rendering it already, that
     * render's page. Without this, every reader arriving while a popular page re-renders after a save rendered it
     * too, all at once. A waiting request takes the other render's page when it was stored (no change to its data
     * came while it rendered) or when that render began after the request arrived (nothing the reader could know of
     * is missing); otherwise it waits for the next render, so a page that changes faster than it renders (the
     * sitemap while editors save) still costs one render at a time. After an answer that is not a 200 (a missing
     * article) each waiting request renders its own.
     */
    private CompletableFuture<Void> renderedOnce(Context ctx, Handler render, String key, long arrived) {
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> another = rendering.putIfAbsent(key, mine);
        if (another != null) {
            return another.thenCompose(rendered -> {
                if (rendered == null || rendered.page() == null) {
                    return CompletableFuture.runAsync(() -> renderAndWrite(ctx, render, key, false), renderers);
                }
                return rendered.servesRequestFrom(arrived)
                        ? CompletableFuture.runAsync(() -> write(ctx, rendered.page(), CACHE_CONTROL), Runnable::run)
                        : renderedOnce(ctx, render, key, arrived);
            });
        }
        return CompletableFuture.runAsync(() -> {
            Rendered rendered = null;
            try {
                rendered = renderAndWrite(ctx, render, key, false);
            } finally {
                rendering.remove(key, mine);
                mine.complete(rendered);
            }
        }, renderers);
    }

    /** The render of this page in progress, if any; its dependents are the requests waiting for it (for tests). */
    CompletableFuture<?> renderInProgress(String key) {
        return rendering.get(key);
    }

    /** A render's page (null when the answer was not a cacheable 200), whether it was stored and when it began. */
    private record Rendered(CachedPage page, boolean stored, long began) {

        boolean servesRequestFrom(long arrived) {
            return stored || began - arrived >= 0;
        }
    }

    /**
     * Renders the page, keeps it (in memory, and in the page store) unless a change to its data came meanwhile, and
     * answers with it. A page kept while this request waited for a render thread is answered as it is, unless the
     * render is forced: the page store's background render, whose page goes to the store with the others of its
     * batch.
     */
    private Rendered renderAndWrite(Context ctx, Handler render, String key, boolean forced) {
        long began = System.nanoTime();
        CachedPage storedMeanwhile = forced ? null : cache.get(key);
        if (storedMeanwhile != null) {
            cache.counts().servedFromMemory();
            write(ctx, storedMeanwhile, CACHE_CONTROL);
            return new Rendered(storedMeanwhile, true, began);
        }
        try {
            long generation = cache.generation();
            long changeMark = isStorable(key) ? store.changeMark() : 0;
            render.handle(ctx);
            cache.counts().rendered(forced, System.nanoTime() - began);
            if (ctx.status().getCode() != 200) {
                return new Rendered(null, false, began);
            }
            CachedPage page = CachedPage.of(body(ctx), ctx.res().getContentType(), clock.instant(), PageTags.of(ctx));
            write(ctx, page, CACHE_CONTROL);
            // A background render goes to the page store only: the memory cache keeps what readers ask for, and
            // drops an earlier copy of this page, which the store now replaces.
            boolean kept = forced ? cache.forget(key) : cache.putIfUnchanged(key, page, generation);
            if (isStorable(key) && page.gzip() != null) {
                if (forced) {
                    store.storeLater(key, page, changeMark);
                } else {
                    // Stored by a thread at the lowest priority, which under load may wait seconds: the plain bytes
                    // (several times the compressed ones) are not kept for it. At crawl.sh's warm-up, 473 renders
                    // waiting with them reached the old generation (GC logs: 13-20 MB promoted in a second).
                    CachedPage compressed = page.compressedOnly();
                    renderers.execute(() -> store.store(key, compressed, changeMark));
                }
            }
            return new Rendered(page, kept, began);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** Answers with the stored bytes in the best encoding the client accepts, or 304 when it has them already. */
    public static void write(Context ctx, CachedPage page, String cacheControl) {
        write(new ContextReply(ctx), page, cacheControl);
    }

    /** {@link #write(Context, CachedPage, String)} through any {@link Reply}. */
    public static void write(Reply reply, CachedPage page, String cacheControl) {
        write(reply, page, page.representationFor(reply.requestHeader("Accept-Encoding")), cacheControl);
    }

    /**
     * Answers with a page the memory cache holds (see {@link #keptPage}). A page kept compressed only (read from the
     * page store) that a client taking no compression asks for keeps its plain bytes from then on: such clients
     * then cost one gunzip, not one per request (bench/run.sh's plain article fell from 0.5x to 0.39x nginx),
     * while the pages only compressing clients ask for stay small.
     */
    public void writeKept(Reply reply, String key, CachedPage page) {
        CachedPage.Representation representation = page.representationFor(reply.requestHeader("Accept-Encoding"));
        if (representation.contentEncoding() == null && page.identity() == null) {
            cache.keepPlainBytes(key, page, representation.bytes());
        }
        write(reply, page, representation, CACHE_CONTROL);
    }

    private static void write(Reply reply, CachedPage page, CachedPage.Representation representation,
                              String cacheControl) {
        reply.header("Vary", "Accept-Encoding");
        reply.header("Cache-Control", cacheControl);
        reply.header("ETag", representation.etag());
        reply.header("Last-Modified", page.lastModifiedHeader());
        if (ConditionalRequests.notModified(reply.requestHeader("If-None-Match"),
                reply.requestHeader("If-Modified-Since"), representation.etag(), page.lastModified())) {
            reply.status(304);
            reply.body(NO_BODY);
            return;
        }
        reply.status(200);
        reply.header("Content-Type", page.contentType());
        if (representation.contentEncoding() != null) {
            reply.header("Content-Encoding", representation.contentEncoding());
        }
        if (reply.isHead()) {
            reply.header("Content-Length", String.valueOf(representation.bytes().length));
            reply.body(NO_BODY);
        } else {
            reply.body(representation.bytes());
        }
    }

    /**
     * The page the memory cache holds for a GET or HEAD without a query string, for the web layer to answer before
     * Javalin, without waiting for anything; null when the cache is off or holds no such page, and while scheduled
     * articles may be due: their announcement can query the database, which the way through Javalin ({@link #wrap})
     * does first.
     */
    public CachedPage keptPage(String path) {
        if (!enabled || publisher.mayHaveDue()) {
            return null;
        }
        CachedPage page = cache.get(path);
        if (page != null) {
            cache.counts().servedFromMemory();
        }
        return page;
    }

    /**
     * The page from the page store, for a path {@link #keptPage} found nothing for: this may read the database (see
     * {@link #storeFindsWithoutWaiting}); null when the store has no fresh copy either (then Javalin renders it).
     */
    public CachedPage storedPage(String path, String acceptEncoding) {
        if (!enabled || publisher.mayHaveDue() || neverStored(path)) {
            return null;
        }
        return fromStore(path, acceptEncoding);
    }

    private static boolean neverStored(String path) {
        for (String prefix : NOT_STORED) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #storedPage} answers from memory and files, without waiting for the database. */
    public boolean storeFindsWithoutWaiting() {
        return store.findsWithoutWaiting();
    }

    /**
     * The page a request names: its path and the query parameters public pages read, with the first value each as
     * they use it. Anything else in the query (tracking tags, cache busters) names the same page, so it can neither
     * fill the cache with copies nor force a render per request.
     */
    static String key(Context ctx) {
        StringBuilder key = new StringBuilder(pagePath(ctx.path()));
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

    /**
     * The path as the router reads it: percent-escapes decoded and without trailing slashes, so the ways of spelling
     * one page's address ("/articles/%61bc", "/articles/abc/") are one page, not a new one each that would push out
     * the pages readers use. Requests as sent answer from the cache before Javalin only for the plain spelling.
     */
    static String pagePath(String path) {
        String decoded;
        try {
            decoded = URIUtil.decodePath(path);
        } catch (IllegalArgumentException e) {
            decoded = path;
        }
        int end = decoded.length();
        while (end > 1 && decoded.charAt(end - 1) == '/') {
            end--;
        }
        return decoded.substring(0, end);
    }

    /** A Javalin request as a {@link Reply}. */
    private record ContextReply(Context ctx) implements Reply {

        @Override
        public String requestHeader(String name) {
            return ctx.header(name);
        }

        @Override
        public boolean isHead() {
            return ctx.method() == HandlerType.HEAD;
        }

        @Override
        public void header(String name, String value) {
            ctx.header(name, value);
        }

        @Override
        public void status(int code) {
            ctx.status(code);
        }

        @Override
        public void body(byte[] bytes) {
            ctx.result(bytes);
        }
    }

    private static String body(Context ctx) {
        try {
            return new String(ctx.resultInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
