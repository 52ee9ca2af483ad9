package com.healthpress.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.AdminClient.Part;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.articles.ArticleService;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hero image is part of the article's own form: text and image are saved together, in one new version. */
class HeroImageInArticleFormTest {

    private static TestApp app;
    private static AdminClient admin;
    private static ArticleService articles;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = AdminClient.loggedIn(app);
        articles = app.articles();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theEditorsOwnFormIsMultipartAndHoldsTheImageFieldsAndNoOtherFormDoes() {
        Document page = Jsoup.parse(admin.get("/admin/articles/" + newArticle().id()).body());

        Element form = page.selectFirst("form.editor");
        assertEquals("multipart/form-data", form.attr("enctype"));
        assertEquals("heroImage", form.selectFirst("input[type=file]").attr("name"));
        assertEquals(1, form.select("input[name=heroAlt]").size());
        assertEquals(1, page.select("input[type=file]").size());
    }

    @Test
    void oneSaveWithAChangedTitleAndANewImageStoresBothInOneVersion() throws ImageProblem {
        Article article = newArticle();
        byte[] png = TestImages.png(640, 360);

        HttpResponse<String> response = save(article, Map.of("title", "Knee pain: new title"),
                Part.field("heroAlt", "A physiotherapist bends a patient’s knee"),
                Part.file("heroImage", "knee.png", "image/png", png));

        assertEquals(303, response.statusCode(), response.body());
        Article stored = articles.findById(article.id()).orElseThrow();
        assertEquals(article.version() + 1, stored.version());
        assertEquals("Knee pain: new title", stored.title());
        assertEquals("A physiotherapist bends a patient’s knee", stored.heroImage().alt());
        assertEquals(UploadedImage.read(png).sha256(), stored.heroImage().sha256());
    }

