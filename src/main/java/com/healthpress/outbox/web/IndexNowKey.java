package com.healthpress.outbox.web;

import io.javalin.http.Context;

/** The key file IndexNow reads at /{key}.txt to check that the site itself sends the addresses. */
public final class IndexNowKey {

    private final String key;

    public IndexNowKey(String key) {
        this.key = key;
    }

    public String path() {
        return "/" + key + ".txt";
    }

    public void serve(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(key);
    }
}
