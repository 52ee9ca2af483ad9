package com.healthpress.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's body as it arrives, holding no thread, and hands the request on only once the whole body is
 * there. Javalin reads forms with blocking reads: a client that sent its body a byte at a time held a request thread
 * for as long as it liked, and a hundred such clients held them all. A body must keep arriving at a minimum rate
 * after a grace period, or the request is answered 408 and its connection closed.
 *
 * <p>The bytes held in memory are bounded, per body and for all bodies together: a body declared larger than any
 * request may be is read without keeping it and refused, and one that outgrows either bound (a chunked body, or
 * many large ones at once) is handed on with what arrived so far, the rest read as it comes.
 */
public final class WholeBodies {

    static final Duration GRACE = Duration.ofSeconds(10);
    static final long MIN_BYTES_PER_SECOND = 1024;
    private static final long ALL_BODIES_BYTES = 64L * 1024 * 1024;

    private final long maxBodyBytes;
    private final AtomicLong heldBytes = new AtomicLong();

    /** {@code maxBodyBytes}: the largest body any request may have (an upload). */
    public WholeBodies(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** True when the request has a body, to wait for before it is handled. */
    boolean shouldWaitFor(Request request) {
        return request.getLength() > 0
                || (request.getLength() < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
    }

    /**
     * Reads the body, then runs {@code handle} with a request that gives it back; or answers 408 if it trickles. A
     * body declared larger than any request may be is answered 413 here, once read to its end (so that the answer
     * arrives, as {@link BodyLimits} explains) or at once if it is larger still.
     */
    void thenHandle(Request request, Response response, Callback callback, HandleWith handle) {
        Arrival arrival = new Arrival(request, response, callback, handle, request.getLength() > maxBodyBytes);
        if (request.getLength() > maxBodyBytes * BodyLimits.READ_TO_THE_END_UP_TO_LIMITS) {
            arrival.answer(HttpStatus.PAYLOAD_TOO_LARGE_413);
        } else {
            arrival.readWhatArrived();
        }
    }

    interface HandleWith {
        void handle(Request request, Response response, Callback callback);
    }

    private final class Arrival implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final HandleWith handle;
        private final long started = System.nanoTime();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final Invocable.Task onContent = Invocable.from(Invocable.InvocationType.NON_BLOCKING, this::readWhatArrived);
        private boolean tooLarge;
        private long arrivedBytes;
        private Scheduler.Task rateCheck;
        private boolean done;

        Arrival(Request request, Response response, Callback callback, HandleWith handle, boolean tooLarge) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.handle = handle;
            this.tooLarge = tooLarge;
        }

        /** Called again each time more of the body arrives (by Jetty, on the thread that read it). */
        void readWhatArrived() {
            while (true) {
                Content.Chunk chunk;
                synchronized (this) {
                    if (done) {
                        return;
                    }
                    chunk = request.read();
                    if (chunk == null) {
                        scheduleRateCheck();
                    } else if (Content.Chunk.isFailure(chunk)) {
                        refuse(chunk.getFailure());
                        return;
                    } else if (tooLarge) {
                        arrivedBytes += chunk.remaining();
                        chunk.release();
                        if (chunk.isLast()) {
                            answerTooLarge();
                            return;
                        }
                        continue;
                    } else {
                        arrivedBytes += chunk.remaining();
                        boolean fits = hold(chunk);
                        chunk.release();
                        if (body.size() > maxBodyBytes) {
                            // A chunked body larger than any request may be: refused like a declared one, as the
                            // readers after us fail on it half-way (Jetty's multipart parser, answered twice).
                            heldBytes.addAndGet(-body.size());
                            body.reset();
                            tooLarge = true;
                            if (chunk.isLast()) {
                                answerTooLarge();
                                return;
                            }
                            continue;
                        }
                        if (chunk.isLast() || !fits) {
                            finish(chunk.isLast());
                            return;
                        }
                        continue;
                    }
                }
                request.demand(onContent);
                return;
            }
        }

        private boolean hold(Content.Chunk chunk) {
            ByteBuffer bytes = chunk.getByteBuffer();
            int length = bytes.remaining();
            heldBytes.addAndGet(length);
            byte[] copy = new byte[length];
            bytes.get(copy);
            body.writeBytes(copy);
            return body.size() <= maxBodyBytes && heldBytes.get() <= ALL_BODIES_BYTES;
        }

        private void finish(boolean whole) {
            done = true;
            cancelRateCheck();
            Request arrived = new ArrivedBody(request, body.toByteArray(), whole);
            heldBytes.addAndGet(-body.size());
            request.getComponents().getExecutor().execute(() -> handle.handle(arrived, response, callback));
        }

        /**
         * A body that cannot arrive (broken chunking, the client gone, the connection idle) is answered here, with no
         * stack trace in the log: a request thread that went on to read it found the connection already completed,
         * and Jetty logged each such request with three stack traces.
         */
        private void refuse(Throwable failure) {
            done = true;
            cancelRateCheck();
            heldBytes.addAndGet(-body.size());
            int status = failure instanceof HttpException http ? http.getCode()
                    : failure instanceof TimeoutException ? HttpStatus.REQUEST_TIMEOUT_408 : HttpStatus.BAD_REQUEST_400;
            answer(status);
        }

        /** A body larger than any request may be, now read to its end: 413. */
        private void answerTooLarge() {
            done = true;
            cancelRateCheck();
            answer(HttpStatus.PAYLOAD_TOO_LARGE_413);
        }

        void answer(int status) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(request, response, callback, status);
        }

