package com.healthpress.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

/**
 * Refuses a form whose declared length is over the limit before any of it is read. A body sent without a length
 * is cut off at the same limit as it is read (Javalin's maxRequestSize), which answers 413 too.
 *
 * <p>Uploads (multipart forms) are left to Jetty's multipart limit, which stops reading there and answers 413
 * ({@link ErrorPages}): answering before reading would close the connection under a browser still sending its
 * file, which then shows a reset instead of the answer. Browsers never send plain forms this large.
 */
public final class BodyLimits {

    private final long maxFormBytes;

    public BodyLimits(long maxFormBytes) {
        this.maxFormBytes = maxFormBytes;
    }

    /** Before-handler for every request. */
    public void refuseDeclaredOversize(Context ctx) {
        if (!ctx.isMultipartFormData() && ctx.req().getContentLengthLong() > maxFormBytes) {
            throw new ContentTooLargeResponse();
        }
    }
}
