package com.healthpress.server;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a form whose declared length is over the limit, and never keeps any of it. A body sent without a length
 * is cut off at the same limit as it is read (Javalin's maxRequestSize), which answers 413 too.
 *
 * <p>A body up to a few times the limit is read to its end and thrown away before the 413 is sent. Answering
 * first and closing with the body unread makes the kernel reset the connection, and a reset can reach the client
 * before it has read the answer: the editor would see a broken connection instead of the reason. Bodies declared
 * larger than that are refused at once, unread, so nobody can make the server read without end.
 *
 * <p>Uploads (multipart forms) are left to Jetty's multipart limit, which stops reading there and answers 413
 * ({@link ErrorPages}).
 */
public final class BodyLimits implements PolicyStep {

    static final int READ_TO_THE_END_UP_TO_LIMITS = 4;

    private final long maxFormBytes;

    public BodyLimits(long maxFormBytes) {
        this.maxFormBytes = maxFormBytes;
    }

    @Override
    public void before(Exchange exchange) throws IOException {
        long declared = exchange.declaredLength();
        if (declared <= maxFormBytes) {
            return;
        }
        Context ctx = exchange.javalin();
        if (ctx.isMultipartFormData()) {
            return;
        }
        if (declared <= maxFormBytes * READ_TO_THE_END_UP_TO_LIMITS) {
            discard(ctx.req().getInputStream());
        }
        throw new ContentTooLargeResponse();
    }

    private static void discard(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (body.read(buffer) >= 0) {
            // read on to the end of the declared length
        }
    }
}
