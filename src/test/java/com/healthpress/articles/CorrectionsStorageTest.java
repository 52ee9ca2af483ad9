package com.healthpress.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.healthpress.MutableClock;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.ChangeNote;
import com.healthpress.article.PublicChange;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.revision.Revision;
import com.healthpress.revision.RevisionRepository;
import com.healthpress.storage.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Corrections and updates as stored (V21): the revision's kind and note, and the date readers see, on a real database. */
class CorrectionsStorageTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
    private Database db;
    private ArticleService articles;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh());
        articles = new ArticleService(db.jdbi(), clock, new ChangeFeed(db.jdbi(), clock));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Article save(Article article, ChangeNote change) {
        return db.jdbi().inTransaction(handle -> articles.update(handle, article, change, "editor", "Edited"))
                .orElseThrow();
    }

    @Test
    void aMinorEditKeepsTheDateReadersSeeAndAnUpdateOrCorrectionMovesIt() {
        Article created = articles.create(TestArticles.published("Ibuprofen for children", clock.instant()));
        Instant published = clock.instant();

        clock.advance(Duration.ofDays(2));
        Article minor = save(created.toBuilder().lead("A new lead.").build(), ChangeNote.MINOR);
        assertEquals(published, minor.lastPublicChange());
        assertEquals(clock.instant(), minor.updatedAt(), "the admin's own updated_at still moves");

        clock.advance(Duration.ofDays(2));
        Article corrected = save(minor, ChangeNote.correction("Corrected the dose"));
        assertEquals(clock.instant(), corrected.lastPublicChange());

        clock.advance(Duration.ofDays(2));
        Article updated = save(corrected, ChangeNote.update("Added the 2026 advice"));
        assertEquals(clock.instant(), updated.lastPublicChange());
    }

    @Test
    void everyRevisionKeepsItsKindAndNoteAndTheFirstIsAMinorEdit() {
        Article created = articles.create(TestArticles.published("Hay fever", clock.instant()));
        clock.advance(Duration.ofHours(1));
        save(created, ChangeNote.correction("Corrected the antihistamine name"));

        List<Revision> revisions = db.jdbi().withExtension(RevisionRepository.class, r -> r.listFor(created.id()));
        assertEquals("correction", revisions.get(0).changeKind());
        assertEquals(ChangeNote.correction("Corrected the antihistamine name"), revisions.get(0).change());
        assertEquals("minor", revisions.get(1).changeKind());
        assertNull(revisions.get(1).changeNote());
        assertEquals(ChangeNote.MINOR, revisions.get(1).change());
    }

    @Test
    void thePublicHistoryListsUpdatesAndCorrectionsSincePublicationNewestFirstAfterThePublication() {
        Article draft = articles.create(TestArticles.draft("Sprained ankle"));
        clock.advance(Duration.ofHours(1));
        Article noteBeforePublication = save(draft, ChangeNote.correction("A fix nobody read"));
        clock.advance(Duration.ofHours(1));
        Instant publishedAt = clock.instant();
        Article published = save(noteBeforePublication.toBuilder().status(ArticleStatus.PUBLISHED)
                .publishedAt(publishedAt).build(), ChangeNote.MINOR);
        clock.advance(Duration.ofDays(1));
        Article updated = save(published, ChangeNote.update("Added advice on ice packs"));
        Instant updateAt = clock.instant();
        clock.advance(Duration.ofDays(1));
        Article minor = save(updated.toBuilder().lead("Another lead.").build(), ChangeNote.MINOR);
        clock.advance(Duration.ofDays(1));
        Article corrected = save(minor, ChangeNote.correction("Corrected how long to rest"));

        assertEquals(List.of(
                        new PublicChange(clock.instant(), "Corrected", "Corrected how long to rest"),
                        new PublicChange(updateAt, "Updated", "Added advice on ice packs"),
                        PublicChange.published(publishedAt)),
                articles.publicHistory(corrected));
    }

    @Test
    void aDraftHasNoPublicHistory() {
        Article draft = articles.create(TestArticles.draft("Not yet"));
        save(draft, ChangeNote.update("Rewritten"));

        assertEquals(List.of(), articles.publicHistory(articles.findById(draft.id()).orElseThrow()));
    }
}