        private void cancelRateCheck() {
            if (rateCheck != null) {
                rateCheck.cancel();
            }
        }

        /** When the body, if nothing more arrives, falls below the minimum rate. */
        private void scheduleRateCheck() {
            cancelRateCheck();
            rateCheck = request.getComponents().getScheduler()
                    .schedule(this, Math.max(0, rateDueNanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
        }

        /** The rate check: the body is too slow unless more arrived since it was scheduled. */
        @Override
        public void run() {
            synchronized (this) {
                if (done || System.nanoTime() < rateDueNanos()) {
                    return;
                }
                done = true;
            }
            heldBytes.addAndGet(-body.size());
            answer(HttpStatus.REQUEST_TIMEOUT_408);
        }

        private long rateDueNanos() {
            return started + GRACE.toNanos() + TimeUnit.SECONDS.toNanos(1) * arrivedBytes / MIN_BYTES_PER_SECOND;
        }
    }

    /** The request with the body that arrived, then (if it was not whole) the rest as it comes. */
    private static final class ArrivedBody extends Request.Wrapper {

        private final boolean whole;
        private Content.Chunk arrived;

        ArrivedBody(Request request, byte[] body, boolean whole) {
            super(request);
            this.whole = whole;
            this.arrived = body.length == 0 && !whole ? null : Content.Chunk.from(ByteBuffer.wrap(body), whole);
        }

        @Override
        public synchronized Content.Chunk read() {
            if (arrived == null) {
                return super.read();
            }
            Content.Chunk chunk = arrived;
            if (!chunk.isLast()) {
                arrived = null;
            } else if (chunk.hasRemaining()) {
                arrived = Content.Chunk.EOF;
            }
            return chunk;
        }

        /**
         * A reader that refuses a body it has read whole (a multipart form without its end) answers that itself;
         * passed on, the failure ended the exchange under the request thread, and Jetty logged three stack traces.
         */
        @Override
        public void fail(Throwable failure) {
            if (!whole) {
                super.fail(failure);
            }
        }

        @Override
        public void demand(Runnable demandCallback) {
            boolean available;
            synchronized (this) {
                available = arrived != null;
            }
            if (available) {
                demandCallback.run();
            } else {
                super.demand(demandCallback);
            }
        }
    }
}
