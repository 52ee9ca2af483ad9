package com.healthpress.web;

import com.healthpress.cache.CachedPage;
import com.healthpress.cache.CachedPages;
import com.healthpress.cache.Reply;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers GET and HEAD requests for public pages the cache holds straight from Jetty, before the servlet layer and
 * Javalin's routing and before-handlers, which cost more than the answer itself: with the same security headers,
 * caching headers, 304s and access log line as the answers Javalin gives. Everything else goes on to Javalin: a
 * query string (search, listing cursors, and anything {@link QueryStrings} must check), a request body, another
 * method, an admin path, or a page not in the cache.
 *
 * <p>The handler declares itself non-blocking, so Jetty answers a cached page on the thread that read the request,
 * without handing it to another thread (that hand-over cost about a fifth of the throughput). What it passes on
 * to Javalin, which may block, it hands to the request thread pool itself, once the request's body has arrived
 * ({@link WholeBodies}): a request thread never waits for a client.
 */
public final class CachedPageShortcut extends Handler.Wrapper {

    private final CachedPages pages;
    private final SecurityHeaders securityHeaders;
    private final AccessLog accessLog;
    private final WholeBodies bodies;

    public CachedPageShortcut(CachedPages pages, SecurityHeaders securityHeaders, AccessLog accessLog,
            WholeBodies bodies) {
        this.pages = pages;
        this.securityHeaders = securityHeaders;
        this.accessLog = accessLog;
        this.bodies = bodies;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        CachedPage page = mayAnswer(request) ? pages.storedPage(request.getHttpURI().getPath()) : null;
        if (page == null) {
            if (bodies.shouldWaitFor(request)) {
                bodies.thenHandle(request, response, callback, this::passOn);
            } else {
                request.getComponents().getExecutor().execute(() -> passOn(request, response, callback));
            }
            return true;
        }
        JettyReply reply = new JettyReply(request, response);
        securityHeaders.apply(reply::header);
        CachedPages.write(reply, page, CachedPages.CACHE_CONTROL);
        response.write(true, reply.body, Callback.from(() -> accessLog.log(request, response.getStatus(),
                (System.nanoTime() - started) / 1e6f), callback));
        return true;
    }

    /** Jetty may call it on the thread that read the request: it never blocks, whatever it passes on does. */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
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
                && !request.getHttpURI().getPath().startsWith("/admin");
    }

    /**
     * Jetty's request and response as a {@link Reply}. Each header is set once per answer, so it is added without
     * looking for an earlier one; headers with few values (the security headers, Vary, Cache-Control, the types and
     * encodings) are kept encoded after their first use.
     */
    private static final class JettyReply implements Reply {

        private static final Set<String> FEW_VALUES = Set.of("Content-Security-Policy", "X-Content-Type-Options",
                "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy",
                "Strict-Transport-Security", "Vary", "Cache-Control", "Content-Type", "Content-Encoding");
        private static final Map<String, Map<String, HttpField>> ENCODED = new ConcurrentHashMap<>();

        private final Request request;
        private final Response response;
        private ByteBuffer body;

        JettyReply(Request request, Response response) {
            this.request = request;
            this.response = response;
        }

        @Override
        public String requestHeader(String name) {
            return request.getHeaders().get(name);
        }

        @Override
        public boolean isHead() {
            return HttpMethod.HEAD.is(request.getMethod());
        }

        @Override
        public void header(String name, String value) {
            response.getHeaders().add(FEW_VALUES.contains(name)
                    ? ENCODED.computeIfAbsent(name, n -> new ConcurrentHashMap<>())
                            .computeIfAbsent(value, v -> new PreEncodedHttpField(name, value))
                    : new HttpField(name, value));
        }

        @Override
        public void status(int code) {
            response.setStatus(code);
        }

        @Override
        public void body(byte[] bytes) {
            body = bytes.length == 0 ? null : ByteBuffer.wrap(bytes);
        }
    }
}
