package com.healthpress.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.healthpress.AdminClient;
import com.healthpress.AdminClient.Part;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.image.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The images an article page names for crawlers and shared links (og:image, the JSON-LD Article's image and the
 * page's primary image) are files the app really serves, in the sizes the page claims: uploaded through the editor's
 * form, fetched back and decoded.
 */
class SharedImagesTest {

    private static TestApp app;
    private static AdminClient admin;

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
    void ogImageIsThe1200WideRenditionTheAppServesWithTheSizeAndTypeThePageStates() throws IOException {
        Document page = articlePageWithHero(TestImages.jpeg(2400, 1800));

        String url = meta(page, "og:image");
        BufferedImage image = fetch(url, meta(page, "og:image:type"));
        assertEquals(1200, image.getWidth());
        assertEquals(900, image.getHeight());
        assertEquals("1200", meta(page, "og:image:width"));
        assertEquals("900", meta(page, "og:image:height"));
        assertEquals("image/jpeg", meta(page, "og:image:type"));
        assertEquals(url, page.selectFirst("meta[name=twitter:image]").attr("content"));
    }

    @Test
    void aLargeHerosJsonLdImagesAreTheThreeCropsAtLeast1200WideAsServed() throws IOException {
        Document page = articlePageWithHero(TestImages.jpeg(2400, 1800));

        List<String> shapes = new ArrayList<>();
        for (JsonNode image : graph(page).only("Article").path("image")) {
            BufferedImage served = fetch(image.path("contentUrl").asText(), "image/jpeg");
            assertEquals(image.path("width").asInt(), served.getWidth(), image.toString());
            assertEquals(image.path("height").asInt(), served.getHeight(), image.toString());
            assertTrue(served.getWidth() >= 1200, image.toString());
            shapes.add(shape(served));
        }
        assertEquals(List.of("16:9", "4:3", "1:1"), shapes);
        JsonNode primary = graph(page).only("MedicalWebPage").path("primaryImageOfPage");
        assertEquals(meta(page, "og:image"), primary.path("url").asText());
    }

    @Test
    void aHeroTooSmallForAnyCropHasOneJsonLdImageThatIsServedAtItsStatedSize() throws IOException {
        Document page = articlePageWithHero(TestImages.jpeg(300, 150));

        JsonNode images = graph(page).only("Article").path("image");
        assertEquals(1, images.size(), images.toString());
        BufferedImage served = fetch(images.get(0).path("url").asText(), "image/jpeg");
        assertEquals(300, served.getWidth());
        assertEquals(150, served.getHeight());
        assertEquals(images.get(0).path("width").asInt(), served.getWidth());
        assertEquals("300", meta(page, "og:image:width"));
        assertEquals("150", meta(page, "og:image:height"));
    }

    private static Document articlePageWithHero(byte[] jpeg) {
        Article article = app.articles().create(TestArticles.article().slug("shared-" + System.nanoTime()).build());
        HttpResponse<String> saved = admin.saveArticle(article.id(), Map.of(), List.of(
                Part.field("heroAlt", "A physiotherapist guiding a stretch"),
                Part.file("heroImage", "stretch.jpg", "image/jpeg", jpeg)));
        assertEquals(303, saved.statusCode(), saved.body());
        HttpResponse<String> page = app.get("/articles/" + article.slug());
        assertEquals(200, page.statusCode());
        return Jsoup.parse(page.body());
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }

    private static Graph graph(Document page) {
        return Graph.parse(page.selectFirst("script[type=application/ld+json]").data());
    }

    /** The image at an absolute URL of the app, checked to be served with the given type, decoded. */
    private static BufferedImage fetch(String url, String contentType) throws IOException {
        assertTrue(url.startsWith(app.url("/images/")), url);
        HttpResponse<byte[]> response = app.getBytes(URI.create(url).getPath());
        assertEquals(200, response.statusCode(), url);
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(""), url);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertNotNull(image, url);
        return image;
    }

    /** 16:9, 4:3 or 1:1 (allowing a pixel of rounding), else the size. */
    private static String shape(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        for (int[] ratio : List.of(new int[] {16, 9}, new int[] {4, 3}, new int[] {1, 1})) {
            if (Math.abs(width * ratio[1] - height * ratio[0]) <= ratio[0]) {
                return ratio[0] + ":" + ratio[1];
            }
        }
        return width + "x" + height;
    }
}
