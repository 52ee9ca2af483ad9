package com.healthpress.cache;

import java.util.concurrent.atomic.LongAdder;

/**
 * How public pages were answered since the start: from memory, from the page store, or rendered (for a reader who
 * waited, or in the background for the page store), with the renders' total time. Read by the metrics.
 */
public final class ServingCounts {

    private final LongAdder fromMemory = new LongAdder();
    private final LongAdder fromStore = new LongAdder();
    private final LongAdder readerRenders = new LongAdder();
    private final LongAdder readerRenderNanos = new LongAdder();
    private final LongAdder backgroundRenders = new LongAdder();
    private final LongAdder backgroundRenderNanos = new LongAdder();

    void servedFromMemory() {
        fromMemory.increment();
    }

    void servedFromStore() {
        fromStore.increment();
    }

    void rendered(boolean inBackground, long nanos) {
        (inBackground ? backgroundRenders : readerRenders).increment();
        (inBackground ? backgroundRenderNanos : readerRenderNanos).add(nanos);
    }

    public long fromMemory() {
        return fromMemory.sum();
    }

    public long fromStore() {
        return fromStore.sum();
    }

    public long readerRenders() {
        return readerRenders.sum();
    }

    public double readerRenderSeconds() {
        return readerRenderNanos.sum() / 1e9;
    }

    public long backgroundRenders() {
        return backgroundRenders.sum();
    }

    public double backgroundRenderSeconds() {
        return backgroundRenderNanos.sum() / 1e9;
    }
}
