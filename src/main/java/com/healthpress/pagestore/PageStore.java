package com.healthpress.pagestore;

import com.healthpress.cache.CachedPage;
import com.healthpress.cache.StoredPages;
import com.healthpress.changes.ChangeEvent;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.changes.StalePageRepository;
import com.healthpress.changes.TagColumn;
import com.healthpress.http.ConditionalRequests;
import com.healthpress.storage.DatabaseUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent page store: pages as readers get them, kept across restarts and shared by every instance. The
 * table says which page is current and fresh; the bytes are files named by their content ({@link PageFiles}); an
 * index in memory ({@link StoredPageIndex}) answers a request without the database. A page is never served older
 * than its data: each change marks the pages with its tags stale in its own transaction ({@link ChangeFeed#publish},
 * under the store's lock) and drops them from the index of each process as it hears of it, and a render is stored
 * only if no change to its data was recorded after the mark it took before rendering (checked under the same lock,
 * so a change either comes before the check and is seen, or after the store and marks the new row). A kill at any
 * moment leaves either the old row, stale, or the new one, fresh, whose files were written before it.
 */
public final class PageStore implements StoredPages {

    private static final Logger LOG = LoggerFactory.getLogger(PageStore.class);
    private static final StoredPageMapper MAPPER = new StoredPageMapper();
    /** Files younger than this are kept by a clean-up even when no row names them: a render may be storing them. */
    private static final Duration UNUSED_FILES_KEPT = Duration.ofHours(1);
    /** Pages stored per transaction. */
    static final int STORE_BATCH = 50;
    /** Pages marked to be rendered again per transaction. */
    static final int MARK_BATCH = 2_000;
    /** Rows read into the index per query. */
    static final int INDEX_BATCH = 5_000;

    private final Jdbi jdbi;
    private final PageFiles files;
    private final String build;
    private final String site;
    private final LongSupplier heardUpTo;
    private final Clock clock;
    private final StoredPageIndex index = new StoredPageIndex();
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();

    /**
     * build: the version of the code, templates and static files that renders here ({@link BuildVersion}); site:
     * the settings pages are rendered for ({@link BuildVersion#ofSettings}); heardUpTo: the last change event this
     * process has applied to what it keeps in memory ({@link ChangeFeed#lastHeard}), the mark a render takes. A
     * change recorded but not yet heard here may be missing from a render even though it began later.
     */
    public PageStore(Jdbi jdbi, PageFiles files, String build, String site, LongSupplier heardUpTo, Clock clock) {
        this.jdbi = jdbi;
        this.files = files;
        this.build = build;
        this.site = site;
        this.heardUpTo = heardUpTo;
        this.clock = clock;
    }

    @Override
    public CachedPage find(String key, String acceptEncoding) {
        StoredPageIndex.Entry entry = index.get(key);
        if (entry == null && !index.loaded()) {
            StoredPage row = fromTable(key);
            entry = row == null ? null : row.entry();
        }
        if (entry == null) {
            return null;
        }
        boolean brotli = entry.brotliBytes() != 0 && acceptEncoding != null
                && ConditionalRequests.acceptedEncodings(acceptEncoding).contains("br");
        byte[] bytes = brotli ? files.read(entry.etag(), PageFiles.BROTLI, entry.brotliBytes())
                : files.read(entry.etag(), PageFiles.GZIP, entry.gzipBytes());
        if (bytes == null) {
            index.remove(key, entry); // its file is gone or not its own: it is rendered again
            return null;
        }
        // An answer, never kept: it goes without the set of its tags (whose making was a twentieth of the request).
        return CachedPage.stored(brotli ? null : bytes, brotli ? bytes : null, entry.contentType(), entry.etag(),
                entry.lastModified(), Set.of());
    }

    /**
     * The page with every encoding and its tags, read from its row (the index keeps no tags); null when there is
     * none, or when the database cannot say which tags it has now.
     */
    @Override
    public CachedPage findToKeep(String key) {
        if (index.loaded() && !index.contains(key)) {
            return null;
        }
        StoredPage row = fromTable(key);
        if (row == null) {
            return null;
        }
        StoredPageIndex.Entry entry = row.entry();
        byte[] gzip = files.read(entry.etag(), PageFiles.GZIP, entry.gzipBytes());
        byte[] brotli = entry.brotliBytes() == 0 ? null
                : files.read(entry.etag(), PageFiles.BROTLI, entry.brotliBytes());
        if (gzip == null || (entry.brotliBytes() != 0 && brotli == null)) {
            return null; // find, which answers instead, drops the entry if its own file is gone
        }
        return CachedPage.stored(gzip, brotli, entry.contentType(), entry.etag(), entry.lastModified(),
                Set.copyOf(row.tags()));
    }

    /** Whether {@link #find} answers without the database: once the index holds every fresh page. */
    @Override
    public boolean findsWithoutWaiting() {
        return index.loaded();
    }

    /**
     * The page's fresh row, kept in the index unless a newer store came meanwhile; null when there is none or the
     * database is away. Read as a plain query, without attaching the repository (it runs for requests).
     */
    private StoredPage fromTable(String key) {
        try {
            long mark = index.mark();
            StoredPage page = jdbi.withHandle(handle -> handle.createQuery(StoredPageRepository.FIND)
                    .bind("key", key).bind("site", site).map(MAPPER).findOne()).orElse(null);
            if (page != null) {
                index.putIfAbsentAndUnchanged(key, page.entry(), page.tags(), mark);
            }
            return page;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.explains(e)) {
                throw e;
            }
            return null; // the page is rendered, or its render says plainly that the database is away
        }
    }

    /**
     * Reads every fresh page of the table whose files are here into the index; until then each request for a page
     * the memory cache lacks reads its row. A page stored meanwhile keeps its newer entry. Read a batch at a time, in
     * key order: one query over 100,000 rows had H2 build them all as one result on the heap, beside the index
     * being filled.
     */
    public void loadIndex() {
        long started = System.nanoTime();
        long mark = index.mark();
        // Room for an eighth more, so that the first pages stored after the start do not grow every array at once.
        int stored = jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class).count());
        index.reserve(stored + stored / 8);
        String after = "";
        while (true) {
            String from = after;
            List<ListedRow> rows = jdbi.withHandle(handle -> handle.createQuery(StoredPageRepository.LIST_AFTER)
                    .bind("after", from).bind("limit", INDEX_BATCH)
                    .map((row, context) -> new ListedRow(MAPPER.map(row, context),
                            site.equals(row.getString("rendered_for")) && !row.getBoolean("stale")))
                    .list());
            for (ListedRow row : rows) {
                if (row.servedHere() && files.has(row.page().entry().etag(), PageFiles.GZIP)) {
                    index.putIfAbsentAndUnchanged(row.page().key(), row.page().entry(), row.page().tags(), mark);
                }
            }
            if (rows.size() < INDEX_BATCH) {
                break;
            }
            after = rows.get(rows.size() - 1).page().key();
        }
        index.markLoaded();
        LOG.info("page store: {} pages indexed in {} ms (files in {})", index.size(),
                (System.nanoTime() - started) / 1_000_000, files.directory());
    }

    /** A row listed for the index: the page, and whether it is fresh and rendered for this instance's settings. */
    private record ListedRow(StoredPage page, boolean servedHere) {
    }

    /** A change was heard: its pages are no longer served from the store by this process. */
    public void invalidate(Set<String> tags) {
        index.invalidate(tags);
    }

    @Override
    public long changeMark() {
        return heardUpTo.getAsLong();
    }

    @Override
    public void store(String key, CachedPage page, long changeMark) {
        storeAll(List.of(new Pending(key, page, changeMark, index.mark())));
    }

    /**
     * Kept with others until {@link #flush}: each commit on H2 writes to disk, so the renderer's go together. Kept
     * without its plain bytes, which the store does not write: the pages waiting (50 to 100) live through young
     * collections, and with their plain bytes (several times the compressed ones) they took a larger share of the
     * survivor space, whatever did not fit going to the old generation. In one crawl.sh run each at -Xmx128m, the
     * re-render ran 15 full collections without them and 19 with them.
     */
    @Override
    public void storeLater(String key, CachedPage page, long changeMark) {
        pending.add(new Pending(key, page.compressedOnly(), changeMark, index.mark()));
    }

    /** Stores the pages kept for later, a few dozen to a transaction (which holds the lock every change waits for). */
    void flush() {
        List<Pending> batch = new ArrayList<>();
        for (Pending page = pending.poll(); page != null; page = pending.poll()) {
            batch.add(page);
            if (batch.size() == STORE_BATCH) {
                storeAll(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            storeAll(batch);
        }
    }

    /** A render to store: the change mark it took before rendering, and the index's mark before it was stored. */
    private record Pending(String key, CachedPage page, long changeMark, long indexMark) {
    }

    private void storeAll(List<Pending> pages) {
        try {
            pages.forEach(pending -> writeFiles(pending.page()));
            long earliestMark = pages.stream().mapToLong(Pending::changeMark).min().orElseThrow();
            List<Pending> stored = jdbi.inTransaction(handle -> {
                handle.attach(StalePageRepository.class).lock();
                StoredPageRepository rows = handle.attach(StoredPageRepository.class);
                List<ChangeEvent> changes = rows.changesAfter(earliestMark);
                List<Pending> fresh = pages.stream().filter(pending -> !changedSince(changes, pending)).toList();
                if (!fresh.isEmpty()) {
                    Map<String, String> storedTags = rows.tagsOf(fresh.stream().map(Pending::key).toList());
                    fresh.forEach(pending -> put(rows, pending.key(), pending.page(), storedTags.get(pending.key())));
                }
                return fresh;
            });
            stored.forEach(pending -> index.putIfUnchanged(pending.key(), entryOf(pending.page()),
                    pending.page().tags(), pending.indexMark()));
        } catch (RuntimeException e) {
            // A page not stored is rendered again when asked for: a full disk or a lost database costs speed only.
            LOG.warn("could not store {} page(s), {} the first: {}", pages.size(), pages.get(0).key(),
                    e.getMessage());
        }
    }

    private void writeFiles(CachedPage page) {
        files.write(page.etag(), PageFiles.GZIP, page.gzip());
        if (page.brotli() != null) {
            files.write(page.etag(), PageFiles.BROTLI, page.brotli());
        }
    }

    /**
     * Stores a page's row: a new one, or the one stored before updated in place (storedTags: its tags then, null
     * when there is none), with only the tags that differ deleted or added. Deleting the row and inserting it again
     * with every tag made each commit's work grow with them: in a profile of a re-render the commits took 40% of the
     * storing thread's time.
     */
    private void put(StoredPageRepository rows, String key, CachedPage page, String storedTags) {
        String tags = TagColumn.join(page.tags());
        Integer brotliBytes = page.brotli() == null ? null : page.brotli().length;
        if (storedTags == null) {
            rows.insert(key, page.contentType(), page.etag(), page.lastModified(), page.gzip().length, brotliBytes,
                    tags, build, site, clock.instant());
            rows.insertTags(page.tags(), key);
            return;
        }
        rows.update(key, page.contentType(), page.etag(), page.lastModified(), page.gzip().length, brotliBytes, tags,
                build, site, clock.instant());
        Set<String> before = new HashSet<>(TagColumn.split(storedTags));
        List<String> removed = before.stream().filter(tag -> !page.tags().contains(tag)).toList();
        List<String> added = page.tags().stream().filter(tag -> !before.contains(tag)).toList();
        if (!removed.isEmpty()) {
            rows.deleteTags(removed, key);
        }
        if (!added.isEmpty()) {
            rows.insertTags(added, key);
        }
    }

    private static StoredPageIndex.Entry entryOf(CachedPage page) {
        return StoredPageIndex.Entry.of(page.etag(), page.contentType(), page.lastModified(), page.tags(),
                page.gzip().length, page.brotli() == null ? 0 : page.brotli().length);
    }

    /** Whether a change to data the page shows was recorded after the mark its render took. */
    private static boolean changedSince(List<ChangeEvent> changes, Pending pending) {
        for (ChangeEvent change : changes) {
            if (change.id() <= pending.changeMark()) {
                continue;
            }
            List<String> changeTags = TagColumn.split(change.tags());
            if (changeTags.contains(ChangeFeed.EVERYTHING) || !Collections.disjoint(changeTags, pending.page().tags())) {
                return true;
            }
        }
        return false;
    }

    public PageStoreStatus status() {
        return jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class).status(build, site));
    }

    /**
     * The pages to render again, most urgent first: stale ones, then those marked for it (another build rendered
     * them, or a rebuild), newest first.
     */
    List<String> toRender(int limit) {
        return jdbi.withHandle(handle -> {
            StoredPageRepository pages = handle.attach(StoredPageRepository.class);
            List<String> stale = pages.listStale(limit);
            return stale.isEmpty() ? pages.listToRenderAgain(build, limit) : stale;
        });
    }

    /**
     * Marks the pages an earlier (or another) build rendered for these settings to be rendered again; asks first
     * whether there is any, since walking the keys of 100,000 pages in batches took some 5 s at each start beside
     * the crawl benchmark's warm-up, and its batches, living that long, promoted 10-15 MB of garbage (GC logs, thread
     * dumps of the renderer each 0.4 s).
     */
    int markEarlierBuilds() {
        if (!jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class).hasPagesOfOtherBuilds(build))) {
            return 0;
        }
        return markInBatches((rows, keys) -> rows.markEarlierBuilds(keys, build, site), marked -> { });
    }

    /** Where a scan for unstored articles is: before this article id (the newest made first). */
    record ScanPlace(long beforeId) {
    }

    /** The start of a scan: before every public article. */
    ScanPlace scanStart() {
        return new ScanPlace(Long.MAX_VALUE);
    }

    /** The next public articles after the place given, newest first. */
    List<StoredPageRepository.PublicArticle> publicArticles(ScanPlace after, int limit) {
        return jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class).listPublicArticles(
                clock.instant(), after.beforeId(), limit));
    }

    /** Those of these articles that are public now. */
    List<StoredPageRepository.PublicArticle> publicAmong(Collection<Long> ids) {
        return jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class).listPublicAmong(
                clock.instant(), ids));
    }

    /** Those of these pages that this process has no fresh stored copy of (once the index is loaded). */
    List<String> unstored(List<String> paths) {
        return paths.stream().filter(path -> !index.contains(path)).toList();
    }

    /** Forgets one page: after a render that found no such page any more. */
    void forget(String key) {
        index.remove(key);
        jdbi.useHandle(handle -> handle.attach(StoredPageRepository.class).delete(key));
    }

    /** Deletes the files no stored page uses (those of pages rendered again since); returns how many. */
    public int deleteUnusedFiles() {
        return files.deleteUnused(first -> new HashSet<>(jdbi.withHandle(handle -> handle
                .attach(StoredPageRepository.class).listEtagsStartingWith(String.valueOf(first)))),
                clock.instant().minus(UNUSED_FILES_KEPT));
    }

    /**
     * Marks every fresh page as rendered by another build: served until the background renders it again. Tells
     * {@code progress} how many are marked after each batch.
     */
    public int markAllForRebuild(IntConsumer progress) {
        return markInBatches(StoredPageRepository::markForRebuild, progress);
    }

    /**
     * Marks pages a batch at a time, in key order, each batch in a transaction of its own: one statement over a
     * whole large store kept every row's undo in one transaction (at 100,000 pages, run by `pages rebuild` through
     * H2's server mode inside a server with -Xmx160m, it spent ten minutes collecting garbage).
     */
    private int markInBatches(BiFunction<StoredPageRepository, List<String>, Integer> mark, IntConsumer progress) {
        int marked = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> keys = jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class)
                    .listKeysAfter(from, MARK_BATCH));
            if (keys.isEmpty()) {
                return marked;
            }
            marked += jdbi.withHandle(handle -> mark.apply(handle.attach(StoredPageRepository.class), keys));
            progress.accept(marked);
            after = keys.get(keys.size() - 1);
        }
    }
}
