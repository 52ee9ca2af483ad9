package com.healthpress.server;

import com.healthpress.cache.Reply;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * A request Jetty answers without Javalin, as an {@link Exchange} for the policy and a {@link Reply} for the cache.
 * A fresh answer ({@link #of}) sets each header once, so it is added without looking for an earlier one; headers with
 * few values (the security headers, Vary, Cache-Control, the types and encodings) are kept encoded after their first
 * use. An error answer ({@link #ofError}) replaces what was set before it went wrong.
 */
final class JettyExchange implements Exchange, Reply {

    private static final Set<String> FEW_VALUES = Set.of("Content-Security-Policy", "X-Content-Type-Options",
            "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy",
            "Strict-Transport-Security", "Vary", "Cache-Control", "Content-Type", "Content-Encoding");
    private static final Map<String, Map<String, HttpField>> ENCODED = new ConcurrentHashMap<>();

    private final Request request;
    private final Response response;
    private final boolean replacing;
    ByteBuffer body;

    private JettyExchange(Request request, Response response, boolean replacing) {
        this.request = request;
        this.response = response;
        this.replacing = replacing;
    }

    static JettyExchange of(Request request, Response response) {
        return new JettyExchange(request, response, false);
    }

    static JettyExchange ofError(Request request, Response response) {
        return new JettyExchange(request, response, true);
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String path() {
        return request.getHttpURI().getPath();
    }

    @Override
    public String query() {
        return request.getHttpURI().getQuery();
    }

    @Override
    public String requestHeader(String name) {
        return request.getHeaders().get(name);
    }

    @Override
    public List<String> requestHeaders(String name) {
        return request.getHeaders().getValuesList(name);
    }

    @Override
    public String peerAddress() {
        return Request.getRemoteAddr(request);
    }

    @Override
    public long declaredLength() {
        return request.getLength();
    }

    @Override
    public void header(String name, String value) {
        HttpField field = FEW_VALUES.contains(name)
                ? ENCODED.computeIfAbsent(name, n -> new ConcurrentHashMap<>())
                        .computeIfAbsent(value, v -> new PreEncodedHttpField(name, value))
                : new HttpField(name, value);
        if (replacing) {
            response.getHeaders().put(field);
        } else {
            response.getHeaders().add(field);
        }
    }

    @Override
    public int status() {
        return response.getStatus();
    }

    @Override
    public Context javalin() {
        throw NeedsJavalin.INSTANCE;
    }

    @Override
    public boolean isHead() {
        return HttpMethod.HEAD.is(request.getMethod());
    }

    @Override
    public void status(int code) {
        response.setStatus(code);
    }

    @Override
    public void body(byte[] bytes) {
        body = bytes.length == 0 ? null : ByteBuffer.wrap(bytes);
    }

    /** A step asked for Javalin's context where there is none: the request goes on to Javalin. */
    static final class NeedsJavalin extends RuntimeException {

        static final NeedsJavalin INSTANCE = new NeedsJavalin();

        private NeedsJavalin() {
            super("a policy step needs Javalin's context", null, false, false);
        }
    }
}
