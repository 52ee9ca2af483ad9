package com.healthpress.links;

import com.healthpress.cache.LowPriorityThreads;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the links of the articles stored before the link index (V31 queued them in {@code article_link_pending}) on
 * a background thread at the lowest priority, a batch to a transaction, each article's row locked meanwhile so that
 * a save in between keeps its own links. Resumable: a stop loses at most the batch in hand, and the next start goes
 * on with what is left. Once the queue is empty a start costs one query.
 */
public final class LinkBackfill implements AutoCloseable {

    static final int BATCH = 200;
    private static final int LOG_EVERY = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(LinkBackfill.class);

    private final Jdbi jdbi;
    private volatile boolean stopped;
    private Thread thread;

    public LinkBackfill(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Starts the background thread, if any article is waiting. */
    public synchronized void start() {
        if (thread == null && !stopped) {
            thread = new LowPriorityThreads("link-backfill").newThread(this::runLogged);
            thread.start();
        }
    }

    /** How many articles still wait for their links to be read. */
    public long pending() {
        return jdbi.withHandle(handle -> handle.attach(LinkRepository.class).countPending());
    }

    /** Reads every waiting article's links, a batch at a time, until none waits or this is closed; returns how many. */
    int runToEnd() {
        int done = 0;
        int batch;
        while (!stopped && (batch = runBatch()) > 0) {
            done += batch;
            if (done % LOG_EVERY < batch) {
                LOG.info("link index: read the links of {} earlier articles", done);
            }
        }
        return done;
    }

    /**
     * One batch in one transaction. The queue's rows are deleted first: on H2 that first write makes this the one
     * writer (see storage.OneWriterAtATime) before any article is locked, so no save can wait for a lock held here
     * while holding the writer's turn.
     */
    int runBatch() {
        return jdbi.inTransaction(handle -> {
            LinkRepository links = handle.attach(LinkRepository.class);
            List<Long> ids = links.listPending(BATCH);
            if (ids.isEmpty()) {
                return 0;
            }
            if (links.deletePending(ids) == 0) {
                return ids.size(); // another instance took them first
            }
            for (ArticleBody article : links.lockBodies(ids)) {
                LinkGraph.store(handle, article.id(), article.body());
            }
            return ids.size();
        });
    }

    private void runLogged() {
        try {
            int done = runToEnd();
            if (done > 0) {
                LOG.info("link index: read the links of {} earlier articles; done", done);
            }
        } catch (RuntimeException e) {
            if (!stopped) {
                LOG.warn("link index: stopped reading earlier articles' links ({}); the next start goes on",
                        e.getMessage());
            }
        }
    }

    /** Stops after the batch in hand. */
    @Override
    public void close() {
        stopped = true;
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
