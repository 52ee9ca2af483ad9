package com.healthpress.image;

import com.healthpress.AdminClient;
import com.healthpress.AdminClient.Part;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.ArticleStatus;
import com.healthpress.article.HeroImage;
import com.healthpress.article.ImageFormat;
import com.healthpress.article.ImagePaths;
import com.healthpress.article.VariantPlan;
import com.healthpress.articles.ArticleService;
import com.healthpress.image.web.ImagePages;
import com.healthpress.storage.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Images nothing uses are deleted with their variants; images of unpublished articles are for logged-in admins only.
 */
class ImageCleanupAndPrivacyTest {

    private static final AtomicInteger WIDTHS = new AtomicInteger(400);

    private static TestApp app;
    private static AdminClient admin;
    private static Database database;
    private static ArticleService articles;
    private final HttpClient reader = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = AdminClient.loggedIn(app);
        database = Database.open(app.databaseUrl());
        articles = app.articles();
    }

    @AfterAll
    static void stop() {
        database.close();
        app.close();
    }

    @Test
    void replacingAPublicArticlesImageTakesTheOldOneFromReadersButKeepsItForItsRevision() throws Exception {
        Article article = articles.create(TestArticles.article().slug("replaced-image").build());
        HeroImage old = upload(article).heroImage();
        assertEquals(200, readerGet(old.path()).statusCode());

        HeroImage replacement = upload(stored(article)).heroImage();

        assertEquals(404, readerGet(old.path()).statusCode());
        assertEquals(200, readerGet(replacement.path()).statusCode());
        assertEquals(200, admin.get(old.adminPath()).statusCode(), "a revision still shows the old image");
        assertTrue(isStored(old.imageId()));
    }

    @Test
    void removingAPublicArticlesImageTakesItFromReaders() throws Exception {
        Article article = articles.create(TestArticles.article().slug("removed-image").build());
        HeroImage old = upload(article).heroImage();
        assertEquals(200, readerGet(old.path()).statusCode());

        HttpResponse<String> removed = admin.saveArticle(article.id(), Map.of(),
                List.of(Part.field("removeHeroImage", "on")));

        assertEquals(303, removed.statusCode());
        assertEquals(404, readerGet(old.path()).statusCode());
        assertTrue(isStored(old.imageId()), "a revision still shows the removed image");
    }

    @Test
    void emptyingTheTrashDeletesTheImagesOnlyTheTrashedArticlesAndTheirRevisionsUsed() throws Exception {
        Article article = articles.create(TestArticles.article().slug("trashed-images").build());
        HeroImage first = upload(article).heroImage();
        HeroImage second = upload(stored(article)).heroImage();
        Article neighbour = articles.create(TestArticles.article().slug("neighbour-image").build());
        HeroImage shared = upload(neighbour).heroImage();
        upload(stored(article), TestImages.png(shared.width(), shared.height()));
        assertEquals(shared.imageId(), stored(article).heroImage().imageId(), "the same bytes are stored once");

        for (HeroImage kept : List.of(first, second)) {
            assertEquals(variantPaths(kept).size(), variantRows(kept.imageId()));
            assertEquals(200, admin.get("/admin" + variantPaths(kept).get(0)).statusCode(), "a revision shows it");
        }

        assertEquals(303, admin.post("/admin/articles/" + article.id() + "/trash", Map.of()).statusCode());
        assertEquals(303, admin.post("/admin/trash/empty", Map.of()).statusCode());

        for (HeroImage gone : List.of(first, second)) {
            assertEquals(404, readerGet(gone.path()).statusCode());
            assertEquals(404, admin.get(gone.adminPath()).statusCode());
            assertTrue(!isStored(gone.imageId()), "image " + gone.imageId() + " is still stored");
            assertEquals(0, variantRows(gone.imageId()), "the variants go with their image");
            for (String variant : variantPaths(gone)) {
                assertEquals(404, readerGet(variant).statusCode(), variant);
                assertEquals(404, admin.get("/admin" + variant).statusCode(), variant);
            }
        }
        assertEquals(200, readerGet(shared.path()).statusCode(), "another article still shows it");
        for (String variant : variantPaths(shared)) {
            assertEquals(200, readerGet(variant).statusCode(), variant);
        }
    }

    @Test
    void aDraftsImageIsNotFoundForReadersAndServedPrivatelyToTheEditorUntilPublished() throws Exception {
        Article draft = articles.create(TestArticles.draft("Draft with an image").toBuilder().slug("draft-image").build());
        HeroImage image = upload(draft).heroImage();

        HttpResponse<byte[]> toReader = readerGet(image.path());
        HttpResponse<String> toEditor = admin.get(image.adminPath());
        HttpResponse<String> publicPathToEditor = admin.get(image.path());

        assertEquals(404, toReader.statusCode());
        assertTrue(!toReader.headers().firstValue("Cache-Control").orElse("").contains("public"));
        assertEquals(200, toEditor.statusCode());
        assertEquals("private, no-store", toEditor.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(404, publicPathToEditor.statusCode(), "the session cookie is not sent outside /admin");
        String editor = admin.get("/admin/articles/" + draft.id()).body();
        assertTrue(editor.contains("src=\"" + image.adminPath() + "\""), "the editor shows the image it can load");
        String preview = admin.post("/admin/preview", Map.of("id", String.valueOf(draft.id()))).body();
        assertTrue(preview.contains("src=\"" + image.adminPath() + "\""), "the preview shows the image it can load");

        Article stored = stored(draft);
        articles.update(stored.toBuilder().status(ArticleStatus.PUBLISHED).publishedAt(Instant.now().minusSeconds(60))
                .build());
        HttpResponse<byte[]> published = readerGet(image.path());

        assertEquals(200, published.statusCode());
        assertEquals(ImagePages.CACHE_FOREVER, published.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void aScheduledOrTrashedArticlesImageIsNotFoundForReaders() throws Exception {
        Article scheduled = articles.create(TestArticles.article().slug("scheduled-image")
                .publishedAt(Instant.now().plus(Duration.ofDays(3))).build());
        HeroImage scheduledImage = upload(scheduled).heroImage();
        Article trashed = articles.create(TestArticles.article().slug("trashed-image").build());
        HeroImage trashedImage = upload(trashed).heroImage();
        assertEquals(200, readerGet(trashedImage.path()).statusCode());

        assertEquals(303, admin.post("/admin/articles/" + trashed.id() + "/trash", Map.of()).statusCode());

        assertEquals(404, readerGet(scheduledImage.path()).statusCode());
        assertEquals(404, readerGet(trashedImage.path()).statusCode());
        assertEquals(200, admin.get(trashedImage.adminPath()).statusCode(), "a trash entry keeps its image");
    }

    @Test
    void aReaderWithoutASessionIsSentToTheLoginPageForAdminImages() throws Exception {
        Article draft = articles.create(TestArticles.draft("Hidden draft image").toBuilder().slug("hidden-image").build());
        HeroImage image = upload(draft).heroImage();

        HttpResponse<byte[]> response = readerGet(image.adminPath());

        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("/admin/login"));
    }

    /** Uploads a new image of a size no other test uses, so that each test has images of its own. */
    private Article upload(Article article) {
        int width = WIDTHS.getAndAdd(8);
        return upload(article, TestImages.png(width, 300));
    }

    private Article upload(Article article, byte[] png) {
        HttpResponse<String> response = admin.saveArticle(article.id(), Map.of(), List.of(
                Part.field("heroAlt", "A chart of blood pressure readings"),
                Part.file("heroImage", "chart.png", "image/png", png)));
        assertEquals(303, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("notice="),
                response.headers().firstValue("Location").orElseThrow());
        return stored(article);
    }

    private static Article stored(Article article) {
        return articles.findById(article.id()).orElseThrow();
    }

    /** The paths of every variant the image's plan names. */
    private static List<String> variantPaths(HeroImage image) {
        return VariantPlan.of(image.width(), image.height(), ImageFormat.ofContentType(image.contentType()).orElseThrow())
                .stream().map(variant -> ImagePaths.variantPath(image.imageId(), image.sha256(), variant)).toList();
    }

    private static long variantRows(long imageId) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM image_variant WHERE image_id = :id").bind("id", imageId).mapTo(Long.class).one());
    }

    private static boolean isStored(long imageId) {
        return database.jdbi().withExtension(ImageRepository.class, images -> images.findInfo(imageId)).isPresent();
    }

    private HttpResponse<byte[]> readerGet(String path) throws Exception {
        return reader.send(HttpRequest.newBuilder(URI.create(app.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
