package com.healthpress.pages;

import com.healthpress.article.SlugChange;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.page.Page;
import com.healthpress.page.PageContent;
import com.healthpress.page.PageLink;
import com.healthpress.page.PageRevision;
import com.healthpress.page.PageStatus;
import com.healthpress.redirects.OldSlugRepository;
import com.healthpress.redirects.OldSlugs;
import com.healthpress.storage.Constraints;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Reads and writes the site's simple pages. Every write stores the page's whole content as a revision and records
 * which cached pages it changes, in one transaction; a save starts from a version and is refused, with nothing
 * written, when someone saved since.
 */
public final class PageService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChangeFeed changes;

    public PageService(Jdbi jdbi, Clock clock, ChangeFeed changes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changes = changes;
    }

    public List<Page> list() {
        return jdbi.withExtension(PageRepository.class, PageRepository::listAll);
    }

    public Optional<Page> find(long id) {
        return jdbi.withExtension(PageRepository.class, pages -> pages.findById(id));
    }

    /** A page readers may see. */
    /** The current slug of the published page that once lived at {@code oldSlug}. */
    public Optional<String> findRedirect(String oldSlug) {
        return jdbi.withExtension(PageRepository.class, pages -> pages.findCurrentPublishedSlug(oldSlug));
    }

    public Optional<Page> findPublished(String slug) {
        return jdbi.withExtension(PageRepository.class, pages -> pages.findPublishedBySlug(slug));
    }

    public List<PageLink> publishedLinks() {
        return jdbi.withExtension(PageRepository.class, PageRepository::listPublishedLinks);
    }

    /** The published pages' slugs with when each last changed, for the sitemap. */
    public List<SlugChange> publishedChanges() {
        return jdbi.withExtension(PageRepository.class, PageRepository::listPublishedChanges);
    }

    public PageSave create(PageContent content, String by) {
        return inTransaction(handle -> {
            PageRepository pages = handle.attach(PageRepository.class);
            if (pages.slugTakenByAnother(content.slug(), 0)) {
                return new PageSave.SlugTaken(content.slug());
            }
            Instant now = clock.instant();
            long id = pages.insert(content, now, content.status() == PageStatus.PUBLISHED ? now : null, by);
            handle.attach(OldSlugRepository.class).forget(OldSlugs.PAGE, content.slug());
            Page created = pages.findById(id).orElseThrow();
            recordWrite(handle, null, created, "Created");
            return new PageSave.Saved(created);
        }, content.slug());
    }

    /** Saves new content over the page if it is still at {@code expectedVersion}. */
    public PageSave update(long id, int expectedVersion, PageContent content, String by, String summary) {
        return inTransaction(handle -> write(handle, id, expectedVersion, content, by, summary), content.slug());
    }

    /** Every saved version of the page, newest first. */
    public List<PageRevision> history(long id) {
        return jdbi.withExtension(PageRevisionRepository.class, revisions -> revisions.listFor(id));
    }

    /**
     * Saves an earlier version's content as the newest version, if the page is still at {@code expectedVersion}
     * (the version the history showed as current), so a restore never undoes a save it did not see.
     */
    public PageSave restore(long id, int version, int expectedVersion, String by) {
        Optional<PageRevision> revision = jdbi.withExtension(PageRevisionRepository.class,
                revisions -> revisions.find(id, version));
        if (revision.isEmpty()) {
            return new PageSave.Missing();
        }
        PageContent content = revision.get().content();
        return inTransaction(handle -> write(handle, id, expectedVersion, content, by, "Restored version " + version),
                content.slug());
    }

    private PageSave write(Handle handle, long id, int expectedVersion, PageContent content, String by,
                           String summary) {
        PageRepository pages = handle.attach(PageRepository.class);
        Optional<Page> before = pages.findById(id);
        if (before.isEmpty()) {
            return new PageSave.Missing();
        }
        if (before.get().version() != expectedVersion) {
            return new PageSave.Conflict(before.get());
        }
        if (pages.slugTakenByAnother(content.slug(), id)) {
            return new PageSave.SlugTaken(content.slug());
        }
        Instant now = clock.instant();
        if (!pages.update(id, expectedVersion, content, now, publishedAt(before.get(), content, now), by)) {
            return new PageSave.Conflict(pages.findById(id).orElseThrow());
        }
        Page after = pages.findById(id).orElseThrow();
        if (!before.get().slug().equals(after.slug())) {
            handle.attach(OldSlugRepository.class).remember(OldSlugs.PAGE, before.get().slug(), after.slug(), id, now);
        }
        recordWrite(handle, before.get(), after, summary);
        return new PageSave.Saved(after);
    }

    /** A page keeps the time it was first published, through edits and even after being withdrawn for a while. */
    private static Instant publishedAt(Page before, PageContent content, Instant now) {
        if (before.publishedAt() != null) {
            return before.publishedAt();
        }
        return content.status() == PageStatus.PUBLISHED ? now : null;
    }

    private void recordWrite(Handle handle, Page before, Page after, String summary) {
        handle.attach(PageRevisionRepository.class).insert(after.id(), after.version(), after.updatedBy(),
                after.updatedAt(), summary, after.content());
        changes.publish(handle, PageChanges.between(before, after));
    }

    private PageSave inTransaction(HandleCallback<PageSave, RuntimeException> work, String slug) {
        try {
            return jdbi.inTransaction(work);
        } catch (UnableToExecuteStatementException e) {
            // Another save took the slug between the check and the write: the unique constraint caught it.
            if (Constraints.isUniqueViolation(e)) {
                return new PageSave.SlugTaken(slug);
            }
            throw e;
        }
    }
}
