package com.healthpress.server;

import com.healthpress.cache.CachedPage;
import com.healthpress.cache.CachedPages;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers GET and HEAD requests for public pages the cache holds straight from Jetty, before the servlet layer and
 * Javalin's routing, which cost more than the answer itself: through the same {@link ResponsePolicy} (security
 * headers, access line and every other step) and with the same caching headers, 304s and HEAD answers as Javalin
 * gives. Everything else goes on to Javalin: a query string (search, listing cursors, and anything
 * {@link QueryStrings} must check), a request body, another method, an admin path, a page not in the cache, or a
 * request that a step of the policy refuses or answers only with Javalin.
 *
 * <p>The handler declares itself non-blocking, so Jetty answers a cached page on the thread that read the request,
 * without handing it to another thread (that hand-over cost about a fifth of the throughput). What it passes on
 * to Javalin, which may block, it hands to the request thread pool itself, once the request's body has arrived
 * ({@link WholeBodies}): a request thread never waits for a client.
 */
public final class CachedPageShortcut extends Handler.Wrapper {

    private final CachedPages pages;
    private final ResponsePolicy policy;
    private final WholeBodies bodies;

    public CachedPageShortcut(CachedPages pages, ResponsePolicy policy, WholeBodies bodies) {
        this.pages = pages;
        this.policy = policy;
        this.bodies = bodies;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        if (!mayAnswer(request)) {
            passOnWhenTheBodyArrived(request, response, callback);
            return true;
        }
        String path = request.getHttpURI().getPath();
        CachedPage page = pages.keptPage(path);
        if (page != null) {
            answer(request, response, callback, exchange -> pages.writeKept(exchange, path, page), started);
        } else if (pages.storeFindsWithoutWaiting()) {
            // The store's files are read here: pages the operating system keeps in memory, as a file server reads.
            answerFromStore(request, response, callback, path, started);
        } else {
            // Until the store's index is loaded it reads the database: on a request thread, which may wait.
            request.getComponents().getExecutor().execute(
                    () -> answerFromStore(request, response, callback, path, started));
        }
        return true;
    }

    /** The page from the store, or Javalin renders it. */
    private void answerFromStore(Request request, Response response, Callback callback, String path, long started) {
        CachedPage stored = pages.storedPage(path, request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
        if (stored != null) {
            answer(request, response, callback,
                    exchange -> CachedPages.write(exchange, stored, CachedPages.CACHE_CONTROL), started);
        } else {
            passOnWhenTheBodyArrived(request, response, callback);
        }
    }

    private void answer(Request request, Response response, Callback callback, Consumer<JettyExchange> write,
                        long started) {
        JettyExchange exchange = JettyExchange.of(request, response);
        try {
            policy.before(exchange);
        } catch (Exception refusedOrNeedsJavalin) {
            // Javalin runs the policy again from the start and answers the refusal with its error pages.
            response.reset();
            passOnWhenTheBodyArrived(request, response, callback);
            return;
        }
        write.accept(exchange);
        response.write(true, exchange.body, Callback.from(() -> policy.after(exchange,
                (System.nanoTime() - started) / 1e6f), callback));
    }

    /** Jetty may call it on the thread that read the request: it never blocks, whatever it passes on does. */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    private void passOnWhenTheBodyArrived(Request request, Response response, Callback callback) {
        if (bodies.shouldWaitFor(request)) {
            bodies.thenHandle(request, response, callback, this::passOn);
        } else {
            request.getComponents().getExecutor().execute(() -> passOn(request, response, callback));
        }
    }

    /** Javalin's handling, on a request thread of the pool, as Jetty would have run it. */
    private void passOn(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            // Jetty's context handler answers every failure of the handlers inside it; what reaches here is a failure
            // to answer (the exchange already over, its client gone), and a second attempt only logged it again.
            callback.failed(failure);
        }
    }

    private static boolean mayAnswer(Request request) {
        String method = request.getMethod();
        return (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method))
                && request.getHttpURI().getQuery() == null
                && request.getLength() <= 0
                && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)
                && !request.getHttpURI().getPath().startsWith("/admin")
                && !request.getHeaders().contains(CachedPages.RENDER_HEADER); // a background render must render
    }
}
