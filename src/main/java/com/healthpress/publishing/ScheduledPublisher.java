package com.healthpress.publishing;

import com.healthpress.changes.ArticleChanges;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.outbox.ArticleEvents;
import com.healthpress.outbox.Outbox;
import com.healthpress.storage.DatabaseUnavailable;
import com.healthpress.storage.StopSignal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts scheduled articles on the site when their time comes. A scheduled article is already stored as published
 * with a future date, so readers' queries show it on time by themselves; what this adds is the announcement: once,
 * by whichever instance claims it first, it drops the cached pages that must now show the article.
 */
public final class ScheduledPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublisher.class);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final ChangeFeed changes;
    private final Clock clock;
    /** The earliest publication still to announce; null when unknown (after any change) or none. */
    private volatile Instant nextDue;
    private volatile boolean known;
    private Thread ticker;
    private final StopSignal stop = new StopSignal();
    private final LongAdder announced = new LongAdder();

    public ScheduledPublisher(Jdbi jdbi, ChangeFeed changes, Clock clock) {
        this.jdbi = jdbi;
        this.changes = changes;
        this.clock = clock;
        changes.subscribe(tags -> known = false);
    }

    /**
     * Announces every publication whose time has come; cheap when there is none. While the database cannot be
     * reached it announces nothing, so that cached pages are still served; the next call after it is back does.
     */
    public void announceDue() {
        if (!mayHaveDue()) {
            return;
        }
        try {
            announce(clock.instant());
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.explains(e)) {
                throw e;
            }
        }
    }

    /**
     * False when {@link #announceDue()} would certainly return at once; true when it may query the database (after
     * any change, or when a publication's time has come). Never touches the database itself.
     */
    public boolean mayHaveDue() {
        Instant due = nextDue;
        return !known || (due != null && !clock.instant().isBefore(due));
    }

    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = new Thread(() -> {
            while (!stop.await(TICK)) {
                try {
                    announceDue();
                } catch (RuntimeException e) {
                    LOG.warn("could not announce scheduled articles: {}", e.getMessage());
                }
            }
        }, "scheduled-publisher");
        ticker.setDaemon(true);
        ticker.start();
    }

    @Override
    public synchronized void close() {
        stop.stop(); // never an interrupt: the ticker may be reading H2's file (see StopSignal)
        StopSignal.join(ticker, Duration.ofSeconds(2));
    }

    /** How many scheduled articles this instance put on the site since it started. */
    public long announced() {
        return announced.sum();
    }

    private synchronized void announce(Instant now) {
        int published = jdbi.inTransaction(handle -> {
            PublicationRepository publications = handle.attach(PublicationRepository.class);
            Set<String> tags = new LinkedHashSet<>();
            List<String> topicSlugs = new ArrayList<>();
            for (PublicationRepository.Due due : publications.listDue(now)) {
                if (publications.claim(due.id(), now) == 1) {
                    Outbox.record(handle, List.of(ArticleEvents.cameDue(due.id(), due.slug(), due.title())), now);
                    tags.add(ArticleChanges.article(due.id()));
                    topicSlugs.add(due.topicSlug());
                    LOG.info("published scheduled article /articles/{}", due.slug());
                }
            }
            if (!tags.isEmpty()) {
                tags.addAll(ArticleChanges.placesAmongTheNewest(topicSlugs));
                changes.publish(handle, tags);
            }
            Optional<Instant> next = publications.nextDue(now);
            nextDue = next.orElse(null);
            return topicSlugs.size();
        });
        announced.add(published);
        known = true;
    }
}
