package com.healthpress.server;

import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

/** {@code /healthz} answers while the process lives; {@code /readyz} only while the database answers too. */
public final class HealthChecks {

    private final Jdbi jdbi;

    public HealthChecks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void alive(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result("ok\n");
    }

    public void ready(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; charset=utf-8");
        try {
            jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
            ctx.result("ready\n");
        } catch (RuntimeException e) {
            ctx.status(503);
            ctx.result("database unavailable\n");
        }
    }
}
