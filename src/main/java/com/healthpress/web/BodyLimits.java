package com.healthpress.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

/**
 * Refuses a request whose declared length is over its limit before any of the body is read: one limit for uploads
 * (multipart forms), one for every other body. Bodies sent without a length are cut off at the same limits as they
 * are read: Javalin's maxRequestSize answers 413 itself, and {@link ErrorPages} turns Jetty's multipart refusal into
 * one.
 */
public final class BodyLimits {

    private final long maxFormBytes;
    private final long maxMultipartBytes;

    public BodyLimits(long maxFormBytes, long maxMultipartBytes) {
        this.maxFormBytes = maxFormBytes;
        this.maxMultipartBytes = maxMultipartBytes;
    }

    /** Before-handler for every request. */
    public void refuseDeclaredOversize(Context ctx) {
        long limit = ctx.isMultipartFormData() ? maxMultipartBytes : maxFormBytes;
        if (ctx.req().getContentLengthLong() > limit) {
            throw new ContentTooLargeResponse();
        }
    }
}
