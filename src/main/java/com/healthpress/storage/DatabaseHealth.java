package com.healthpress.storage;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database can be reached. Once a connection cannot be had, or a write found the disk full, every caller
 * is refused at once with {@link DatabaseUnavailable} instead of waiting for the pool, and a probe tries again every
 * second until a new connection works (on H2 that opens the store again, which a failed write closed); the log says
 * once that the database is unreachable (or its disk full) and once that it is back.
 *
 * <p>A wait for a connection is cut into short slices. A slice that ends after the pool failed to open or check a
 * connection, or while it still has fewer connections than it may, means the database is away; a slice that ends
 * with every connection made and lent out means only that the pool is busy, and the wait goes on, up to
 * {@link #LONGEST_WAIT} as before.
 */
final class DatabaseHealth implements SQLExceptionOverride, AutoCloseable {

    /** How long one slice of a wait for a connection lasts: the pool's connection timeout. */
    static final Duration SLICE = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);

    private volatile HikariDataSource pool;
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "database-probe");
        thread.setDaemon(true);
        return thread;
    });
    /** Set while the database is unreachable: the probe that looks for it. */
    private volatile ScheduledFuture<?> probing;
    /** What made the database unreachable, for the refusals to carry (a full disk is answered differently). */
    private volatile SQLException lostBecause;

    /** Watches this pool from now on; its connections may be asked for once it is set. */
    void watch(HikariDataSource opened) {
        this.pool = opened;
    }

    /**
     * The pool's judgement of an error on one of its connections: a connection that lost the database is closed
     * rather than lent out again (the pool itself knows only the standard codes for that, not H2's), and a probe
     * finds out at once whether the database is away or only that one connection died.
     */
    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        if (DatabaseUnavailable.isDiskFull(failure)) {
            // H2 closes its store when a write fails; it opens again, with new connections, once there is space.
            lost(failure);
            return SQLExceptionOverride.Override.MUST_EVICT;
        }
        if (!DatabaseUnavailable.isConnectionFailure(failure)) {
            return SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
        if (isReachable()) {
            try {
                prober.execute(() -> {
                    if (isReachable() && !canConnect()) {
                        lost(failure);
                    }
                });
            } catch (RejectedExecutionException closing) {
                // the database is being closed: nothing to find out
            }
        }
        return SQLExceptionOverride.Override.MUST_EVICT;
    }

    /** A connection from {@code connections} (the pool, or a wrapper of it); fails at once while unreachable. */
    Connection connection(DataSource connections) throws SQLException {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        while (true) {
            refuseWhileUnreachable();
            try {
                return connections.getConnection();
            } catch (SQLException e) {
                if (!DatabaseUnavailable.isConnectionFailure(e) || pool.isClosed()) {
                    throw e;
                }
                if (cannotConnect(e)) {
                    lost(e);
                    throw new DatabaseUnavailable("the database cannot be reached", e);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new DatabaseUnavailable("every connection stayed busy for " + LONGEST_WAIT.toSeconds()
                            + " s", e);
                }
            }
        }
    }

    boolean isReachable() {
        return probing == null;
    }

    private void refuseWhileUnreachable() {
        if (!isReachable()) {
            throw new DatabaseUnavailable("the database cannot be reached; waiting for it to come back", lostBecause);
        }
    }

    /** The pool's timeout names the last failure to open or check a connection as its cause, if any. */
    private boolean cannotConnect(SQLException timeout) {
        return timeout.getCause() != null
                || pool.getHikariPoolMXBean().getTotalConnections() < pool.getMaximumPoolSize();
    }

    private synchronized void lost(SQLException cause) {
        if (probing != null || prober.isShutdown() || pool.isClosed()) {
            return;
        }
        String reason = DatabaseUrls.redacted(String.valueOf(rootMessage(cause)));
        if (DatabaseUnavailable.isDiskFull(cause)) {
            LOG.warn("database disk full ({}): saves are refused and requests that need the database are answered "
                    + "503 until there is space again", reason);
        } else {
            LOG.warn("database unreachable ({}): requests that need it are answered 503 until it is back", reason);
        }
        lostBecause = cause;
        probing = prober.scheduleWithFixedDelay(this::probe, PROBE_INTERVAL.toMillis(), PROBE_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void probe() {
        if (canConnect()) {
            back();
        }
    }

    private boolean canConnect() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid((int) SLICE.toSeconds());
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Connections opened before the outage may be dead: the pool replaces them as they come back to it. */
    private synchronized void back() {
        pool.getHikariPoolMXBean().softEvictConnections();
        probing.cancel(false);
        probing = null;
        LOG.info("database is back: requests are served again");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : failure.getMessage();
    }

    @java.lang.Override
    public synchronized void close() {
        prober.shutdown(); // never an interrupt: a probe may be opening H2's file (see StopSignal)
    }
}
