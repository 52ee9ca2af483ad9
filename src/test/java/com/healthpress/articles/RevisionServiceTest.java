package com.healthpress.articles;

import static com.healthpress.TestActors.admin;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.FaqItem;
import com.healthpress.article.HeroImage;
import com.healthpress.article.Reference;
import com.healthpress.changes.ChangeFeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.image.ImageRepository;
import com.healthpress.revision.ArticleSnapshots;
import com.healthpress.revision.Comparison;
import com.healthpress.revision.FieldChange;
import com.healthpress.revision.History;
import com.healthpress.revision.HistoryEntry;
import com.healthpress.revision.RestoreOutcome;
import com.healthpress.revision.RevisionDiff;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading, comparing and restoring revisions on a real database. */
class RevisionServiceTest {

    private Database db;
    private ArticleService articles;
    private RevisionService revisions;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh());
        articles = new ArticleService(db.jdbi(), Clock.systemUTC(), new ChangeFeed(db.jdbi(), Clock.systemUTC()));
        revisions = new RevisionService(db.jdbi(), articles);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void restoringARevisionWhoseImageIsNoLongerStoredRestoresItWithoutTheImage() {
        long imageId = db.jdbi().withExtension(ImageRepository.class, images -> images.insert("image/png",
                640, 360, "cd".repeat(32), new byte[] {1, 2, 3}, Instant.now()));
        HeroImage hero = new HeroImage(imageId, "A chart", 640, 360, "image/png", "cd".repeat(32), false);
        Article v1 = articles.create(TestArticles.draft("Restored without image").toBuilder().heroImage(hero).build());
        save(v1, b -> b.heroImage(null).lead("A newer lead."), "Removed the hero image");
        db.jdbi().useExtension(ImageRepository.class, images -> images.delete(imageId));

        assertEquals(RestoreOutcome.RESTORED, revisions.restore(v1.id(), 1, admin("editor")));

        Article now = articles.findById(v1.id()).orElseThrow();
        assertEquals(v1.lead(), now.lead());
        assertFalse(now.hasHeroImage());
    }

    @Test
    void aRevisionSavedWhenAuthorsWereTextRestoresLinkedToARecordForItsNameMadeWhenMissing() {
        Article v1 = articles.create(TestArticles.published("Author text era", Instant.parse("2026-03-02T08:15:00Z")));
        save(v1, b -> b.lead("A newer lead."), "Edited");
        // The JSON of a revision from before V15: the author and reviewer by text, with the author's profile URL.
        String old = ArticleSnapshots.toJson(v1).replaceFirst("\"author\":\\{[^}]*}",
                "\"author\":{\"name\":\"Dr Old Text\",\"kind\":\"Person\",\"url\":\"https://example.org/old\"}")
                .replaceFirst("\"review\":\\{[^}]*}",
                        "\"review\":{\"reviewerName\":\"Dr. Test Reviewer\",\"credentials\":\"MD\","
                                + "\"lastReviewed\":\"2026-03-01\"}");
        db.jdbi().useHandle(handle -> handle.execute("UPDATE article_revision SET content = ? "
                + "WHERE article_id = ? AND version = 1", old, v1.id()));

        assertEquals("Dr Old Text", revisions.snapshot(v1.id(), 1).orElseThrow().author().name(), "shown");
        assertTrue(revisions.compare(v1.id(), 1, 2).isPresent(), "compared");
        assertEquals(RestoreOutcome.RESTORED, revisions.restore(v1.id(), 1, admin("editor")));

        Article now = articles.findById(v1.id()).orElseThrow();
        assertEquals("Dr Old Text", now.author().name());
        assertTrue(now.author().isLinked(), "a record was made for the name");
        assertEquals(v1.review().reviewerId(), now.review().reviewerId(), "the reviewer's record is found by name");
    }

    @Test
    void restoringVersionOneBringsBackItsContentAsTheFourthVersion() {
        Article v1 = articles.create(TestArticles.published("Sleep hygiene basics", Instant.parse("2026-03-02T08:15:00Z"))
                .toBuilder().references(List.of(new Reference("Sleep and health", "NHS", 2024, null, null))).build());
        save(v1, b -> b.title("Sleep hygiene, updated").body("## New\n\nRewritten.").faq(List.of())
                .references(List.of()), "Rewrote the body");
        save(articles.findById(v1.id()).orElseThrow(), b -> b.lead("Another lead.").topic("Rest"), "New lead");

        assertEquals(RestoreOutcome.RESTORED, revisions.restore(v1.id(), 1, admin("editor")));

        Article now = articles.findById(v1.id()).orElseThrow();
        assertEquals(4, now.version());
        assertEquals(List.of(), RevisionDiff.between(v1, now), "the content is version 1's again");
        assertEquals(v1.title(), now.title());
        assertEquals(v1.body(), now.body());
        assertEquals(v1.faq(), now.faq());
        assertEquals(v1.references(), now.references());
        List<HistoryEntry> entries = revisions.history(v1.id()).orElseThrow().entries();
        assertEquals(List.of(4, 3, 2, 1), entries.stream().map(HistoryEntry::version).toList());
        assertEquals("Restored version 1", entries.get(0).summary());
        assertEquals("editor", entries.get(0).savedBy());
        assertEquals(List.of(), revisions.compare(v1.id(), 1, 4).orElseThrow().changes(),
                "the new revision stores the restored content");
    }

    @Test
    void theHistoryMarksTheCurrentVersionAndLinksEachToTheOneBefore() {
        Article v1 = articles.create(TestArticles.draft("Back pain at home"));
        save(v1, b -> b.title("Back pain"), "Shorter title");

        History history = revisions.history(v1.id()).orElseThrow();

        assertEquals("Back pain", history.article().title());
        assertEquals(List.of(2, 1), history.entries().stream().map(HistoryEntry::version).toList());
        assertEquals(List.of(true, false), history.entries().stream().map(HistoryEntry::current).toList());
        assertEquals(1, history.entries().get(0).previousVersion());
        assertNull(history.entries().get(1).previousVersion());
        assertEquals(List.of("Shorter title", "Created"),
                history.entries().stream().map(HistoryEntry::summary).toList());
        assertEquals(1, history.defaultFrom());
        assertEquals(2, history.defaultTo());
        assertTrue(history.canCompare());
    }

    @Test
    void aComparisonShowsWhatChangedBetweenTwoStoredVersions() {
        Article v1 = articles.create(TestArticles.draft("Back pain at home"));
        save(v1, b -> b.title("Back pain"), "Shorter title");

        Comparison comparison = revisions.compare(v1.id(), 1, 2).orElseThrow();

        assertEquals(List.of(new FieldChange("Title", "Back pain at home", "Back pain", List.of())),
                comparison.changes());
        assertEquals(1, comparison.from().version());
        assertFalse(comparison.from().current());
        assertTrue(comparison.to().current());
    }

    @Test
    void unknownArticlesAndVersionsAreNotFound() {
        Article v1 = articles.create(TestArticles.draft("Back pain at home"));

        assertEquals(Optional.empty(), revisions.history(v1.id() + 100));
        assertEquals(Optional.empty(), revisions.compare(v1.id(), 1, 2));
        assertEquals(Optional.empty(), revisions.compare(v1.id(), 0, 1));
        assertEquals(Optional.empty(), revisions.compare(v1.id() + 100, 1, 1));
        assertEquals(RestoreOutcome.NOT_FOUND, revisions.restore(v1.id(), 2, admin("editor")));
        assertEquals(RestoreOutcome.NOT_FOUND, revisions.restore(v1.id() + 100, 1, admin("editor")));
        assertEquals(1, articles.findById(v1.id()).orElseThrow().version());
    }

    @Test
    void restoringAVersionWhoseSlugAnotherArticleTookChangesNothing() {
        Article first = articles.create(TestArticles.draft("Back pain at home"));
        save(first, b -> b.slug("back-pain"), "New slug");
        Article second = articles.create(TestArticles.draft("Back pain at home"));
        assertEquals(first.slug(), second.slug(), "the second article took the first one's old slug");

        assertEquals(RestoreOutcome.SLUG_TAKEN, revisions.restore(first.id(), 1, admin("editor")));

        Article now = articles.findById(first.id()).orElseThrow();
        assertEquals(2, now.version());
        assertEquals("back-pain", now.slug());
        assertEquals(2, revisions.history(first.id()).orElseThrow().entries().size());
    }

    @Test
    void theOldHeroImageComesBackWithItsAltText() {
        long imageId = storeImage(db.jdbi());
        Article v1 = articles.create(TestArticles.draft("Back pain at home").toBuilder()
                .heroImage(new HeroImage(imageId, "A person stretching", 0, 0, null, null, false)).build());
        save(v1, b -> b.heroImage(null), "Removed the image");

        assertEquals(RestoreOutcome.RESTORED, revisions.restore(v1.id(), 1, admin("editor")));

        HeroImage hero = articles.findById(v1.id()).orElseThrow().heroImage();
        assertEquals(imageId, hero.imageId());
        assertEquals("A person stretching", hero.alt());
        assertEquals(640, hero.width());
    }

    @Test
    void theOldFaqComesBack() {
        Article v1 = articles.create(TestArticles.draft("Back pain at home").toBuilder()
                .faq(List.of(new FaqItem("Does rest help?", "Keep moving gently."))).build());
        save(v1, b -> b.faq(List.of()), "Dropped the FAQ");

        revisions.restore(v1.id(), 1, admin("editor"));

        assertEquals(List.of(new FaqItem("Does rest help?", "Keep moving gently.")),
                articles.findById(v1.id()).orElseThrow().faq());
    }

    @Test
    void aRevisionSavedBeforeReferencesHadAnAccessedDateIsShownComparedAndRestored() {
        Article v1 = articles.create(TestArticles.draft("Sleep hygiene basics").toBuilder()
                .references(List.of(new Reference("Sleep and health", "NHS", 2024, "https://www.nhs.uk/sleep", null)))
                .build());
        save(v1, b -> b.references(List.of(new Reference("Sleep and health", "NHS", 2024,
                "https://www.nhs.uk/sleep", LocalDate.of(2026, 3, 2)))), "Checked the source");
        // Version 1 as an older Healthpress stored it: its references have no accessedOn at all.
        int rewritten = db.jdbi().withHandle(handle -> handle.createUpdate("""
                        UPDATE article_revision SET content = :content WHERE article_id = :id AND version = 1""")
                .bind("content", ArticleSnapshots.toJson(v1).replace(",\"accessedOn\":null", ""))
                .bind("id", v1.id())
                .execute());
        assertEquals(1, rewritten);
        assertFalse(db.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT content FROM article_revision WHERE article_id = :id AND version = 1")
                .bind("id", v1.id()).mapTo(String.class).one()).contains("accessedOn"));

        assertEquals(v1.references(), revisions.snapshot(v1.id(), 1).orElseThrow().references());
        List<FieldChange> changes = revisions.compare(v1.id(), 1, 2).orElseThrow().changes();
        assertEquals(List.of("References"), changes.stream().map(FieldChange::label).toList());
        assertEquals("Sleep and health — NHS, 2024 — https://www.nhs.uk/sleep — accessed 2 March 2026",
                changes.get(0).after());
        assertEquals(RestoreOutcome.RESTORED, revisions.restore(v1.id(), 1, admin("editor")));
        assertNull(articles.findById(v1.id()).orElseThrow().references().get(0).accessedOn());
    }

    private void save(Article current, UnaryOperator<Article.Builder> edit, String summary) {
        Optional<Article> saved = db.jdbi().inTransaction(handle ->
                articles.update(handle, edit.apply(current.toBuilder()).build(), "writer", summary));
        assertTrue(saved.isPresent(), "saved " + summary);
    }

    private static long storeImage(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO image (content_type, width, height, sha256, bytes, created_at)
                        VALUES ('image/png', 640, 360, :sha, :bytes, :now)""")
                .bind("sha", "ab".repeat(32))
                .bind("bytes", new byte[] {1, 2, 3})
                .bind("now", Instant.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
}
