package com.healthpress.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.HeroImages;
import com.healthpress.image.ImageWorkers;
import com.healthpress.person.Person;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Saves of person records with conflict detection, and merges of two records, on H2 and on PostgreSQL. */
class PersonEditorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static Database database;
    private static ArticleService articles;
    private static PersonEditor editor;

    @BeforeAll
    static void open() {
        database = Database.open(TestDatabases.fresh());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ChangeFeed changes = new ChangeFeed(database.jdbi(), clock);
        articles = new ArticleService(database.jdbi(), clock, changes);
        editor = new PersonEditor(database.jdbi(), new HeroImages(new ImageWorkers(), clock), changes, clock);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static Person created(String name) {
        return assertInstanceOf(PersonEditor.Saved.class,
                editor.create(Person.named(name, Author.Kind.Person), HeroImageChange.KEEP, "")).person();
    }

    @Test
    void aNewRecordGetsAnAddressNameFromItsNameAndATakenOneIsNumbered() {
        assertEquals("dr-mia-holt", created("Dr Mia Holt").slug());
        assertEquals("dr-mia-holt-2", created("Dr. Mia Holt").slug());
    }

    @Test
    void aSaveOverAnOlderVersionIsAConflictAndChangesNothing() {
        Person person = created("Dr Ken Abe");
        Person first = assertInstanceOf(PersonEditor.Saved.class,
                editor.update(person.withCredentials("MD"), HeroImageChange.KEEP, "")).person();

        PersonEditor.Outcome late = editor.update(person.withCredentials("PhD"), HeroImageChange.KEEP, "");

        assertEquals(first, assertInstanceOf(PersonEditor.Conflict.class, late).current());
        assertEquals("MD", editor.find(person.id()).orElseThrow().credentials());
        assertEquals(2, first.version());
    }

    @Test
    void mergingMovesEveryArticleAsAuthorAndAsReviewerAndRemovesTheDuplicate() {
        Person kept = created("Dr Ada Stone");
        Person duplicate = created("Ada Stone MD");
        Article written = articles.create(TestArticles.published("Stone writes", NOW.minusSeconds(60)).toBuilder()
                .author(duplicate.byline()).review(null).build());
        Article reviewed = articles.create(TestArticles.published("Stone reviews", NOW.minusSeconds(60)).toBuilder()
                .review(new MedicalReview(duplicate.id(), duplicate.slug(), duplicate.name(), null, null)).build());

        PersonEditor.Merged merged = assertInstanceOf(PersonEditor.Merged.class,
                editor.merge(duplicate.id(), kept.id()));

        assertEquals(2, merged.moved());
        assertTrue(editor.find(duplicate.id()).isEmpty(), "the duplicate is gone");
        assertEquals(kept.id(), articles.findById(written.id()).orElseThrow().author().personId());
        assertEquals(kept.id(), articles.findById(reviewed.id()).orElseThrow().review().reviewerId());
        assertEquals(List.of("Dr Ada Stone"), List.of(articles.findById(written.id()).orElseThrow().author().name()));
    }

    @Test
    void mergingKeepsTheReviewsTheDuplicateGaveOnThePublicPages() {
        Person kept = created("Dr Lena Park");
        Person duplicate = created("Lena Park MD");
        Article reviewed = articles.create(TestArticles.published("Park reviews", NOW.minusSeconds(60)).toBuilder()
                .review(new MedicalReview(duplicate.id(), duplicate.slug(), duplicate.name(), null, null)).build());

        editor.merge(duplicate.id(), kept.id());

        assertEquals(kept.id(), articles.findPublic(reviewed.slug()).orElseThrow().review().reviewerId());
    }

    @Test
    void aRecordCannotBeMergedIntoItself() {
        Person person = created("Dr Solo Self");

        assertInstanceOf(PersonEditor.Missing.class, editor.merge(person.id(), person.id()));
        assertTrue(editor.find(person.id()).isPresent());
    }

    @Test
    void anUnknownAccountIsRefusedAndNothingIsSaved() {
        Person person = created("Dr Noel Account");

        assertInstanceOf(PersonEditor.AccountUnknown.class,
                editor.update(person.withCredentials("MD"), HeroImageChange.KEEP, "nobody"));
        assertEquals(1, editor.find(person.id()).orElseThrow().version());
    }
}
