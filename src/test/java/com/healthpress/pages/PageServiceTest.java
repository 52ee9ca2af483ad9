package com.healthpress.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.MutableClock;
import com.healthpress.TestDatabases;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.page.Page;
import com.healthpress.page.PageContent;
import com.healthpress.page.PageKind;
import com.healthpress.page.PageRevision;
import com.healthpress.page.PageStatus;
import com.healthpress.storage.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Simple pages on a real database (H2, or PostgreSQL in that run): starter drafts, revisions, conflicts, tags. */
class PageServiceTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final List<Set<String>> heard = new CopyOnWriteArrayList<>();
    private Database database;
    private PageService pages;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        ChangeFeed changes = new ChangeFeed(database.jdbi(), clock);
        changes.subscribe(heard::add);
        pages = new PageService(database.jdbi(), clock, changes);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewDatabaseHasTheFourPolicyPagesAsDraftsWithTheirFirstRevision() {
        List<Page> all = pages.list();

        assertEquals(List.of("about", "corrections-policy", "editorial-policy", "medical-review-policy"),
                all.stream().map(Page::slug).sorted().toList());
        assertTrue(all.stream().noneMatch(Page::isPublished), all.toString());
        assertTrue(all.stream().allMatch(page -> page.body().length() > 500), "each has real text to start from");
        assertEquals(PageKind.ABOUT_PAGE, bySlug("about").kind());
        assertEquals(List.of(), pages.publishedLinks());
        for (Page page : all) {
            assertEquals(List.of(1), pages.history(page.id()).stream().map(PageRevision::version).toList());
        }
    }

    @Test
    void everySaveKeepsThePreviousVersionAndRestoringOneSavesItAsTheNewest() {
        Page policy = bySlug("editorial-policy");
        String original = policy.body();
        clock.advance(Duration.ofMinutes(1));
        Page edited = saved(pages.update(policy.id(), 1, content(policy, "## Our promise\n\nA new text.",
                PageStatus.PUBLISHED), "editor", "Rewrote it"));

        assertEquals(2, edited.version());
        assertEquals(clock.instant(), edited.publishedAt());
        List<PageRevision> history = pages.history(policy.id());
        assertEquals(List.of(2, 1), history.stream().map(PageRevision::version).toList());
        assertEquals(original, history.get(1).body());
        assertEquals("Rewrote it", history.get(0).summary());

        clock.advance(Duration.ofMinutes(1));
        Page restored = saved(pages.restore(policy.id(), 1, 2, "editor"));

        assertEquals(3, restored.version());
        assertEquals(original, restored.body());
        assertEquals(PageStatus.DRAFT, restored.status());
        assertEquals(List.of(3, 2, 1), pages.history(policy.id()).stream().map(PageRevision::version).toList());
        assertEquals("Restored version 1", pages.history(policy.id()).get(0).summary());
    }

    @Test
    void aSaveFromAnOlderVersionIsAConflictAndWritesNothing() {
        Page policy = bySlug("corrections-policy");
        saved(pages.update(policy.id(), 1, content(policy, "Theirs.", PageStatus.DRAFT), "first", "Edited"));

        PageSave second = pages.update(policy.id(), 1, content(policy, "Mine.", PageStatus.DRAFT), "second", "Edited");

        PageSave.Conflict conflict = assertInstanceOf(PageSave.Conflict.class, second);
        assertEquals("Theirs.", conflict.current().body());
        assertEquals(2, conflict.current().version());
        assertEquals("Theirs.", pages.find(policy.id()).orElseThrow().body());
        assertEquals(2, pages.history(policy.id()).size());
    }

    @Test
    void aRestoreFromAHistoryThatMissedASaveIsAConflict() {
        Page policy = bySlug("about");
        saved(pages.update(policy.id(), 1, content(policy, "Second.", PageStatus.DRAFT), "a", "Edited"));
        saved(pages.update(policy.id(), 2, content(policy, "Third.", PageStatus.DRAFT), "b", "Edited"));

        PageSave restore = pages.restore(policy.id(), 1, 2, "a");

        assertInstanceOf(PageSave.Conflict.class, restore);
        assertEquals("Third.", pages.find(policy.id()).orElseThrow().body());
    }

    @Test
    void anAddressTakenByAnotherPageIsRefused() {
        Page policy = bySlug("about");
        PageContent taken = new PageContent("editorial-policy", "About", "Text.", PageKind.ABOUT_PAGE,
                PageStatus.DRAFT);

        assertInstanceOf(PageSave.SlugTaken.class, pages.update(policy.id(), 1, taken, "a", "Edited"));
        assertInstanceOf(PageSave.SlugTaken.class, pages.create(taken, "a"));
        assertEquals("about", pages.find(policy.id()).orElseThrow().slug());
    }

    @Test
    void publishingOrRenamingChangesEveryPageAndABodyEditOnlyItsOwn() {
        Page policy = bySlug("medical-review-policy");
        saved(pages.update(policy.id(), 1, content(policy, policy.body() + "\n\nDraft note.", PageStatus.DRAFT),
                "a", "Edited"));
        assertEquals(List.of(), new ArrayList<>(heard), "a draft shows nowhere");

        saved(pages.update(policy.id(), 2, content(policy, policy.body(), PageStatus.PUBLISHED), "a", "Published"));
        assertTrue(heard.get(heard.size() - 1).contains(ChangeFeed.EVERYTHING), heard.toString());

        saved(pages.update(policy.id(), 3, content(policy, "Only the text.", PageStatus.PUBLISHED), "a", "Edited"));
        Set<String> bodyEdit = heard.get(heard.size() - 1);
        assertTrue(bodyEdit.contains(PageChanges.page(policy.id())), bodyEdit.toString());
        assertTrue(!bodyEdit.contains(ChangeFeed.EVERYTHING), bodyEdit.toString());
        assertEquals(1, pages.publishedLinks().size());
    }

    private Page bySlug(String slug) {
        return pages.list().stream().filter(page -> page.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static PageContent content(Page page, String body, PageStatus status) {
        return new PageContent(page.slug(), page.title(), body, page.kind(), status);
    }

    private static Page saved(PageSave save) {
        return assertInstanceOf(PageSave.Saved.class, save).page();
    }
}
