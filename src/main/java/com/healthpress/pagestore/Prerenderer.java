package com.healthpress.pagestore;

import com.healthpress.storage.DatabaseUnavailable;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders pages in the background, one at a time so that readers keep the other cores: pages a change made stale
 * (newest first), then pages an earlier build rendered (served meanwhile), then public pages the store lacks (new
 * articles, or a store that never had them), so that readers and crawlers find every page rendered. It wakes on
 * every change, including those of other processes, and looks again every few seconds. Progress is logged.
 */
public final class Prerenderer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Prerenderer.class);
    private static final int BATCH = 200;
    private static final int TRIED_AT_MOST = 100_000;
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(5);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final PageStore store;
    private final ToIntFunction<String> render;
    private final Supplier<List<String>> otherPublicPages;
    /** Public pages the store lacked that were rendered since the last change, so that none is tried twice. */
    private final Set<String> triedUnstored = new HashSet<>();
    private volatile boolean lookForUnstored = true;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile long rendered;
    private Thread thread;

    /**
     * render: renders the page at a key anew and stores it, returning the HTTP status (0 when none came);
     * otherPublicPages: the public pages besides articles, which the store should hold too.
     */
    public Prerenderer(PageStore store, ToIntFunction<String> render, Supplier<List<String>> otherPublicPages) {
        this.store = store;
        this.render = render;
        this.otherPublicPages = otherPublicPages;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::renderForever, "prerender");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** A change was made: its pages are stale now, and new ones may be public. */
    public void wake() {
        lookForUnstored = true;
        wake.release();
    }

    /** How many pages this process rendered again so far. */
    public long rendered() {
        return rendered;
    }

    private void renderForever() {
        long lastLog = System.nanoTime();
        long sinceLog = 0;
        while (running) {
            try {
                List<String> keys = store.toRender(BATCH);
                if (keys.isEmpty()) {
                    keys = unstored();
                }
                if (keys.isEmpty()) {
                    wake.drainPermits();
                    wake.tryAcquire(LOOK_AGAIN.toMillis(), TimeUnit.MILLISECONDS);
                    continue;
                }
                sinceLog += renderAll(keys);
                if (System.nanoTime() - lastLog > LOG_EVERY.toNanos()) {
                    PageStoreStatus status = store.status();
                    LOG.info("page store: rendered {} pages again; {} of {} waiting", sinceLog, status.waiting(),
                            status.pages());
                    lastLog = System.nanoTime();
                    sinceLog = 0;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.explains(e)) {
                    LOG.warn("page store: background render failed, trying again: {}", e.getMessage());
                }
                sleepQuietly();
            }
        }
    }

    /** Public pages the store lacks and that were not tried since the last change; looked for after a change. */
    private List<String> unstored() {
        if (!lookForUnstored) {
            return List.of();
        }
        if (wake.drainPermits() > 0 || triedUnstored.size() > TRIED_AT_MOST) {
            triedUnstored.clear();
        }
        // A page rendered but not stored (a change came meanwhile) is listed again: tried once per change.
        List<String> keys = store.unstored(BATCH, otherPublicPages.get()).stream().filter(triedUnstored::add)
                .toList();
        if (keys.isEmpty()) {
            lookForUnstored = false;
        }
        return keys;
    }

    /** Renders each page; a page that is no longer there is forgotten, one that fails is left for later. */
    private int renderAll(List<String> keys) throws InterruptedException {
        int done = 0;
        for (String key : keys) {
            if (!running) {
                return done;
            }
            int status = render.applyAsInt(key);
            if (status == 200) {
                done++;
                rendered++;
            } else if (status == 404 || status == 410 || status == 301 || status == 302) {
                store.forget(key);
            } else {
                // The server is stopping, overloaded or without its database: try the batch again later.
                Thread.sleep(LOOK_AGAIN.toMillis());
                return done;
            }
        }
        return done;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(LOOK_AGAIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
