package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.ProxiedDatabase;
import com.healthpress.QueryPlans;
import com.healthpress.TestDatabases;
import com.healthpress.cache.CachedPage;
import com.healthpress.changes.ChangeEventRepository;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The page store over a real database: a page is found while fresh, and never once a change to its data came. */
class PageStoreTest {

    private static final String KEY = "/articles/knee-pain";
    /** The Accept-Encoding of a request answered from the store. */
    private static final String ENCODING = "gzip, deflate, br";

    private final Clock clock = Clock.systemUTC();
    private final Database database = Database.open(TestDatabases.fresh());
    private final ChangeFeed changes = new ChangeFeed(database.jdbi(), clock);
    /** This process has heard every recorded change, as a server whose change feed caught up has. */
    private final PageFiles files = new PageFiles(temporaryDirectory());
    private final PageStore store = storeFor("build-1", "site-1", this::recorded);

    PageStoreTest() {
        changes.subscribe(store::invalidate);
    }

    /** Another process's store over the same database and files: it hears no change of this test's. */
    private PageStore storeFor(String build, String site, java.util.function.LongSupplier heard) {
        return new PageStore(database.jdbi(), files, build, site, heard, clock);
    }

    private static java.nio.file.Path temporaryDirectory() {
        try {
            return java.nio.file.Files.createTempDirectory("healthpress-page-files");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long recorded() {
        return database.jdbi().withHandle(handle -> handle.attach(ChangeEventRepository.class).lastId());
    }

    @AfterEach
    void close() {
        changes.close();
        database.close();
    }

    private CachedPage page(String text, String... tags) {
        return CachedPage.of(("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                clock.instant(), Set.of(tags));
    }

    private void change(String... tags) {
        database.jdbi().useTransaction(handle -> changes.publish(handle, Set.of(tags)));
    }

    @Test
    void aStoredPageIsFoundWithItsBytesUntilAChangeNamesOneOfItsTags() {
        CachedPage page = page("Knee pain", "article:1", "topic:joints");
        store.store(KEY, page, store.changeMark());

        CachedPage found = store.findToKeep(KEY);
        assertNotNull(found);
        assertArrayEquals(page.gzip(), found.gzip());
        assertArrayEquals(page.brotli(), found.brotli());
        assertEquals(page.etag(), found.etag());
        assertEquals(page.tags(), found.tags());

        change("article:2", "listings");
        assertNotNull(store.find(KEY, ENCODING), "a change to other data leaves it");
        change("topic:joints");
        assertNull(store.find(KEY, ENCODING));
        assertEquals(1, store.status().stale());
    }

    @Test
    void aRenderThatAChangeToItsDataOvertookIsNotStoredAndOneThatAnotherChangeOvertookIs() {
        long mark = store.changeMark();
        change("article:1");
        store.store(KEY, page("Rendered from old data", "article:1"), mark);
        assertNull(store.find(KEY, ENCODING));

        long later = store.changeMark();
        change("article:9");
        store.store(KEY, page("Rendered from current data", "article:1"), later);
        assertNotNull(store.find(KEY, ENCODING));
    }

    /**
     * Another instance recorded a change this one has not heard yet, so what it keeps in memory (the site settings)
     * is older: a render that begins now may show the old data, and must not be stored as fresh. (Two instances
     * showed it: the second stored its home page with the site's old name.)
     */
    @Test
    void aRenderMarksTheLastChangeThisProcessHeardNotTheLastOneRecorded() {
        java.util.concurrent.atomic.AtomicLong heard = new java.util.concurrent.atomic.AtomicLong(recorded());
        PageStore lagging = storeFor("build-1", "site-1", heard::get);
        change(ChangeFeed.EVERYTHING); // recorded by another process, not heard here yet

        lagging.store("/", page("Old site name", "listings"), lagging.changeMark());
        assertNull(lagging.find("/", ENCODING));

        heard.set(recorded());
        lagging.store("/", page("New site name", "listings"), lagging.changeMark());
        assertNotNull(lagging.find("/", ENCODING));
    }

    /** A page rendered again keeps one row, whose tags are those of its last render: old ones no longer reach it. */
    @Test
    void aPageStoredAgainIsStaledByTheTagsOfItsLastRenderOnly() {
        store.store(KEY, page("First", "article:1", "person:7"), store.changeMark());
        change("article:1");
        CachedPage again = page("Again", "article:1", "person:8");
        store.store(KEY, again, store.changeMark());

        assertEquals(again.etag(), store.find(KEY, ENCODING).etag());
        assertEquals(Set.of("article:1", "person:8"), tagRowsOf(KEY));
        assertEquals(1L, store.status().pages());
        change("person:7");
        assertNotNull(store.find(KEY, ENCODING), "the tag its earlier render had is gone");
        change("person:8");
        assertNull(store.find(KEY, ENCODING));
    }

    /** A page of an earlier build, rendered again by this one, is no longer counted or listed as waiting. */
    @Test
    void aPageOfAnotherBuildStoredAgainIsNoLongerWaiting() {
        PageStore earlierBuild = storeFor("build-0", "site-1", this::recorded);
        earlierBuild.store(KEY, page("Old layout", "article:1"), earlierBuild.changeMark());
        assertEquals(1, store.markEarlierBuilds());
        assertEquals(java.util.List.of(KEY), store.toRender(10));

        store.store(KEY, page("New layout", "article:1"), store.changeMark());

        assertEquals(java.util.List.of(), store.toRender(10));
        assertEquals(0L, store.status().olderBuild());
        assertEquals(Set.of("article:1"), tagRowsOf(KEY));
    }

    private Set<String> tagRowsOf(String key) {
        return Set.copyOf(database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT tag FROM stored_page_tag WHERE page_key = :key").bind("key", key)
                .mapTo(String.class).list()));
    }

    @Test
    void aChangeOfEverythingMakesEveryPageStale() {
        store.store(KEY, page("One", "article:1"), store.changeMark());
        store.store("/", page("Two", "listings"), store.changeMark());

        change(ChangeFeed.EVERYTHING);

        assertNull(store.find(KEY, ENCODING));
        assertNull(store.find("/", ENCODING));
        assertEquals(2, store.status().stale());
    }

    @Test
    void aRebuildMarksTheStoreABatchAtATimeEachCommittedBeforeTheNext() {
        int pages = PageStore.MARK_BATCH + 1;
        insertRows(pages, "build-1");
        java.util.List<Long> seenFromAnotherConnection = new java.util.ArrayList<>();

        int marked = store.markAllForRebuild(markedSoFar -> seenFromAnotherConnection.add(store.status().olderBuild()));

        assertEquals(pages, marked);
        assertEquals(java.util.List.of((long) PageStore.MARK_BATCH, (long) pages), seenFromAnotherConnection);
    }

    @Test
    void pagesOfAnEarlierBuildAreMarkedInBatchesToTheLast() {
        int pages = PageStore.MARK_BATCH + 1;
        insertRows(pages, "build-1");
        PageStore nextBuild = storeFor("build-2", "site-1", this::recorded);

        assertEquals(pages, nextBuild.markEarlierBuilds());
        assertEquals(0, nextBuild.markEarlierBuilds(), "each page once");
        assertEquals((long) pages, nextBuild.status().olderBuild());
    }

    @Test
    void theIndexIsLoadedABatchAtATimeToTheLastPage() {
        int pages = PageStore.INDEX_BATCH + 1;
        insertRows(pages, "build-1");
        for (int i = 0; i < pages; i++) {
            files.write("etag-" + i, PageFiles.GZIP, new byte[10]);
        }
        PageStore restarted = storeFor("build-1", "site-1", this::recorded);

        restarted.loadIndex();

        assertNotNull(restarted.find("/articles/page-00000", ENCODING));
        assertNotNull(restarted.find(String.format("/articles/page-%05d", pages - 1), ENCODING));
        assertTrue(restarted.findsWithoutWaiting());
        database.close();
        assertNotNull(restarted.find(String.format("/articles/page-%05d", PageStore.INDEX_BATCH), ENCODING),
                "answered from the index, without the database");
    }

    /**
     * The batches of the index load and of the marking walk the primary key: with the conditions on staleness and
     * settings in the query, H2 chose the renderer's index and read (and sorted) every fresh page for each batch,
     * and the index of 100,000 pages took minutes to load.
     */
    @Test
    void aBatchOfTheIndexLoadOrOfAMarkingReadsOnlyTheRowsItReturns() {
        insertRows(300, "build-1");
        org.junit.jupiter.api.Assumptions.assumeFalse(
                database.dialect() == com.healthpress.storage.Dialect.POSTGRESQL, "H2's planner only");

        for (String query : java.util.List.of(StoredPageRepository.LIST_AFTER, StoredPageRepository.KEYS_AFTER)) {
            String plan = QueryPlans.analyzedPlan(database, query,
                    analyzed -> analyzed.bind("after", "/articles/page-00100").bind("limit", 10));
            int read = QueryPlans.rowsRead(plan);
            assertTrue(read > 0 && read <= 3 * 10, "read " + read + " rows for a batch of 10 among 300: " + plan);
        }
    }

    /** Rows of fresh stored pages without files, as many as a test needs, in one transaction. */
    private void insertRows(int pages, String build) {
        database.jdbi().useTransaction(handle -> {
            StoredPageRepository rows = handle.attach(StoredPageRepository.class);
            for (int i = 0; i < pages; i++) {
                rows.insert(String.format("/articles/page-%05d", i), "text/html", "etag-" + i, clock.instant(), 10,
                        null, "article:" + i, build, "site-1", clock.instant());
            }
        });
    }

    @Test
    void aPageRenderedForOtherSettingsIsNotServedAndOneOfAnotherBuildIsServedAndQueued() {
        store.store(KEY, page("Knee pain", "article:1"), store.changeMark());
        PageStore otherSite = storeFor("build-1", "site-2", this::recorded);
        PageStore nextBuild = storeFor("build-2", "site-1", this::recorded);

        assertNull(otherSite.find(KEY, ENCODING));
        assertNotNull(nextBuild.find(KEY, ENCODING));
        assertEquals(1, nextBuild.status().olderBuild());
        assertEquals(java.util.List.of(), nextBuild.toRender(10), "until the next build looks for earlier ones");
        assertEquals(1, nextBuild.markEarlierBuilds());
        assertEquals(0, otherSite.markEarlierBuilds(), "a page rendered for other settings is left alone");
        assertEquals(java.util.List.of(KEY), nextBuild.toRender(10));
        assertEquals(java.util.List.of(), store.toRender(10));
        assertEquals(1, nextBuild.status().olderBuild());
    }

    /** The background renderer's pages go in together, each checked against the changes after its own mark. */
    @Test
    void pagesStoredTogetherAreEachCheckedAgainstTheChangesAfterTheirOwnMark() {
        long before = store.changeMark();
        store.storeLater("/articles/a", page("A, rendered before the change", "article:1"), before);
        store.storeLater("/articles/c", page("C, other data", "article:2"), before);
        change("article:1");
        store.storeLater("/articles/b", page("B, rendered after the change", "article:1"), store.changeMark());
        assertNull(store.find("/articles/b", ENCODING), "not stored before the flush");

        store.flush();

        assertNull(store.find("/articles/a", ENCODING));
        assertNotNull(store.find("/articles/b", ENCODING));
        assertNotNull(store.find("/articles/c", ENCODING));
    }

    /** A page answered once and not kept is read in the one encoding its client gets. */
    @Test
    void aClientGetsThePageFromTheOneFileOfItsEncoding() {
        CachedPage page = page("Knee pain", "article:1");
        store.store(KEY, page, store.changeMark());

        CachedPage forGzip = store.find(KEY, "gzip, deflate");
        CachedPage forBrotli = store.find(KEY, "gzip, br");
        CachedPage forNeither = store.find(KEY, "identity");
        CachedPage whole = store.findToKeep(KEY);

        assertArrayEquals(page.gzip(), forGzip.gzip());
        assertNull(forGzip.brotli());
        assertArrayEquals(page.brotli(), forBrotli.brotli());
        assertNull(forBrotli.gzip());
        assertArrayEquals(page.gzip(), forNeither.gzip(), "unzipped for it");
        assertArrayEquals(page.gzip(), whole.gzip());
        assertArrayEquals(page.brotli(), whole.brotli());
    }

    /** A restarted server loads the index once and then answers with stored pages with no database at all. */
    @Test
    void aLoadedIndexFindsStoredPagesWithoutTheDatabase() {
        CachedPage page = page("Knee pain", "article:1");
        store.store(KEY, page, store.changeMark());
        PageStore restarted = storeFor("build-1", "site-1", this::recorded);

        restarted.loadIndex();
        database.close();

        assertEquals(page.etag(), restarted.find(KEY, ENCODING).etag());
        assertNull(restarted.find("/articles/never-stored", ENCODING));
    }

    /**
     * A page to keep in memory comes with the tags its row has (the index keeps none), so while the database is
     * away none is kept, and each request is still answered from the files.
     */
    @Test
    void whileTheDatabaseIsAwayAPageIsAnsweredButNotKept() {
        try (ProxiedDatabase proxied = ProxiedDatabase.start(); Database away = Database.open(proxied.url())) {
            PageStore proxiedStore = new PageStore(away.jdbi(), files, "build-1", "site-1", () -> 0, clock);
            CachedPage page = page("Knee pain", "article:1", "topic:joints");
            proxiedStore.store(KEY, page, 0);
            proxiedStore.loadIndex();
            assertEquals(page.tags(), proxiedStore.findToKeep(KEY).tags());

            proxied.proxy().cut();

            assertNull(proxiedStore.findToKeep(KEY));
            assertEquals(page.etag(), proxiedStore.find(KEY, ENCODING).etag());
        }
    }

    @Test
    void theIndexLeavesOutStalePagesAndPagesWhoseFilesAreMissing() throws Exception {
        store.store(KEY, page("Knee pain", "article:1"), store.changeMark());
        CachedPage other = page("Back pain", "article:2");
        store.store("/articles/back-pain", other, store.changeMark());
        store.store("/articles/neck-pain", page("Neck pain", "article:3"), store.changeMark());
        change("article:3");
        deleteFilesOf(other);
        PageStore restarted = storeFor("build-1", "site-1", this::recorded);

        restarted.loadIndex();

        assertNotNull(restarted.find(KEY, ENCODING));
        assertNull(restarted.find("/articles/back-pain", ENCODING), "no file");
        assertNull(restarted.find("/articles/neck-pain", ENCODING), "stale");
    }

    /** A file cut short (a full disk, a crash of the machine) is not the page's: it is rendered again. */
    @Test
    void aPageWhoseFileIsNotItsOwnIsNotServed() throws Exception {
        CachedPage page = page("Knee pain", "article:1");
        store.store(KEY, page, store.changeMark());
        deleteFilesOf(page);
        files.write(page.etag(), PageFiles.GZIP, java.util.Arrays.copyOf(page.gzip(), page.gzip().length / 2));
        files.write(page.etag(), PageFiles.BROTLI, page.brotli());

        assertNull(store.findToKeep(KEY));
        assertNull(store.find(KEY, "gzip"));
    }

    private void deleteFilesOf(CachedPage page) throws java.io.IOException {
        try (var all = java.nio.file.Files.walk(files.directory())) {
            String name = java.util.HexFormat.of().formatHex(page.etag().getBytes(StandardCharsets.US_ASCII));
            for (java.nio.file.Path file : all.filter(f -> f.getFileName().toString().startsWith(name)).toList()) {
                java.nio.file.Files.delete(file);
            }
        }
    }

    /**
     * A change that has marked the pages but not committed holds the store's lock: a render stored meanwhile waits
     * for it, then sees the change and stores nothing. Without the lock it would store a page the change's marking
     * had already passed by, fresh and old.
     */
    @Test
    void aStoreWaitsForAChangeInProgressAndThenSeesIt() throws Exception {
        long mark = store.changeMark();
        CountDownLatch marked = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> changing = CompletableFuture.runAsync(() -> database.jdbi().useTransaction(
                (Handle handle) -> {
                    changes.publish(handle, Set.of("article:1"));
                    marked.countDown();
                    await(mayCommit);
                }));
        await(marked);

        CompletableFuture<Void> storing = CompletableFuture.runAsync(
                () -> store.store(KEY, page("Rendered before the change", "article:1"), mark));
        try {
            storing.get(1, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException waitingForTheLock) {
            // as it should: the change holds the lock
        }
        mayCommit.countDown();
        changing.get(30, TimeUnit.SECONDS);
        storing.get(30, TimeUnit.SECONDS);

        assertNull(store.find(KEY, ENCODING));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited too long");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
