package com.healthpress.architecture.model.article;

import io.javalin.http.Context;
import org.jdbi.v3.core.Handle;

/** Fixture for ArchitectureTest: a model class that knows a request and a database handle. */
public record LeakyModel(String title) {

    static LeakyModel from(Context ctx, Handle handle) {
        return new LeakyModel(ctx.path() + handle.getClass());
    }
}
