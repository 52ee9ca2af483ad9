package com.healthpress.redirects;

import com.healthpress.storage.Constraints;
import com.healthpress.storage.DatabaseUnavailable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 404 log: paths readers asked for that answered 404, each with its count, when it was first and last seen and
 * the host of its last referrer. Requests only count in memory; every few seconds one transaction adds the counts to
 * the table. Both are bounded: at most {@link #MAX_ROWS} new paths are counted between two writes (requests for
 * further new paths are not counted, and the log says how many), and the table keeps {@link #MAX_ROWS} rows, dropping
 * those seen fewest times, the longest unseen first. A bot asking for endless random paths so pushes out other paths
 * seen once, never one that readers keep asking for.
 */
public final class NotFoundLog implements AutoCloseable {

    public static final int MAX_ROWS = 1_000;
    public static final int MAX_PATH = 500;
    public static final Duration WRITE_EVERY = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(NotFoundLog.class);
    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]{1,253}|\\[[0-9a-f:.]{2,45}]");
    private static final int TRIES = 3;

    private final Jdbi jdbi;
    private final Clock clock;
    private final int maxRows;
    private volatile Map<String, Tally> pending = new ConcurrentHashMap<>();
    private final AtomicLong notCounted = new AtomicLong();
    private ScheduledExecutorService writer;

    public NotFoundLog(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, MAX_ROWS);
    }

    NotFoundLog(Jdbi jdbi, Clock clock, int maxRows) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /** A path's count as one write adds it. */
    public record Count(String path, long hits, Instant firstSeen, Instant lastSeen, String referrerHost) {
    }

    /** Writes the counts every {@link #WRITE_EVERY}, on a thread of its own. */
    public synchronized void start() {
        if (writer != null) {
            return;
        }
        writer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "not-found-log");
            thread.setDaemon(true);
            return thread;
        });
        long every = WRITE_EVERY.toMillis();
        writer.scheduleWithFixedDelay(this::writeQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Stops the writer and writes what is counted (before the database closes). */
    @Override
    public synchronized void close() {
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writer = null;
        }
        writeQuietly();
    }

    /**
     * Counts a request that answered 404: its path as sent and its Referer header (of which only the host is kept).
     * A path that no redirect could answer (undecodable, too long, an address of the site itself) is not counted.
     * Never blocks and never reads the database.
     */
    public void record(String rawPath, String referrer) {
        String path = RedirectAddresses.pathKey(rawPath);
        if (path == null || path.length() > MAX_PATH || RedirectAddresses.isReserved(path)) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Tally> counts = pending;
        Tally tally = counts.get(path);
        if (tally == null) {
            if (counts.size() >= maxRows) {
                notCounted.incrementAndGet();
                return;
            }
            tally = counts.computeIfAbsent(path, key -> new Tally(now));
        }
        tally.add(now, referrerHost(referrer));
    }

    /**
     * Adds the counts so far to the table, in one transaction, and trims it to its bound. Counts that could not be
     * written (the database away) wait for the next write, within the same bound.
     */
    public synchronized void write() {
        Map<String, Tally> counts = pending;
        long lost = notCounted.getAndSet(0);
        if (lost > 0) {
            LOG.info("404 log: {} requests for new paths not counted (more than {} new paths within {} s)", lost,
                    maxRows, WRITE_EVERY.toSeconds());
        }
        if (counts.isEmpty()) {
            return;
        }
        pending = new ConcurrentHashMap<>();
        List<Count> batch = new ArrayList<>(counts.size());
        counts.forEach((path, tally) -> batch.add(tally.count(path)));
        batch.sort(Comparator.comparing(Count::path)); // one order of row locks for every instance
        try {
            writeWithRetries(batch);
        } catch (RuntimeException e) {
            Map<String, Tally> since = pending;
            counts.forEach((path, tally) -> {
                if (since.size() < maxRows || since.containsKey(path)) {
                    since.merge(path, tally, (newer, older) -> older.plus(newer));
                }
            });
            throw e;
        }
    }

    private void writeQuietly() {
        try {
            write();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.explains(e)) {
                LOG.warn("could not write the 404 log, keeping the counts for the next try: {}", e.getMessage());
            }
        }
    }

    /** Another instance may insert a path between this one's update and insert: the whole write is tried again. */
    private void writeWithRetries(List<Count> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbi.useTransaction(handle -> {
                    NotFoundRepository rows = handle.attach(NotFoundRepository.class);
                    int[] updated = rows.add(batch);
                    List<Count> fresh = new ArrayList<>();
                    for (int i = 0; i < batch.size(); i++) {
                        if (updated[i] == 0) {
                            fresh.add(batch.get(i));
                        }
                    }
                    if (!fresh.isEmpty()) {
                        rows.insert(fresh);
                    }
                    int excess = rows.count() - maxRows;
                    if (excess > 0) {
                        rows.deleteLeastSeen(excess);
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (attempt >= TRIES || !Constraints.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    /** A page of the log's rows, most seen first. */
    public RowsPage<NotFoundEntry> mostSeen(int page) {
        return jdbi.withExtension(NotFoundRepository.class, rows -> {
            int pageCount = RowsPage.pageCount(rows.count());
            int shown = Math.min(Math.max(1, page), pageCount);
            List<NotFoundEntry> entries = rows.mostSeen((shown - 1) * RowsPage.SIZE, RowsPage.SIZE);
            return new RowsPage<>(entries, shown, pageCount, rows.count());
        });
    }

    public int size() {
        return jdbi.withExtension(NotFoundRepository.class, NotFoundRepository::count);
    }

    /** Removes one row (a path dealt with, or not worth a redirect); it comes back if the path is asked for again. */
    public boolean dismiss(long id) {
        return jdbi.withExtension(NotFoundRepository.class, rows -> rows.delete(id)) > 0;
    }

    /** Empties the log, counts not yet written included. */
    public synchronized int clear() {
        pending = new ConcurrentHashMap<>();
        return jdbi.withExtension(NotFoundRepository.class, NotFoundRepository::deleteAll);
    }

    /** The host of a Referer header, lower case; null for none, or for one that is not an http(s) address. */
    static String referrerHost(String referrer) {
        if (referrer == null || referrer.isEmpty() || referrer.length() > 4_000) {
            return null;
        }
        try {
            URI uri = URI.create(referrer.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (host == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return HOST.matcher(lower).matches() ? lower : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One path's requests since the last write. */
    private static final class Tally {

        private long hits;
        private final Instant firstSeen;
        private Instant lastSeen;
        private String referrerHost;

        Tally(Instant firstSeen) {
            this.firstSeen = firstSeen;
            this.lastSeen = firstSeen;
        }

        synchronized void add(Instant now, String host) {
            hits++;
            if (now.isAfter(lastSeen)) {
                lastSeen = now;
            }
            if (host != null) {
                referrerHost = host;
            }
        }

        synchronized Count count(String path) {
            return new Count(path, hits, firstSeen, lastSeen, referrerHost);
        }

        /** This tally with a later one's requests added (a write that failed, merged with the counts since). */
        synchronized Tally plus(Tally later) {
            Count more = later.count("");
            Tally sum = new Tally(firstSeen);
            sum.hits = hits + more.hits();
            sum.lastSeen = lastSeen.isAfter(more.lastSeen()) ? lastSeen : more.lastSeen();
            sum.referrerHost = more.referrerHost() != null ? more.referrerHost() : referrerHost;
            return sum;
        }
    }
}
