package com.healthpress;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes its lines to standard output in batches, every 20 ms, from a thread of its own. A request thread only
 * queues its line: it neither wakes another thread nor makes a system call, which at tens of thousands of requests
 * a second cost more than answering a cached page (logback's AsyncAppender does both per line). The interval is
 * short because a queued line is garbage only once written: held ten times as long, tens of thousands of them
 * outlived each young collection, which then took several times as long and raised the tail latency with it.
 * The queue is bounded: lines beyond it are counted and the count is written in their place, so a stalled output
 * never holds up or exhausts the server.
 */
final class BatchedConsoleAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    private static final long INTERVAL_MILLIS = 20;
    private static final int MAX_QUEUED = 100_000;

    private final long intervalMillis;
    private final int maxQueued;
    private final Queue<ILoggingEvent> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedCount = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final Object writing = new Object();
    private Encoder<ILoggingEvent> encoder;
    private Thread writer;

    BatchedConsoleAppender() {
        this(INTERVAL_MILLIS, MAX_QUEUED);
    }

    BatchedConsoleAppender(long intervalMillis, int maxQueued) {
        this.intervalMillis = intervalMillis;
        this.maxQueued = maxQueued;
    }

    void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (queuedCount.incrementAndGet() > maxQueued) {
            queuedCount.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        event.prepareForDeferredProcessing();
        queued.offer(event);
    }

    @Override
    public void start() {
        writer = new Thread(this::writeEveryInterval, getName() + "-writer");
        writer.setDaemon(true);
        writer.start();
        super.start();
    }

    /** Writes what is queued before it returns. */
    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        writer.interrupt();
        try {
            writer.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeQueued();
    }

    private void writeEveryInterval() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
            writeQueued();
        }
    }

    /** Everything queued so far as one write; the writer thread and stop() may both call it. */
    private void writeQueued() {
        synchronized (writing) {
            ByteArrayOutputStream batch = new ByteArrayOutputStream(8192);
            for (ILoggingEvent event; (event = queued.poll()) != null; ) {
                queuedCount.decrementAndGet();
                batch.writeBytes(encoder.encode(event));
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                String notice = "[" + lost + " " + getName() + " lines dropped: output too slow]\n";
                batch.writeBytes(notice.getBytes(StandardCharsets.UTF_8));
            }
            if (batch.size() > 0) {
                PrintStream out = System.out;
                out.write(batch.toByteArray(), 0, batch.size());
                out.flush();
            }
        }
    }
}
