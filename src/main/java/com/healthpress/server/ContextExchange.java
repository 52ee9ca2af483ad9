package com.healthpress.server;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;

/** A request Javalin handles, as an {@link Exchange}. */
record ContextExchange(Context ctx) implements Exchange {

    @Override
    public String method() {
        return String.valueOf(ctx.method());
    }

    @Override
    public String path() {
        return ctx.path();
    }

    @Override
    public String query() {
        return ctx.queryString();
    }

    @Override
    public String requestHeader(String name) {
        return ctx.header(name);
    }

    @Override
    public List<String> requestHeaders(String name) {
        return Collections.list(ctx.req().getHeaders(name));
    }

    @Override
    public String peerAddress() {
        return ctx.req().getRemoteAddr();
    }

    @Override
    public long declaredLength() {
        return ctx.req().getContentLengthLong();
    }

    @Override
    public void header(String name, String value) {
        ctx.header(name, value);
    }

    @Override
    public int status() {
        return ctx.status().getCode();
    }

    @Override
    public Context javalin() {
        return ctx;
    }
}
