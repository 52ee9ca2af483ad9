package com.healthpress.pagestore;

import com.healthpress.cache.LowPriorityThreads;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.site.Site;
import com.healthpress.storage.DatabaseUnavailable;
import com.healthpress.storage.StopSignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders pages in the background, at the lowest priority so that readers come first: pages a change made stale
 * (newest first), then pages an earlier build rendered (served meanwhile), then public pages the store lacks (new
 * articles, or a store that never had them), so that readers and crawlers find every page rendered. It wakes on
 * every change, including those of other processes, and looks again every few seconds. Progress is logged.
 */
public final class Prerenderer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Prerenderer.class);
    private static final int BATCH = 200;
    private static final int RENDERS_AT_ONCE = Runtime.getRuntime().availableProcessors();
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(5);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);
    /** Renders since the renderer last settled after which its settling counts again (see {@link #settleWhenDue}). */
    private static final int SETTLE_AFTER_RENDERS = 1_000;
    /** How long a stop waits for the renderer to finish what it is storing. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final PageStore store;
    private final ToIntFunction<String> render;
    private final Supplier<List<String>> otherPublicPages;
    /** Where the scan of every public article for those the store lacks is; null when none is due. */
    private PageStore.ScanPlace scan;
    /** Whether every public article is to be scanned: at the start, and after a change of everything. */
    private volatile boolean scanAll = true;
    /** Articles changes named since they were last looked at: a page of theirs may be new (published, a new slug). */
    private final Set<Long> changedArticles = ConcurrentHashMap.newKeySet();
    /** Whether the public pages besides articles are to be looked at: at the start and after each change. */
    private volatile boolean othersDue = true;
    private final Semaphore wake = new Semaphore(0);
    /** Sends the render requests, as many at once as there are cores; the renders run elsewhere. */
    private final ExecutorService requests = Executors.newFixedThreadPool(RENDERS_AT_ONCE,
            new LowPriorityThreads("prerender-request"));
    private final StopSignal stop = new StopSignal();
    private volatile long rendered;
    private final Runnable settled;
    /** What {@link #rendered} was when the renderer last settled; -1 until the start's work is done. */
    private long renderedAtSettling = -1;
    private final Every cleanUp = new Every(Duration.ofDays(1), Duration.ofHours(1));
    private final Every lookForEarlierBuilds = new Every(Duration.ofMinutes(10), Duration.ZERO);
    private Thread thread;
    private boolean lowered;

    /**
     * render: renders the page at a key anew and stores it, returning the HTTP status (0 when none came);
     * otherPublicPages: the public pages besides articles, which the store should hold too; settled: run when the
     * renderer has nothing left to do after the start's work or after rendering many pages (see
     * {@link #settleWhenDue}).
     */
    public Prerenderer(PageStore store, ToIntFunction<String> render, Supplier<List<String>> otherPublicPages,
                       Runnable settled) {
        this.store = store;
        this.render = render;
        this.otherPublicPages = otherPublicPages;
        this.settled = settled;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::renderForever, "prerender");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A change was made: its pages are stale now, and new ones may be public, those of the articles it names (or of
     * any, after a change of everything). Only those are looked at again: a scan of 100,000 articles after each
     * change read them all at the lowest priority, slowly enough under load for its rows to reach the old
     * generation.
     */
    public void wake(Set<String> tags) {
        if (tags.contains(ChangeFeed.EVERYTHING)) {
            scanAll = true;
        } else {
            changedArticles.addAll(ArticleChanges.articleIds(tags));
        }
        othersDue = true;
        wake.release();
    }

    /** How many pages this process rendered again so far. */
    public long rendered() {
        return rendered;
    }

    /**
     * Loads the index at normal priority, since until then every page the memory cache lacks is read from the table
     * (at nice 19 under the crawl benchmark's warm-up the load of 100,000 entries took 12.8 s instead of 3.4), then
     * works at the lowest: its scans and clean-ups wait for readers too.
     */
    private void renderForever() {
        if (!loadIndex()) {
            return;
        }
        long lastLog = System.nanoTime();
        long sinceLog = 0;
        while (!stop.isStopped()) {
            try {
                lookForEarlierBuildsWhenDue();
                List<String> keys = store.toRender(BATCH);
                if (keys.isEmpty()) {
                    keys = unstored();
                }
                lowerPriorityOnce();
                if (keys.isEmpty()) {
                    cleanUpWhenDue();
                    settleWhenDue();
                    waitForAChange();
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
            } catch (RuntimeException e) {
                if (stop.isStopped()) {
                    return; // stopping: the server refuses the renders
                }
                if (!DatabaseUnavailable.explains(e)) {
                    LOG.warn("page store: background render failed, trying again: {}", e.getMessage());
                }
                stop.await(LOOK_AGAIN);
            }
        }
    }

    /**
     * Marks the pages of earlier builds to be rendered again: after the start (once the index is loaded), and now
     * and then, for pages an instance of another build stored meanwhile (during a rolling deploy).
     */
    private void lookForEarlierBuildsWhenDue() {
        if (lookForEarlierBuilds.due()) {
            int marked = store.markEarlierBuilds();
            if (marked > 0) {
                LOG.info("page store: {} pages of an earlier build will be rendered again", marked);
            }
        }
    }

    /**
     * Deletes the files of pages rendered again since (each edit leaves one page's old files): when the renderer is
     * idle an hour after the start (it keeps files younger than that anyway), then daily.
     */
    private void cleanUpWhenDue() {
        if (cleanUp.due()) {
            int deleted = store.deleteUnusedFiles();
            if (deleted > 0) {
                LOG.info("page store: deleted {} files no stored page uses", deleted);
            }
        }
    }

    /**
     * Tells that the work is done once the start's (index, scans) is, and again after each run of many renders (a
     * re-render after a deploy), but not after an editor's few: the app then collects the garbage that work left in
     * the old generation (see Healthpress), at a moment it chose rather than at the next busy one.
     */
    private void settleWhenDue() {
        if (renderedAtSettling < 0 || rendered - renderedAtSettling >= SETTLE_AFTER_RENDERS) {
            renderedAtSettling = rendered;
            settled.run();
        }
    }

    /** Work done now and then: due at first after a delay, then again each period after it was last due. */
    private static final class Every {

        private final Duration period;
        private long next;

        Every(Duration period, Duration first) {
            this.period = period;
            this.next = System.nanoTime() + first.toNanos();
        }

        /** Whether it is due now; if so, the next time is set a period ahead. */
        boolean due() {
            long now = System.nanoTime();
            if (now - next < 0) {
                return false;
            }
            next = now + period.toNanos();
            return true;
        }
    }

    /**
     * From the first render or wait on, the renderer works at the lowest priority. The look for pages of earlier
     * builds and the scan for unstored pages before it run at normal priority, as the index's load does: at nice 19
     * under the crawl benchmark's warm-up the scan of 100,000 articles held each batch of rows so long that it was
     * promoted, some 15-20 MB of garbage in the old generation (GC logs with and without the renderer), and its
     * collection then paused the crawl.
     */
    private void lowerPriorityOnce() {
        if (!lowered) {
            lowered = true;
            LowPriorityThreads.lowerOwnPriority();
        }
    }

    /** Loads the store's index, trying again while the database is away; false when stopped meanwhile. */
    private boolean loadIndex() {
        while (!stop.isStopped()) {
            try {
                store.loadIndex();
                return true;
            } catch (RuntimeException e) {
                LOG.warn("page store: could not read the stored pages, trying again: {}", e.getMessage());
                stop.await(LOOK_AGAIN);
            }
        }
        return false;
    }

    /**
     * The next public pages the store lacks: after a scan of every public article (newest first) when one is due,
     * those of the articles changes named, then the other public pages; a page that a change overtook while it
     * rendered waits for that change's look.
     */
    private List<String> unstored() {
        if (scanAll) {
            scanAll = false;
            wake.drainPermits();
            scan = store.scanStart();
        }
        List<String> missing = unstoredInScan();
        if (missing.isEmpty()) {
            missing = unstoredOfChangedArticles();
        }
        if (missing.isEmpty() && othersDue) {
            othersDue = false;
            missing = store.unstored(otherPublicPages.get());
        }
        return missing;
    }

    private List<String> unstoredInScan() {
        while (scan != null) {
            List<StoredPageRepository.PublicArticle> articles = store.publicArticles(scan, BATCH);
            if (articles.isEmpty()) {
                scan = null;
                break;
            }
            scan = new PageStore.ScanPlace(articles.get(articles.size() - 1).id());
            List<String> missing = unstoredOf(articles);
            if (!missing.isEmpty()) {
                return missing;
            }
        }
        return List.of();
    }

    private List<String> unstoredOfChangedArticles() {
        while (!changedArticles.isEmpty()) {
            List<Long> ids = new ArrayList<>(BATCH);
            for (Iterator<Long> named = changedArticles.iterator(); named.hasNext() && ids.size() < BATCH; ) {
                ids.add(named.next());
                named.remove();
            }
            List<String> missing = unstoredOf(store.publicAmong(ids));
            if (!missing.isEmpty()) {
                return missing;
            }
        }
        return List.of();
    }

    private List<String> unstoredOf(List<StoredPageRepository.PublicArticle> articles) {
        return store.unstored(articles.stream().map(article -> Site.articlePath(article.slug())).toList());
    }

    /**
     * Renders each page, as many at once as there are cores (the renders run at the lowest priority, see
     * CachedPages); a page that is no longer there is forgotten, one that fails is left for later. The renders done
     * are stored a transaction's worth at a time while the others go on: storing the batch after the last render
     * left the cores to one thread for some 40% of a re-render (in a profile, the storing thread's time against the
     * render threads' half).
     */
    private int renderAll(List<String> keys) {
        List<Future<Integer>> statuses = keys.stream().map(key -> requests.submit(() -> stop.isStopped()
                ? 0 : render.applyAsInt(key))).toList();
        int done = 0;
        boolean failed = false;
        for (int i = 0; i < keys.size(); i++) {
            int status = statusOf(statuses.get(i));
            if (status == 200) {
                done++;
                rendered++;
            } else if (status == 404 || status == 410 || status == 301 || status == 302) {
                store.forget(keys.get(i));
            } else {
                failed = true; // the server is stopping, overloaded or without its database
            }
            if ((i + 1) % PageStore.STORE_BATCH == 0) {
                store.flush();
            }
        }
        store.flush();
        if (failed) {
            stop.await(LOOK_AGAIN); // the batch is tried again later
        }
        return done;
    }

    private static int statusOf(Future<Integer> status) {
        try {
            return status.get();
        } catch (ExecutionException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Waits for a change, for the next look, or for the stop. */
    private void waitForAChange() {
        wake.drainPermits();
        try {
            wake.tryAcquire(LOOK_AGAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.stop();
        }
    }

    /**
     * Stops without interrupting anything (see StopSignal): the renderer finishes the store it is in (the renders
     * in flight end as the server refuses them) and is waited for, so that the database closes after it.
     */
    @Override
    public synchronized void close() {
        stop.stop();
        wake.release();
        requests.shutdown();
        StopSignal.join(thread, STOP_WAIT);
    }
}
