package com.healthpress.image;

import com.healthpress.AdminClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient.Part;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.HeroImage;
import com.healthpress.server.HtmlChecker;
import com.healthpress.site.Site;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article page offers the hero's variants to the browser, and each variant it names is served as it says. */
class ResponsiveHeroImageTest {

    private static final String SIZES = "(max-width: 44rem) calc(100vw - 2rem), 42rem";

    private static TestApp app;
    private static AdminClient admin;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = AdminClient.loggedIn(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theHeroIsAPictureWithAWebpSourceAndAJpegImgThatLoadsFirstWithItsSize() throws Exception {
        Article article = withHero(TestArticles.article(), TestImages.jpeg(2400, 1350));

        Element figure = heroOf(page(article));
        Element source = figure.selectFirst("picture > source");
        Element img = figure.selectFirst("picture > img");

        assertEquals("image/webp", source.attr("type"));
        assertEquals(List.of("480w", "800w", "1200w", "1600w"), descriptors(source.attr("srcset")));
        assertTrue(source.attr("srcset").contains("-800w.webp 800w"), source.attr("srcset"));
        assertEquals(SIZES, source.attr("sizes"));
        assertTrue(img.attr("srcset").contains("-800w.jpg 800w"), img.attr("srcset"));
        assertEquals(SIZES, img.attr("sizes"));
        assertTrue(img.attr("src").endsWith("-1200w.jpg"), img.attr("src"));
        assertEquals(List.of("2400", "1350"), List.of(img.attr("width"), img.attr("height")));
        assertEquals("high", img.attr("fetchpriority"));
        assertFalse(img.hasAttr("loading"), "the hero is not lazy");
    }

    @Test
    void everyVariantThePageNamesIsServedInItsFormatAtTheWidthItsDescriptorSays() throws Exception {
        Article article = withHero(TestArticles.article(), TestImages.png(1000, 700));
        Element figure = heroOf(page(article));

        List<String> candidates = new ArrayList<>();
        candidates.addAll(List.of(figure.selectFirst("source").attr("srcset").split(", ")));
        candidates.addAll(List.of(figure.selectFirst("img").attr("srcset").split(", ")));
        assertEquals(6, candidates.size(), candidates.toString()); // 480, 800 and the original's 1000, in two formats
        for (String candidate : candidates) {
            String[] parts = candidate.split(" ");
            HttpResponse<byte[]> response = get(parts[0], null);
            assertEquals(200, response.statusCode(), parts[0]);
            String type = response.headers().firstValue("Content-Type").orElseThrow();
            assertEquals(parts[0].endsWith(".webp") ? "image/webp" : "image/png", type, parts[0]);
            assertEquals(parts[1], widthOf(response.body()) + "w", parts[0]);
        }
    }

    @Test
    void eachVariantHasItsOwnEntityTagAndAnswersNotModifiedToIt() throws Exception {
        Article article = withHero(TestArticles.article(), TestImages.jpeg(1300, 800));
        Element img = heroOf(page(article)).selectFirst("img");
        String narrow = img.attr("srcset").split(", ")[0].split(" ")[0];

        String narrowTag = get(narrow, null).headers().firstValue("ETag").orElseThrow();
        String wideTag = get(img.attr("src"), null).headers().firstValue("ETag").orElseThrow();

        assertNotEquals(narrowTag, wideTag);
        assertEquals(304, get(narrow, narrowTag).statusCode());
        assertEquals(200, get(narrow, wideTag).statusCode());
    }

    @Test
    void aDraftsVariantsAreNotFoundForReadersButServedPrivatelyToAdmins() throws Exception {
        Article draft = withHero(TestArticles.draft("A draft with a hero").toBuilder().slug("variant-draft"),
                TestImages.jpeg(1310, 810)); // a file no public article shows: the same file is stored once
        HeroImage hero = app.articles().findById(draft.id()).orElseThrow().heroImage();
        String variant = hero.srcset().split(", ")[0].split(" ")[0];

        assertEquals(404, get(variant, null).statusCode());
        HttpResponse<String> asAdmin = admin.get("/admin" + variant);
        assertEquals(200, asAdmin.statusCode());
        assertEquals("private, no-store", asAdmin.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void aVariantNameTheImageDoesNotHaveIsNotFound() throws Exception {
        Article article = withHero(TestArticles.article(), TestImages.jpeg(640, 360));
        String img = heroOf(page(article)).selectFirst("img").attr("src"); // 640 wide: no 1200w variant
        String base = img.substring(0, img.lastIndexOf('-'));

        assertEquals(200, get(img, null).statusCode());
        assertEquals(404, get(base + "-1200w.jpg", null).statusCode());
        assertEquals(404, get(base + "-640w.gif", null).statusCode());
        assertEquals(404, get(base + "-640W.jpg", null).statusCode());
        assertEquals(404, get(base + "-../1.jpg", null).statusCode());
    }

    @Test
    void theArticlePageWithItsPicturePassesTheNuHtmlChecker() throws Exception {
        Article jpeg = withHero(TestArticles.article(), TestImages.jpeg(2400, 1350));
        Article webp = withHero(TestArticles.article(), TestImages.resource("extended.webp"));

        assertEquals(List.of(), HtmlChecker.errors(Map.of(
                "article with a JPEG hero", page(jpeg).outerHtml(),
                "article with a WebP hero", page(webp).outerHtml())));
    }

    /** Saves the article, then gives it the image through the editor's own form, as an editor would. */
    private static Article withHero(Article.Builder builder, byte[] image) {
        Article article = app.articles().create(builder.slug("hero-" + System.nanoTime()).build());
        HttpResponse<String> saved = admin.saveArticle(article.id(), Map.of(), List.of(
                Part.field("heroAlt", "A nurse measures a patient’s blood pressure"),
                Part.file("heroImage", "hero.bin", "application/octet-stream", image)));
        assertEquals(303, saved.statusCode(), saved.body());
        return app.articles().findById(article.id()).orElseThrow();
    }

    private Document page(Article article) throws Exception {
        HttpResponse<byte[]> response = get(Site.articlePath(article.slug()), null);
        assertEquals(200, response.statusCode());
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static Element heroOf(Document page) {
        Element figure = page.selectFirst("figure.hero");
        assertTrue(figure != null, "no hero figure");
        return figure;
    }

    private static List<String> descriptors(String srcset) {
        return List.of(srcset.split(", ")).stream().map(candidate -> candidate.split(" ")[1]).toList();
    }

    private static int widthOf(byte[] bytes) throws Exception {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
        return picture.getWidth();
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
