package com.healthpress.pagestore;

import com.healthpress.cache.CachedPage;
import com.healthpress.cache.StoredPages;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.changes.StalePageRepository;
import com.healthpress.site.Site;
import com.healthpress.storage.DatabaseUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent page store in the database: pages as readers get them, kept across restarts and shared by every
 * instance. A page is never served older than its data: each change marks the pages with its tags stale in its own
 * transaction ({@link ChangeFeed#publish}, under the store's lock), and a render is stored only if no change to its data
 * was recorded after the mark it took before rendering (checked under the same lock, so a change either comes
 * before the check and is seen, or after the store and marks the new row). A kill at any moment leaves either the
 * old row, stale, or the new one, fresh.
 */
public final class PageStore implements StoredPages {

    private static final Logger LOG = LoggerFactory.getLogger(PageStore.class);
    private static final int LOOKUP_BATCH = 500;
    private static final StoredPageMapper MAPPER = new StoredPageMapper();

    private final Jdbi jdbi;
    private final String build;
    private final String site;
    private final LongSupplier heardUpTo;
    private final Clock clock;

    /**
     * build: the version of the code, templates and static files that renders here ({@link BuildVersion}); site:
     * the settings pages are rendered for ({@link BuildVersion#ofSettings}); heardUpTo: the last change event this
     * process has applied to what it keeps in memory ({@link ChangeFeed#lastHeard}), the mark a render takes. A
     * change recorded but not yet heard here may be missing from a render even though it began later.
     */
    public PageStore(Jdbi jdbi, String build, String site, LongSupplier heardUpTo, Clock clock) {
        this.jdbi = jdbi;
        this.build = build;
        this.site = site;
        this.heardUpTo = heardUpTo;
        this.clock = clock;
    }

    @Override
    public CachedPage find(String key) {
        try {
            StoredPage page = jdbi.withHandle(handle -> handle.createQuery(StoredPageRepository.FIND)
                    .bind("key", key).bind("site", site).map(MAPPER).findOne()).filter(found -> !found.stale())
                    .orElse(null);
            return page == null ? null : CachedPage.stored(page.gzip(), page.brotli(), page.contentType(),
                    page.etag(), page.lastModified(), tags(page.tags()));
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.explains(e)) {
                throw e;
            }
            return null; // the page is rendered, or its render says plainly that the database is away
        }
    }

    @Override
    public long changeMark() {
        return heardUpTo.getAsLong();
    }

    @Override
    public void store(String key, CachedPage page, long changeMark) {
        try {
            jdbi.useTransaction(handle -> {
                handle.attach(StalePageRepository.class).lock();
                StoredPageRepository pages = handle.attach(StoredPageRepository.class);
                if (changedSince(pages, changeMark, page.tags())) {
                    return;
                }
                pages.delete(key);
                pages.insert(key, page.contentType(), page.etag(), page.lastModified(), page.gzip(), page.brotli(),
                        String.join(" ", page.tags()), build, site, clock.instant());
                pages.insertTags(page.tags(), key);
            });
        } catch (RuntimeException e) {
            // A page not stored is rendered again when asked for: a full disk or a lost database costs speed only.
            LOG.warn("could not store the page {}: {}", key, e.getMessage());
        }
    }

    private static boolean changedSince(StoredPageRepository pages, long changeMark, Set<String> pageTags) {
        for (String change : pages.changedTagsAfter(changeMark)) {
            List<String> changeTags = Arrays.asList(change.split(" "));
            if (changeTags.contains(ChangeFeed.EVERYTHING) || !Collections.disjoint(changeTags, pageTags)) {
                return true;
            }
        }
        return false;
    }

    public PageStoreStatus status() {
        return jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class).status(build, site));
    }

    /**
     * The pages to render again, most urgent first: stale ones, then those another build rendered (or for other
     * settings).
     */
    List<String> toRender(int limit) {
        return jdbi.withHandle(handle -> {
            StoredPageRepository pages = handle.attach(StoredPageRepository.class);
            List<String> stale = pages.listStale(limit);
            return stale.isEmpty() ? pages.listRenderedElsewise(build, site, limit) : stale;
        });
    }

    /** Where a scan for unstored articles is: before this publication time and id (newest first). */
    record ScanPlace(Instant beforeAt, long beforeId) {
    }

    /** The start of a scan: before every public article. */
    ScanPlace scanStart() {
        return new ScanPlace(clock.instant().plus(Duration.ofDays(1)), Long.MAX_VALUE);
    }

    /** The next public articles the store lacks after the place given, newest first, as their paths in order. */
    List<StoredPageRepository.UnstoredArticle> unstoredArticles(ScanPlace after, int limit) {
        return jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class).listUnstoredArticles(
                Site.articlePath(""), clock.instant(), after.beforeAt(), after.beforeId(), limit));
    }

    /** Those of these pages that the store lacks. */
    List<String> unstored(List<String> paths) {
        List<String> missing = new ArrayList<>();
        for (int from = 0; from < paths.size(); from += LOOKUP_BATCH) {
            List<String> some = paths.subList(from, Math.min(paths.size(), from + LOOKUP_BATCH));
            Set<String> stored = new HashSet<>(jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class)
                    .listStored(some)));
            some.stream().filter(path -> !stored.contains(path)).forEach(missing::add);
        }
        return missing;
    }

    /** Forgets one page: after a render that found no such page any more. */
    void forget(String key) {
        jdbi.useHandle(handle -> handle.attach(StoredPageRepository.class).delete(key));
    }

    /** Marks every fresh page as rendered by another build: served until the background renders it again. */
    public int markAllForRebuild() {
        return jdbi.withHandle(handle -> handle.attach(StoredPageRepository.class).markAllForRebuild());
    }

    private static Set<String> tags(String stored) {
        return stored.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(stored.split(" ")));
    }
}
