package com.healthpress.admin;

import static com.healthpress.TestActors.admin;
import com.healthpress.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.ImageFormat;
import com.healthpress.article.VariantPlan;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.HeroImages;
import com.healthpress.image.ImageMessages;
import com.healthpress.image.ImageWorkers;
import com.healthpress.image.TestImages;
import com.healthpress.revision.Revision;
import com.healthpress.revision.RevisionRepository;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor's saves that change the hero image, on a real database: alt text, shared files, removal. */
class ArticleEditorHeroImageTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);
    /** Each test draws images of a width of its own, so no two tests share a stored image. */
    private static final AtomicInteger WIDTHS = new AtomicInteger(500);

    private static Database database;
    private static ImageWorkers workers;
    private static ArticleService articles;
    private static ArticleEditor editor;

    @BeforeAll
    static void open() {
        database = Database.open(TestDatabases.fresh());
        workers = new ImageWorkers();
        articles = new ArticleService(database.jdbi(), CLOCK, new ChangeFeed(database.jdbi(), CLOCK));
        editor = new ArticleEditor(database.jdbi(), articles,
                new HeroImages(workers, CLOCK), CLOCK);
    }

    @AfterAll
    static void close() {
        workers.close();
        database.close();
    }

    @Test
    void altTextIsSavedWithItsRunsOfWhiteSpaceAndControlCharactersMadeSingleSpaces() {
        Article article = newArticle();

        Article saved = saved(editor.update(article,
                new HeroImageChange(newPng(), "  A nurse\n measures a patient's \t  blood\u0007pressure ", false),
                admin("editor"), "Edited"));

        assertEquals("A nurse measures a patient's blood pressure", saved.heroImage().alt());
        assertEquals(saved.heroImage(), articles.findById(article.id()).orElseThrow().heroImage());
    }

    @Test
    void altTextMayHaveThreeHundredCharactersAfterTrimmingAndNoMore() {
        Article article = newArticle();
        long images = imageRows();

        ArticleEditor.Outcome tooLong = editor.update(article,
                new HeroImageChange(newPng(), "x".repeat(301), false), admin("editor"), "Edited");
        Article saved = saved(editor.update(article,
                new HeroImageChange(newPng(), " " + "x".repeat(300) + " ", false), admin("editor"), "Edited"));

        assertEquals(ImageMessages.ALT_TOO_LONG, assertInstanceOf(ArticleEditor.ImageRefused.class, tooLong).code());
        assertEquals("x".repeat(300), saved.heroImage().alt());
        assertEquals(article.version() + 1, saved.version(), "the refused save stored no version");
        assertEquals(images + 1, imageRows(), "the refused save stored no image");
    }

    @Test
    void theSameFileForTwoArticlesIsStoredOnceWithItsVariantsAndEachArticleKeepsItsOwnAltText() {
        Article one = newArticle();
        Article two = newArticle();
        byte[] png = newPng();
        long images = imageRows();

        Article first = saved(editor.update(one, new HeroImageChange(png, "A photo", false), admin("editor"), "Edited"));
        Article second = saved(editor.update(two, new HeroImageChange(png.clone(), "The same photo", false),
                admin("editor"), "Edited"));

        assertEquals(first.heroImage().imageId(), second.heroImage().imageId());
        assertEquals("A photo", articles.findById(one.id()).orElseThrow().heroImage().alt());
        assertEquals("The same photo", second.heroImage().alt());
        assertEquals(images + 1, imageRows());
        assertEquals(VariantPlan.of(first.heroImage().width(), first.heroImage().height(), ImageFormat.PNG).size(),
                variantRows(first.heroImage().imageId()));
    }

    @Test
    void removingTheImageSavesAVersionWithoutItWhoseRevisionNamesTheEditor() {
        Article article = newArticle();
        Article withImage = saved(editor.update(article, new HeroImageChange(newPng(), "A photo", false), admin("editor"),
                "Edited"));

        Article removed = saved(editor.update(withImage, new HeroImageChange(new byte[0], "", true), admin("reviewer"),
                "Removed the photo"));

        assertNull(removed.heroImage());
        assertEquals(withImage.version() + 1, removed.version());
        Revision newest = revisions(article.id()).get(0);
        assertEquals(removed.version(), newest.version());
        assertEquals("reviewer", newest.savedBy());
        assertEquals("Removed the photo", newest.summary());
        assertEquals(1, imagesWithId(withImage.heroImage().imageId()), "an older revision still shows the image");
    }

    @Test
    void aSaveThatKeepsTheImageKeepsItWithItsAltText() {
        Article withImage = saved(editor.update(newArticle(), new HeroImageChange(newPng(), "A photo", false),
                admin("editor"), "Edited"));

        Article edited = saved(editor.update(withImage.toBuilder().title("A new title").build(), admin("editor"), "Edited"));

        assertEquals("A new title", edited.title());
        assertEquals(withImage.heroImage(), edited.heroImage());
    }

    @Test
    void removingWhenThereIsNoImageSavesTheTextAlone() {
        Article article = newArticle();

        Article saved = saved(editor.update(article.toBuilder().title("Still no picture").build(),
                new HeroImageChange(new byte[0], "", true), admin("editor"), "Edited"));

        assertFalse(saved.hasHeroImage());
        assertEquals("Still no picture", saved.title());
        assertTrue(saved.version() > article.version());
    }

    private static Article saved(ArticleEditor.Outcome outcome) {
        return assertInstanceOf(ArticleEditor.Saved.class, outcome).article();
    }

    private static Article newArticle() {
        return articles.create(TestArticles.article().slug("hero-" + WIDTHS.incrementAndGet()).build());
    }

    private static byte[] newPng() {
        return TestImages.png(WIDTHS.getAndAdd(8), 300);
    }

    private static List<Revision> revisions(long articleId) {
        return database.jdbi().withExtension(RevisionRepository.class, repository -> repository.listFor(articleId));
    }

    private static long imageRows() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM image")
                .mapTo(Long.class).one());
    }

    private static long imagesWithId(long imageId) {
        return count("SELECT COUNT(*) FROM image WHERE id = :id", imageId);
    }

    private static long variantRows(long imageId) {
        return count("SELECT COUNT(*) FROM image_variant WHERE image_id = :id", imageId);
    }

    private static long count(String sql, long id) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).bind("id", id).mapTo(Long.class).one());
    }
}
