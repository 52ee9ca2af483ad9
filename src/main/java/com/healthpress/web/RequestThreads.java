package com.healthpress.web;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The server's request threads, sized for the machine. Public pages are answered from memory (or rendered on the
 * page cache's own threads) and admin work is bounded by the database pool, so a few threads per core keep every
 * core busy; Jetty's default of 250 threads only adds memory (a stack each) and context switches on a small
 * machine. Idle keep-alive connections hold no thread.
 */
public final class RequestThreads {

    private static final int PER_CORE = 16;
    private static final int AT_LEAST = 32;
    private static final int MIN_IDLE = 4;
    private static final int IDLE_TIMEOUT_MILLIS = 60_000;

    private RequestThreads() {
    }

    public static QueuedThreadPool forThisMachine() {
        int threads = Math.max(AT_LEAST, PER_CORE * Runtime.getRuntime().availableProcessors());
        QueuedThreadPool pool = new QueuedThreadPool(threads, MIN_IDLE, IDLE_TIMEOUT_MILLIS);
        pool.setName("http");
        return pool;
    }
}
