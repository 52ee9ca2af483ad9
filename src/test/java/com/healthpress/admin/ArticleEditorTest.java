package com.healthpress.admin;

import static com.healthpress.TestActors.admin;
import com.healthpress.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.HeroImages;
import com.healthpress.image.ImageWorkers;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor's saves on a real database: revisions, conflicts, slugs, redirects and the trash. */
class ArticleEditorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static Database database;
    private static ArticleService articles;
    private static ArticleEditor editor;

    @BeforeAll
    static void open() {
        database = Database.open(TestDatabases.fresh());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        articles = new ArticleService(database.jdbi(), clock, new ChangeFeed(database.jdbi(), clock));
        editor = new ArticleEditor(database.jdbi(), articles, new HeroImages(new ImageWorkers(), clock), clock);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private Article saved(ArticleEditor.Outcome outcome) {
        return assertInstanceOf(ArticleEditor.Saved.class, outcome).article();
    }

    private Article created(String title) {
        return saved(editor.create(TestArticles.published(title, NOW.minusSeconds(3600)), false, admin("alice")));
    }

    @Test
    void eachSaveRaisesTheVersionAndStoresTheWholeArticle() {
        Article article = created("Sleep basics");

        Article edited = saved(editor.update(article.toBuilder().title("Sleep basics, revised").build(), admin("bob"), "Edited"));

        assertEquals(1, article.version());
        assertEquals(2, edited.version());
        assertEquals("Sleep basics, revised", editor.find(article.id()).orElseThrow().title());
        assertEquals(article.faq(), edited.faq());
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsAConflictAndChangesNothing() {
        Article article = created("Conflicting edits");
        saved(editor.update(article.toBuilder().lead("First admin's lead.").build(), admin("alice"), "Edited"));

        ArticleEditor.Outcome second = editor.update(article.toBuilder().lead("Second admin's lead.").build(), admin("bob"),
                "Edited");

        ArticleEditor.Conflict conflict = assertInstanceOf(ArticleEditor.Conflict.class, second);
        assertEquals("First admin's lead.", conflict.current().lead());
        assertEquals("First admin's lead.", editor.find(article.id()).orElseThrow().lead());
        assertEquals(2, editor.find(article.id()).orElseThrow().version());
    }

    @Test
    void aSlugTakenByAnotherArticleIsRefusedAndNothingChanges() {
        Article first = created("First article");
        Article second = created("Second article");

        ArticleEditor.Outcome outcome = editor.update(second.toBuilder().slug(first.slug()).build(), admin("alice"), "Edited");

        assertInstanceOf(ArticleEditor.SlugTaken.class, outcome);
        assertEquals(second.slug(), editor.find(second.id()).orElseThrow().slug());
        assertInstanceOf(ArticleEditor.SlugTaken.class,
                editor.create(TestArticles.draft("Third").toBuilder().slug(first.slug()).build(), true, admin("alice")));
    }

    @Test
    void aSlugMadeFromTheTitleIsNumberedWhenTaken() {
        Article first = created("Same title");
        Article second = saved(editor.create(TestArticles.draft("Same title"), false, admin("alice")));

        assertEquals(first.slug() + "-2", second.slug());
    }

    @Test
    void changingThePublishedSlugKeepsTheOldAddressAsARedirect() {
        Article article = created("Old address");

        saved(editor.update(article.toBuilder().slug("new-address").build(), admin("alice"), "Edited"));

        assertEquals("new-address", articles.findRedirect(article.slug()).orElseThrow());
        assertTrue(articles.findRedirect("new-address").isEmpty());
    }

    @Test
    void aDraftsSlugChangeLeavesNoRedirect() {
        Article draft = saved(editor.create(TestArticles.draft("Draft address"), false, admin("alice")));

        saved(editor.update(draft.toBuilder().slug("other-draft-address").build(), admin("alice"), "Edited"));

        assertTrue(articles.findRedirect(draft.slug()).isEmpty());
    }

    @Test
    void trashHidesAnArticleUntilRestoredAndEmptyingDeletesIt() {
        Article article = created("Trash me");

        assertTrue(editor.moveToTrash(article.id(), "alice"));
        assertTrue(articles.findPublic(article.slug()).isEmpty());
        assertEquals(List.of(article.id()), editor.list("trash", "Trash me", 1).rows().stream().map(r -> r.id()).toList());
        assertFalse(editor.list("all", "", 1).rows().stream().anyMatch(r -> r.id() == article.id()));

        assertTrue(editor.restoreFromTrash(article.id(), "alice"));
        assertTrue(articles.findPublic(article.slug()).isPresent());

        editor.moveToTrash(article.id(), "alice");
        assertTrue(editor.emptyTrash() >= 1);
        assertTrue(editor.find(article.id()).isEmpty());
    }

    @Test
    void theListFiltersByStatusAndSearchesTitles() {
        created("Blood pressure at home");
        saved(editor.create(TestArticles.draft("Blood sugar draft"), false, admin("alice")));
        saved(editor.create(TestArticles.published("Future piece", NOW.plusSeconds(86_400)), false, admin("alice")));

        assertEquals(List.of("Future piece"), titles(editor.list("scheduled", "piece", 1)));
        assertEquals(List.of("Blood sugar draft"), titles(editor.list("draft", "blood", 1)));
        assertEquals(List.of("Blood pressure at home"), titles(editor.list("published", "blood", 1)));
        assertEquals(2, editor.list("all", "BLOOD", 1).total());
        assertEquals(0, editor.list("all", "100%", 1).total(), "LIKE wildcards in the search are literal");
        assertEquals("Scheduled", editor.list("scheduled", "piece", 1).rows().get(0).state(NOW));
    }

    private static List<String> titles(ArticleEditor.Page page) {
        return page.rows().stream().map(r -> r.title()).toList();
    }
}
