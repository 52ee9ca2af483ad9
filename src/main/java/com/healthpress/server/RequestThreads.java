package com.healthpress.server;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The server's request threads, sized for the machine. Public pages are answered from memory (or rendered on the
 * page cache's own threads) and admin work is bounded by the database pool, so a few threads per core keep every
 * core busy; Jetty's default of 250 threads only adds memory (a stack each) and context switches on a small
 * machine. Idle keep-alive connections hold no thread.
 *
 * <p>Cached pages are answered on the selector thread that read the request ({@link CachedPageShortcut}), so
 * the connector gets one selector per core: with Jetty's default of one per two cores, a single thread would
 * answer every cached page while the other core idled.
 */
public final class RequestThreads {

    private static final int PER_CORE = 16;
    private static final int AT_LEAST = 32;
    private static final int MIN_IDLE = 4;
    private static final int IDLE_TIMEOUT_MILLIS = 60_000;
    /** Beyond the acceptor and the selectors, which keep a thread each: for setting up and closing connections. */
    private static final int CONNECTING_SPARE = 8;

    private RequestThreads() {
    }

    /**
     * The HTTP connector on {@code port}, all interfaces, one selector per core, request heads on a deadline. It sets
     * up connections on threads of its own: on the request threads (Jetty's default), a new connection waited until
     * one was free, so while every request thread was busy no new reader got even a cached page.
     */
    public static Connector connector(Server server, HttpConfiguration http, int port) {
        int acceptors = 1;
        QueuedThreadPool connecting = new QueuedThreadPool(acceptors + cores() + CONNECTING_SPARE,
                acceptors + cores() + 1, IDLE_TIMEOUT_MILLIS);
        connecting.setName("connect");
        ServerConnector connector = new ServerConnector(server, connecting, null, null, acceptors, cores(),
                new RequestHeadDeadline(http));
        connector.setPort(port);
        return connector;
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static QueuedThreadPool forThisMachine() {
        int threads = Math.max(AT_LEAST, PER_CORE * cores());
        QueuedThreadPool pool = new QueuedThreadPool(threads, MIN_IDLE, IDLE_TIMEOUT_MILLIS);
        pool.setName("http");
        return pool;
    }
}
