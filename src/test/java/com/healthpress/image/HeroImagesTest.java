package com.healthpress.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleService;
import com.healthpress.revision.Revision;
import com.healthpress.revision.RevisionRepository;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeroImagesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

    private Database database;
    private Jdbi jdbi;
    private ArticleService articles;
    private HeroImages heroImages;

    @BeforeEach
    void openDatabase() {
        database = Database.open(TestDatabases.fresh());
        jdbi = database.jdbi();
        articles = new ArticleService(jdbi, CLOCK);
        heroImages = new HeroImages(jdbi, articles, new ImageWorkers(), CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void newHeroImageIsStoredAndSavedWithARevision() throws ImageProblem {
        Article article = articles.create(TestArticles.article().build());
        UploadedImage image = UploadedImage.read(TestImages.png(640, 360));

        Article saved = heroImages.replace(article.id(), article.version(), image.bytes(),
                "  A nurse\n measures a patient's   blood pressure ", "editor").orElseThrow();

        Article stored = articles.findById(article.id()).orElseThrow();
        assertEquals(article.version() + 1, stored.version());
        assertEquals(saved.heroImage(), stored.heroImage());
        assertEquals("A nurse measures a patient's blood pressure", stored.heroImage().alt());
        assertEquals(640, stored.heroImage().width());
        assertEquals(360, stored.heroImage().height());
        assertEquals("image/png", stored.heroImage().contentType());
        assertEquals(image.sha256(), stored.heroImage().sha256());
        assertArrayEquals(image.bytes(), storedBytes(stored.heroImage().imageId()));
        Revision newest = revisions(article.id()).get(0);
        assertEquals(stored.version(), newest.version());
        assertEquals("Changed the hero image", newest.summary());
        assertEquals("editor", newest.savedBy());
    }

    @Test
    void replacingKeepsTheOldImageForOldRevisions() throws ImageProblem {
        Article article = articles.create(TestArticles.article().build());
        Article first = heroImages.replace(article.id(), 1, TestImages.png(640, 360), "First",
                "editor").orElseThrow();

        Article second = heroImages.replace(article.id(), first.version(),
                TestImages.resource("lossy.webp"), "Second", "editor").orElseThrow();

        assertEquals("image/webp", second.heroImage().contentType());
        assertEquals(2, imageRows());
        assertTrue(storedBytes(first.heroImage().imageId()).length > 0);
    }

    @Test
    void staleVersionStoresNothing() throws ImageProblem {
        Article article = articles.create(TestArticles.article().build());
        UploadedImage image = UploadedImage.read(TestImages.jpeg(640, 360));

        ImageProblem problem = assertThrows(ImageProblem.class,
                () -> heroImages.replace(article.id(), article.version() - 1, image.bytes(), "A photo", "editor"));

        assertEquals(ImageMessages.CONFLICT, problem.code());
        assertUnchanged(article);
    }

    @Test
    void staleVersionIsRefusedBeforeTheFileIsDecoded() {
        Article article = articles.create(TestArticles.article().build());
        byte[] damaged = TestImages.cut(TestImages.jpeg(640, 360), 0.6);

        ImageProblem problem = assertThrows(ImageProblem.class,
                () -> heroImages.replace(article.id(), article.version() + 1, damaged, "A photo", "editor"));

        assertEquals(ImageMessages.CONFLICT, problem.code());
        assertUnchanged(article);
    }

    @Test
    void missingAltTextStoresNothing() throws ImageProblem {
        Article article = articles.create(TestArticles.article().build());
        UploadedImage image = UploadedImage.read(TestImages.jpeg(640, 360));

        for (String alt : new String[] {null, "", " \t\n "}) {
            ImageProblem problem = assertThrows(ImageProblem.class,
                    () -> heroImages.replace(article.id(), article.version(), image.bytes(), alt, "editor"));
            assertEquals(ImageMessages.ALT_MISSING, problem.code());
        }
        assertUnchanged(article);
    }

    @Test
    void altTextMayHaveThreeHundredCharacters() throws ImageProblem {
        Article article = articles.create(TestArticles.article().build());
        UploadedImage image = UploadedImage.read(TestImages.jpeg(640, 360));

        ImageProblem problem = assertThrows(ImageProblem.class,
                () -> heroImages.replace(article.id(), article.version(), image.bytes(), "x".repeat(301), "editor"));
        Article saved = heroImages.replace(article.id(), article.version(), image.bytes(), " " + "x".repeat(300) + " ",
                "editor").orElseThrow();

        assertEquals(ImageMessages.ALT_TOO_LONG, problem.code());
        assertEquals(300, saved.heroImage().alt().length());
    }

    @Test
    void unknownArticleStoresNothing() throws ImageProblem {
        UploadedImage image = UploadedImage.read(TestImages.png(640, 360));

        assertTrue(heroImages.replace(999_999, 1, image.bytes(), "A photo", "editor").isEmpty());
        assertEquals(0, imageRows());
    }

    @Test
    void sameFileIsStoredOnce() throws ImageProblem {
        Article one = articles.create(TestArticles.article().slug("one").build());
        Article two = articles.create(TestArticles.article().slug("two").build());
        byte[] bytes = TestImages.png(640, 360);

        Article first = heroImages.replace(one.id(), 1, bytes, "A photo", "editor").orElseThrow();
        Article second = heroImages.replace(two.id(), 1, bytes.clone(), "The same photo",
                "editor").orElseThrow();

        assertEquals(first.heroImage().imageId(), second.heroImage().imageId());
        assertEquals("The same photo", second.heroImage().alt());
        assertEquals(1, imageRows());
    }

    @Test
    void removingClearsTheHeroImageWithARevision() throws ImageProblem {
        Article article = articles.create(TestArticles.article().build());
        Article withImage = heroImages.replace(article.id(), 1, TestImages.png(640, 360),
                "A photo", "editor").orElseThrow();

        heroImages.remove(article.id(), withImage.version(), "reviewer").orElseThrow();

        Article stored = articles.findById(article.id()).orElseThrow();
        assertFalse(stored.hasHeroImage());
        assertEquals(withImage.version() + 1, stored.version());
        Revision newest = revisions(article.id()).get(0);
        assertEquals("Removed the hero image", newest.summary());
        assertEquals("reviewer", newest.savedBy());
        assertEquals(1, imageRows(), "old revisions still show the image");
    }

    @Test
    void removingWithAStaleVersionKeepsTheImage() throws ImageProblem {
        Article article = articles.create(TestArticles.article().build());
        Article withImage = heroImages.replace(article.id(), 1, TestImages.png(640, 360),
                "A photo", "editor").orElseThrow();

        ImageProblem problem = assertThrows(ImageProblem.class,
                () -> heroImages.remove(article.id(), article.version(), "editor"));

        assertEquals(ImageMessages.CONFLICT, problem.code());
        assertEquals(withImage, articles.findById(article.id()).orElseThrow());
    }

    @Test
    void removingWhenThereIsNoImageSavesNothing() throws ImageProblem {
        Article article = articles.create(TestArticles.article().build());

        Article result = heroImages.remove(article.id(), article.version(), "editor").orElseThrow();

        assertNull(result.heroImage());
        assertEquals(article.version(), articles.findById(article.id()).orElseThrow().version());
        assertEquals(1, revisions(article.id()).size());
    }

    private void assertUnchanged(Article article) {
        Article stored = articles.findById(article.id()).orElseThrow();
        assertEquals(article.version(), stored.version());
        assertFalse(stored.hasHeroImage());
        assertEquals(1, revisions(article.id()).size());
        assertEquals(0, imageRows(), "no image row is left behind");
    }

    private List<Revision> revisions(long articleId) {
        return jdbi.withExtension(RevisionRepository.class, repository -> repository.listFor(articleId));
    }

    private byte[] storedBytes(long imageId) {
        return jdbi.withExtension(ImageRepository.class, images -> images.findBytes(imageId)).orElseThrow();
    }

    private long imageRows() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM image").mapTo(Long.class).one());
    }
}
