package com.healthpress.image;

import com.healthpress.AdminClient;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient.Part;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.HeroImage;
import com.healthpress.articles.ArticleService;
import com.healthpress.revision.Revision;
import com.healthpress.revision.RevisionRepository;
import com.healthpress.storage.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hero image fields of the article form through the running app, logged in as an admin with the session's CSRF token. */
class HeroImageUploadTest {

    private static final byte[] SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><script>alert(1)</script></svg>
            """.getBytes(StandardCharsets.UTF_8);

    private static TestApp app;
    private static AdminClient admin;
    private static Database database;
    private static ArticleService articles;

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
    void uploadSetsTheHeroImageAndGoesBackToTheEditor() throws Exception {
        Article article = newArticle();
        byte[] webp = TestImages.resource("extended.webp");

        HttpResponse<String> response = upload(article, " A nurse measures blood pressure ",
                Part.file("heroImage", "nurse.webp", "image/webp", webp));

        assertRedirect("/admin/articles/" + article.id() + "?notice=saved", response);
        Article stored = articles.findById(article.id()).orElseThrow();
        assertEquals(new HeroImage(stored.heroImage().imageId(), "A nurse measures blood pressure", 400, 240,
                "image/webp", UploadedImage.read(webp).sha256(), true), stored.heroImage());
        assertEquals(article.version() + 1, stored.version());
        Revision newest = revisions(article).get(0);
        assertEquals("Edited", newest.summary());
        assertEquals(admin.username(), newest.savedBy());
        assertArrayEquals(webp, fetch(stored.heroImage().path()));
    }

    @Test
    void editorPageShowsTheCurrentImageInTheArticleFormWithTheNewVersion() {
        Article article = newArticle();
        HttpResponse<String> uploaded = upload(article, "A nurse measures blood pressure",
                Part.file("heroImage", "nurse.webp", "image/webp", TestImages.resource("lossy.webp")));
        Article stored = articles.findById(article.id()).orElseThrow();

        HttpResponse<String> editorPage = admin.get(uploaded.headers().firstValue("Location").orElseThrow());
        assertEquals(200, editorPage.statusCode());
        Element form = Jsoup.parse(editorPage.body()).selectFirst("form.editor");

        Element image = form.selectFirst(".hero-fields img");
        assertEquals(stored.heroImage().adminPath(), image.attr("src"));
        assertEquals("A nurse measures blood pressure", image.attr("alt"));
        assertEquals("/admin/articles/" + article.id(), form.attr("action"));
        assertEquals(admin.csrfToken(), form.selectFirst("input[name=csrf]").attr("value"));
        assertEquals(String.valueOf(stored.version()), form.selectFirst("input[name=version]").attr("value"));
        assertEquals(1, form.select("input[type=checkbox][name=removeHeroImage]").size());
    }

    @Test
    void pngNamedAndDeclaredAsJpegIsStoredAsPng() {
        Article article = newArticle();

        HttpResponse<String> response = upload(article, "A chart of blood pressure readings",
                Part.file("heroImage", "chart.jpg", "image/jpeg", TestImages.png(640, 360)));

        assertRedirect("/admin/articles/" + article.id() + "?notice=saved", response);
        HeroImage hero = articles.findById(article.id()).orElseThrow().heroImage();
        assertEquals("image/png", hero.contentType());
        assertTrue(hero.path().endsWith(".png"), hero.path());
    }

    @Test
    void svgOrWebPageNamedAsPngIsRefusedAndNothingIsStored() {
        Article article = newArticle();
        long images = imageRows();

        HttpResponse<String> svg = upload(article, "A chart", Part.file("heroImage", "chart.png", "image/png", SVG));
        HttpResponse<String> html = upload(article, "A chart", Part.file("heroImage", "chart.png", "image/png",
                "<!doctype html><title>x</title><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));

        assertRefused(ImageMessages.UNSUPPORTED_SVG, svg);
        assertRefused(ImageMessages.UNSUPPORTED_HTML, html);
        assertNothingStored(article, images);
    }

    @Test
    void truncatedJpegIsRefusedAsDamaged() {
        Article article = newArticle();
        long images = imageRows();
        byte[] jpeg = TestImages.jpeg(800, 600);

        HttpResponse<String> response = upload(article, "A photo", Part.file("heroImage", "photo.jpg", "image/jpeg",
                Arrays.copyOf(jpeg, jpeg.length * 2 / 3)));

        assertRefused(ImageMessages.DAMAGED, response);
        assertNothingStored(article, images);
    }

    @Test
    void fileOverTheLimitIsRefused() {
        Article article = newArticle();
        long images = imageRows();
        byte[] oversized = Arrays.copyOf(TestImages.png(640, 360), UploadedImage.MAX_BYTES + 1);

        HttpResponse<String> response = upload(article, "A photo",
                Part.file("heroImage", "photo.png", "image/png", oversized));

        assertRefused(ImageMessages.FILE_TOO_LARGE, response);
        assertNothingStored(article, images);
    }

    @Test
    void altTextIsRequired() {
        Article article = newArticle();
        long images = imageRows();

        HttpResponse<String> blank = upload(article, "   ", Part.file("heroImage", "a.png", "image/png",
                TestImages.png(640, 360)));
        HttpResponse<String> missing = admin.saveArticle(article.id(), Map.of(),
                List.of(Part.file("heroImage", "a.png", "image/png", TestImages.png(640, 360))));

        assertRefused(ImageMessages.ALT_MISSING, blank);
        assertRefused(ImageMessages.ALT_MISSING, missing);
        assertNothingStored(article, images);
    }

    @Test
    void altTextOverItsLimitIsRefusedAndTheEditorSaysSo() {
        Article article = newArticle();
        long images = imageRows();

        HttpResponse<String> response = upload(article, "x".repeat(AltText.MAX_LENGTH + 1),
                Part.file("heroImage", "a.png", "image/png", TestImages.png(640, 360)));

        assertRefused(ImageMessages.ALT_TOO_LONG, response);
        assertNothingStored(article, images);
        Document editor = Jsoup.parse(response.body());
        assertTrue(editor.selectFirst("#heroAlt-error").text().contains("at most " + AltText.MAX_LENGTH + " characters"),
                editor.selectFirst("#heroAlt-error").text());
    }

    @Test
    void aSaveWithoutAChosenFileSavesTheTextAndLeavesTheImageAlone() {
        Article article = newArticle();
        long images = imageRows();

        HttpResponse<String> response = upload(article, "A photo",
                Part.file("heroImage", "", "application/octet-stream", new byte[0]));

        assertRedirect("/admin/articles/" + article.id() + "?notice=saved", response);
        Article stored = articles.findById(article.id()).orElseThrow();
        assertEquals(article.version() + 1, stored.version());
        assertFalse(stored.hasHeroImage());
        assertEquals(images, imageRows());
    }

    @Test
    void staleVersionIsReportedBeforeTheFileIsDecoded() {
        Article article = newArticle();
        long images = imageRows();

        HttpResponse<String> response = admin.saveArticle(article.id(),
                Map.of("version", String.valueOf(article.version() + 1)), List.of(Part.field("heroAlt", "A photo"),
                Part.file("heroImage", "photo.jpg", "image/jpeg", TestImages.cut(TestImages.jpeg(640, 360), 0.6))));

        assertEquals(409, response.statusCode());
        assertNothingStored(article, images);
    }

    @Test
    void staleVersionIsAConflictAndStoresNothing() {
        Article article = newArticle();
        long images = imageRows();

        HttpResponse<String> response = admin.saveArticle(article.id(),
                Map.of("version", String.valueOf(article.version() + 1)), List.of(Part.field("heroAlt", "A photo"),
                Part.file("heroImage", "photo.png", "image/png", TestImages.png(641, 360))));

        assertEquals(409, response.statusCode());
        assertNothingStored(article, images);
    }

    @Test
    void removeClearsTheHeroImageWithARevision() {
        Article article = newArticle();
        upload(article, "A photo", Part.file("heroImage", "photo.png", "image/png", TestImages.png(642, 360)));
        Article withImage = articles.findById(article.id()).orElseThrow();

        HttpResponse<String> response = admin.saveArticle(withImage.id(), Map.of(),
                List.of(Part.field("removeHeroImage", "on")));

        assertRedirect("/admin/articles/" + article.id() + "?notice=saved", response);
        Article stored = articles.findById(article.id()).orElseThrow();
        assertFalse(stored.hasHeroImage());
        assertEquals(withImage.version() + 1, stored.version());
        assertEquals("Edited", revisions(article).get(0).summary());
    }

    @Test
    void removeWithAStaleVersionIsAConflict() {
        Article article = newArticle();
        upload(article, "A photo", Part.file("heroImage", "photo.png", "image/png", TestImages.png(643, 360)));

        HttpResponse<String> response = admin.saveArticle(article.id(),
                Map.of("version", String.valueOf(article.version())), List.of(Part.field("removeHeroImage", "on")));

        assertEquals(409, response.statusCode());
        assertTrue(articles.findById(article.id()).orElseThrow().hasHeroImage());
    }

    @Test
    void anImageForAnUnknownArticleIsNotFoundAndStoresNothing() {
        long images = imageRows();

        HttpResponse<String> unknown = admin.postMultipart("/admin/articles/999999", List.of(
                Part.field("version", "1"), Part.field("title", "A title"), Part.field("heroAlt", "A photo"),
                Part.file("heroImage", "photo.png", "image/png", TestImages.png(644, 360))));

        assertEquals(404, unknown.statusCode());
        assertEquals(images, imageRows());
    }

    @Test
    void uploadWithoutTheSessionsCsrfTokenStoresNothing() {
        Article article = newArticle();
        long images = imageRows();

        HttpResponse<String> response = admin.saveArticle(article.id(), Map.of(), List.of(
                Part.field("csrf", "not-the-token"),
                Part.field("heroAlt", "A photo"),
                Part.file("heroImage", "photo.png", "image/png", TestImages.png(645, 360))));

        assertNotEquals(303, response.statusCode());
        assertNothingStored(article, images);
    }

    /** Saves the article through its own form, unchanged but for the chosen image and its alternative text. */
    private static HttpResponse<String> upload(Article article, String alt, Part file) {
        return admin.saveArticle(article.id(), Map.of(), List.of(Part.field("heroAlt", alt), file));
    }

    /** The form comes back with the code's sentence next to the image's field or its alternative text. */
    private static void assertRefused(String code, HttpResponse<String> response) {
        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals(ImageMessages.messageFor(code), page.select("#heroImage-error, #heroAlt-error").text());
    }

    private static Article newArticle() {
        return articles.create(TestArticles.article().slug("hero-" + System.nanoTime()).build());
    }

    private static void assertRedirect(String location, HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), response.body());
        assertEquals(location, response.headers().firstValue("Location").orElseThrow());
    }

    private static void assertNothingStored(Article article, long imageRowsBefore) {
        Article stored = articles.findById(article.id()).orElseThrow();
        assertEquals(article.version(), stored.version());
        assertFalse(stored.hasHeroImage());
        assertEquals(imageRowsBefore, imageRows());
    }

    private static long imageRows() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM image")
                .mapTo(Long.class).one());
    }

    private static List<Revision> revisions(Article article) {
        return database.jdbi().withExtension(RevisionRepository.class, repository -> repository.listFor(article.id()));
    }

    private static byte[] fetch(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(app.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
