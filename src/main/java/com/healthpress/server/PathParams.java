package com.healthpress.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;

/**
 * Numbers that name things in a request: plain digits only (no sign, no spaces), so that each thing has one
 * address. Anything else names nothing that exists and is answered 404, as an unknown number is.
 */
public final class PathParams {

    private static final String ID = "\\d{1,18}";
    private static final String VERSION = "\\d{1,9}";

    private PathParams() {
    }

    /** The article id of a path such as {@code /admin/articles/{id}}. */
    public static long articleId(Context ctx) {
        return id(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    }

    /** The revision number of a path such as {@code /admin/articles/{id}/history/{version}/restore}. */
    public static int version(Context ctx) {
        return version(ctx.pathParam("version"));
    }

    /** A revision number given in the path or the query; 404 when missing or malformed. */
    public static int version(String text) {
        if (text == null || !text.matches(VERSION)) {
            throw new NotFoundResponse();
        }
        return Integer.parseInt(text);
    }

    /** An id given as text (in a path or a form); empty when missing or malformed. */
    public static Optional<Long> id(String text) {
        return text != null && text.matches(ID) ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
