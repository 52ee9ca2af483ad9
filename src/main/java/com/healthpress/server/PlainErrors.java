package com.healthpress.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to every request that Jetty refuses itself, before any handler of ours sees it (a malformed request
 * line or address, headers or an address too large, an unknown HTTP version, a body too slow) and to anything it
 * fails outside Javalin: the site's plain error text with the same security headers as every other answer, saying
 * what was wrong without repeating any of the request (Jetty's own error page echoed the address), and one access
 * line, as Javalin writes for the requests it answers: the {@link ResponsePolicy}'s steps run as for every answer,
 * and what a step would refuse is moot.
 */
public final class PlainErrors implements Request.Handler {

    private final ResponsePolicy policy;

    public PlainErrors(ResponsePolicy policy) {
        this.policy = policy;
    }

    /** The text for a status: also what {@link ErrorPages} says for the client errors Javalin sees. */
    static String textFor(int status) {
        return switch (status) {
            case HttpStatus.NOT_FOUND_404 -> "There is no page at this address.";
            case HttpStatus.REQUEST_TIMEOUT_408 -> "The request took too long to arrive.";
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "The request is too large.";
            case HttpStatus.URI_TOO_LONG_414 -> "The address is too long.";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "The request's headers are too large.";
            case HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 -> "The HTTP version is not supported.";
            case HttpStatus.SERVICE_UNAVAILABLE_503 -> "The site is temporarily unavailable. Please try again shortly.";
            default -> status >= 500 ? "The server could not answer this request." : "The request could not be understood.";
        };
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        JettyExchange exchange = JettyExchange.ofError(request, response);
        policy.beforeRefusal(exchange);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        byte[] text = (textFor(status) + "\n").getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, text.length);
        response.write(true, ByteBuffer.wrap(text), callback);
        policy.after(exchange, (System.nanoTime() - request.getBeginNanoTime()) / 1e6f);
        return true;
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }
}
