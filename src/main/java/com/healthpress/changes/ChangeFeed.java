package com.healthpress.changes;

import com.healthpress.storage.DatabaseUnavailable;
import com.healthpress.storage.StopSignal;
import com.healthpress.storage.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every app instance which cached pages a write affects. A write records its tags in the change_event table
 * inside its own transaction; this instance's listeners hear them as soon as it commits, and other instances (or a
 * command-line import) within a second: PostgreSQL wakes them with LISTEN/NOTIFY, H2 is polled.
 */
public final class ChangeFeed implements AutoCloseable {

    /** The tag that stands for every page. */
    public static final String EVERYTHING = "*";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration KEEP_EVENTS = Duration.ofHours(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
    /** Events this process published and already told its listeners about, so that catching up skips them. */
    private final Set<Long> heardHere = ConcurrentHashMap.newKeySet();
    private volatile boolean watching;
    private volatile long lastSeen;
    private Thread watcher;
    private final StopSignal stop = new StopSignal();

    public ChangeFeed(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Records, inside the caller's transaction, that the pages with these tags change; the page store's copies of
     * them are stale from the moment it commits.
     */
    public void publish(Handle handle, Set<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        markStoredPagesStale(handle, tags);
        long id = handle.attach(ChangeEventRepository.class).insert(TagColumn.join(tags), clock.instant());
        handle.afterCommit(() -> {
            heardHere.add(id);
            tell(tags);
        });
    }

    private static void markStoredPagesStale(Handle handle, Set<String> tags) {
        StalePageRepository pages = handle.attach(StalePageRepository.class);
        pages.lock();
        if (tags.contains(EVERYTHING)) {
            pages.markAllStale();
        } else {
            pages.markStale(tags);
        }
    }

    /**
     * The last change event whose tags every listener has been told of (0 before watching starts): data this process
     * holds in memory (the site settings) is as new as this change at least. After a write of this process it first
     * reads the events up to that write's, so that a render beginning now counts it as heard without waiting for
     * the next poll; the caller must hold no connection (it may take one). A failure leaves it to the poll.
     */
    public long lastHeard() {
        if (!watching) {
            return 0;
        }
        if (!heardHere.isEmpty()) {
            try {
                catchUp();
            } catch (RuntimeException e) {
                LOG.debug("could not catch up with change events; the watcher will: {}", e.getMessage());
            }
        }
        return lastSeen;
    }

    public void subscribe(Consumer<Set<String>> listener) {
        listeners.add(listener);
    }

    /** Starts hearing changes made by other processes: LISTEN on PostgreSQL, polling on H2. */
    public synchronized void startWatching(Dialect dialect) {
        if (watching) {
            return;
        }
        lastSeen = jdbi.withHandle(h -> h.attach(ChangeEventRepository.class).lastId());
        watching = true;
        watcher = new Thread(dialect.notifies() ? this::listenOnPostgres : this::pollForever, "change-feed");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public synchronized void close() {
        watching = false;
        stop.stop(); // never an interrupt: the watcher may be reading H2's file (see StopSignal)
        StopSignal.join(watcher, Duration.ofSeconds(2));
    }

    /** Reads the change events recorded since the last look and tells the listeners. */
    synchronized void catchUp() {
        List<ChangeEvent> events = jdbi.withHandle(h -> h.attach(ChangeEventRepository.class).listAfter(lastSeen));
        if (events.isEmpty()) {
            return;
        }
        // Told as one change: an import elsewhere of thousands of articles costs the listeners one pass, not one each.
        Set<String> tags = new LinkedHashSet<>();
        for (ChangeEvent event : events) {
            if (!heardHere.remove(event.id())) {
                tags.addAll(TagColumn.split(event.tags()));
            }
        }
        if (!tags.isEmpty()) {
            tell(tags);
        }
        lastSeen = events.get(events.size() - 1).id();
    }

    private void tell(Set<String> tags) {
        for (Consumer<Set<String>> listener : listeners) {
            listener.accept(tags);
        }
    }

    private void pollForever() {
        long polls = 0;
        while (!stop.await(POLL_INTERVAL)) {
            try {
                catchUp();
                if (++polls % 1_000 == 0) {
                    forgetOldEvents();
                }
            } catch (RuntimeException e) {
                // A lost database is logged once, by the database's health, rather than at every poll.
                if (!DatabaseUnavailable.explains(e)) {
                    LOG.warn("could not read change events, retrying: {}", e.getMessage());
                }
            }
        }
    }

    private void listenOnPostgres() {
        while (watching) {
            try (Handle handle = jdbi.open()) {
                Connection connection = handle.getConnection();
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN change_event");
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                long waits = 0;
                while (watching) {
                    postgres.getNotifications((int) Duration.ofSeconds(1).toMillis());
                    catchUp();
                    if (++waits % 1_000 == 0) {
                        forgetOldEvents();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!watching) {
                    return;
                }
                if (!DatabaseUnavailable.explains(e)) {
                    LOG.warn("lost the change_event listener, reconnecting: {}", e.getMessage());
                }
                stop.await(POLL_INTERVAL);
            }
        }
    }

    private void forgetOldEvents() {
        jdbi.useHandle(h -> h.attach(ChangeEventRepository.class).deleteOlderThan(clock.instant().minus(KEEP_EVENTS)));
    }
}