    @Test
    void aTextFileNamedPngIsReportedNextToItsFieldWithTheTypedTextKeptAndNothingSaved() {
        Article article = newArticle();

        HttpResponse<String> response = save(article,
                Map.of("title", "A title I typed", "body", "A body I typed with care."),
                Part.field("heroAlt", "A chart"),
                Part.file("heroImage", "chart.png", "image/png",
                        "just some notes, not an image\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        Element form = page.selectFirst("form.editor");
        assertEquals(ImageMessages.messageFor(ImageMessages.UNSUPPORTED_TEXT),
                form.selectFirst("#heroImage ~ .field-error, #heroImage + .field-error").text());
        assertEquals("A title I typed", form.selectFirst("input[name=title]").attr("value"));
        assertEquals("A body I typed with care.", form.selectFirst("textarea[name=body]").wholeText());
        assertEquals("A chart", form.selectFirst("input[name=heroAlt]").attr("value"));
        Article stored = articles.findById(article.id()).orElseThrow();
        assertEquals(article.version(), stored.version());
        assertEquals(article.title(), stored.title());
        assertFalse(stored.hasHeroImage());
    }

    @Test
    void aSaveThatRemovesTheImageWithATextChangeDoesBoth() {
        Article article = newArticle();
        save(article, Map.of(), Part.field("heroAlt", "A chart of readings"),
                Part.file("heroImage", "chart.png", "image/png", TestImages.png(641, 360)));
        Article withImage = articles.findById(article.id()).orElseThrow();
        assertTrue(withImage.hasHeroImage());

        HttpResponse<String> response = save(withImage, Map.of("title", "Without its picture"),
                Part.field("removeHeroImage", "on"));

        assertEquals(303, response.statusCode(), response.body());
        Article stored = articles.findById(article.id()).orElseThrow();
        assertEquals(withImage.version() + 1, stored.version());
        assertEquals("Without its picture", stored.title());
        assertNull(stored.heroImage());
    }

    @Test
    void theFormShowsTheCurrentImagesAltTextAndChangingItKeepsTheImage() {
        Article article = withImage(newArticle(), "A chart of sleep hours");
        assertEquals("A chart of sleep hours", Jsoup.parse(admin.get("/admin/articles/" + article.id()).body())
                .selectFirst("input[name=heroAlt]").attr("value"));

        HttpResponse<String> response = save(article, Map.of(), Part.field("heroAlt", "  A bar chart of sleep hours "));

        assertEquals(303, response.statusCode(), response.body());
        Article stored = articles.findById(article.id()).orElseThrow();
        assertEquals("A bar chart of sleep hours", stored.heroImage().alt());
        assertEquals(article.heroImage().imageId(), stored.heroImage().imageId());
        assertEquals(article.version() + 1, stored.version());
    }

    @Test
    void emptyingTheCurrentImagesAltTextIsRefusedNextToItsFieldAndNothingIsSaved() {
        Article article = withImage(newArticle(), "A chart of sleep hours");

        HttpResponse<String> response = save(article, Map.of("title", "A new title"), Part.field("heroAlt", " "));

        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals(ImageMessages.messageFor(ImageMessages.ALT_MISSING), page.selectFirst("#heroAlt-error").text());
        assertEquals("A new title", page.selectFirst("input[name=title]").attr("value"));
        assertEquals(article, articles.findById(article.id()).orElseThrow());
    }

    @Test
    void aNewArticleIsCreatedWithItsHeroImageInOneSave() {
        HttpResponse<String> response = admin.createArticle(Map.of("title", "Sleep and shift work",
                        "lead", "How to sleep when you work at night.", "body", "## Why\n\nBecause the body clock.",
                        "authorName", "Dr Ann Lee", "createAuthor", "on"),
                List.of(Part.field("heroAlt", "A nurse on a night shift"),
                        Part.file("heroImage", "night.jpg", "image/jpeg", TestImages.jpeg(1200, 700))));

        assertEquals(303, response.statusCode(), response.body());
        long id = Long.parseLong(response.headers().firstValue("Location").orElseThrow().replaceAll("\\D", ""));
        Article created = articles.findById(id).orElseThrow();
        assertEquals("Sleep and shift work", created.title());
        assertEquals("A nurse on a night shift", created.heroImage().alt());
        assertEquals(List.of(1200, 700), List.of(created.heroImage().width(), created.heroImage().height()));
        assertEquals(1, created.version());
    }

    @Test
    void aNewArticleWithAnInvalidImageIsNotCreatedAndTheFormComesBackWithTheTextAndTheMessage() {
        HttpResponse<String> response = admin.createArticle(Map.of("title", "Typed with care",
                        "lead", "A lead.", "body", "## One\n\nText.", "authorName", "Dr Ann Lee", "createAuthor", "on"),
                List.of(Part.field("heroAlt", "A chart"),
                        Part.file("heroImage", "chart.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8))));

        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("Typed with care", page.selectFirst("input[name=title]").attr("value"));
        assertTrue(page.selectFirst("#heroImage-error").text().startsWith("The file is not a JPEG, PNG or WebP"),
                page.selectFirst("#heroImage-error").text());
        assertTrue(articles.findBySlug("typed-with-care").isEmpty(), "nothing created");
    }

    /** The article after a save that gave it an image with this alternative text. */
    private static Article withImage(Article article, String alt) {
        HttpResponse<String> response = save(article, Map.of(), Part.field("heroAlt", alt),
                Part.file("heroImage", "chart.png", "image/png", TestImages.png(641, 361)));
        assertEquals(303, response.statusCode(), response.body());
        return articles.findById(article.id()).orElseThrow();
    }

    private static HttpResponse<String> save(Article article, Map<String, String> changes, Part... extra) {
        return admin.saveArticle(article.id(), changes, List.of(extra));
    }

    private static Article newArticle() {
        return articles.create(TestArticles.article().slug("in-form-" + System.nanoTime()).build());
    }
}
