package com.healthpress.articles.web;

import com.healthpress.AdminClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.healthpress.AdminClient.Part;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.HeroImage;
import com.healthpress.image.TestImages;
import com.healthpress.server.HtmlChecker;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The home page, topic pages and search results show each article's small square thumbnail beside its teaser when
 * it has a hero image (WebP first, the original format as the fallback), and nothing when it has none.
 */
class ListingThumbnailsTest {

    /** A word no other article holds, so that search finds just these two. */
    private static final String WORD = "Quokkathumb";
    private static final String TOPIC = "Thumbnail care";

    private static TestApp app;
    private static AdminClient admin;
    private static Article withHero;
    private static Article withoutHero;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = AdminClient.loggedIn(app);
        withoutHero = app.articles().create(TestArticles.article().slug("plain-" + WORD.toLowerCase())
                .title(WORD + " without a picture").topic(TOPIC).build());
        Article created = app.articles().create(TestArticles.article().slug("pictured-" + WORD.toLowerCase())
                .title(WORD + " with a picture").topic(TOPIC).build());
        HttpResponse<String> saved = admin.saveArticle(created.id(), Map.of(), List.of(
                Part.field("heroAlt", "A knee in a brace"),
                Part.file("heroImage", "knee.jpg", "image/jpeg", TestImages.jpeg(1600, 900))));
        assertEquals(303, saved.statusCode(), saved.body());
        withHero = app.articles().findById(created.id()).orElseThrow();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/topics/thumbnail-care", "/search?q=" + WORD})
    void anArticleWithAHeroShowsItsThumbnailAndOneWithoutShowsNone(String path) {
        HeroImage hero = withHero.heroImage();

        Element picture = teaserOf(path, withHero).selectFirst("picture");
        assertNotNull(picture, path);
        Element webp = picture.selectFirst("source");
        assertEquals("image/webp", webp.attr("type"));
        assertEquals(hero.webpThumbnail().path(), webp.attr("srcset"));
        Element img = picture.selectFirst("img");
        assertEquals(hero.thumbnail().path(), img.attr("src"));
        assertEquals("240", img.attr("width"));
        assertEquals("240", img.attr("height"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("async", img.attr("decoding"));
        assertEquals("", img.attr("alt"));
        assertNull(teaserOf(path, withoutHero).selectFirst("picture, img"), path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"source", "img"})
    void theThumbnailAnswers200AsA240PixelSquare(String element) throws IOException {
        Element picture = teaserOf("/", withHero).selectFirst("picture");
        String path = element.equals("img") ? picture.selectFirst("img").attr("src")
                : picture.selectFirst("source").attr("srcset");

        HttpResponse<byte[]> response = app.getBytes(path);

        assertEquals(200, response.statusCode(), path);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertNotNull(image, path);
        assertEquals(240, image.getWidth());
        assertEquals(240, image.getHeight());
    }

    @Test
    void listingsWithThumbnailsPassTheNuHtmlChecker() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of("/", "/topics/thumbnail-care", "/search?q=" + WORD)) {
            assertNotNull(teaserOf(path, withHero).selectFirst("picture"), path);
            pages.put(path, app.get(path).body());
        }

        assertEquals(List.of(), HtmlChecker.errors(pages));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/topics/thumbnail-care", "/search?q=" + WORD})
    void aCachedListingShowsAHeroAddedAfterItAndDropsItWhenRemoved(String path) {
        Article article = app.articles().create(TestArticles.article().slug("later-" + System.nanoTime())
                .title(WORD + " pictured later").topic(TOPIC).build());
        assertNull(teaserOf(path, article).selectFirst("picture"), path);
        assertNull(teaserOf(path, article).selectFirst("picture"), "cached: " + path);

        save(article, Part.field("heroAlt", "A knee in a brace"),
                Part.file("heroImage", "knee.jpg", "image/jpeg", TestImages.jpeg(800, 600)));
        HeroImage hero = app.articles().findById(article.id()).orElseThrow().heroImage();
        assertEquals(hero.thumbnail().path(), teaserOf(path, article).selectFirst("picture img").attr("src"), path);

        save(app.articles().findById(article.id()).orElseThrow(), Part.field("removeHeroImage", "on"));
        assertNull(teaserOf(path, article).selectFirst("picture"), path);
    }

    private static void save(Article article, Part... parts) {
        HttpResponse<String> saved = admin.saveArticle(article.id(), Map.of(), List.of(parts));
        assertEquals(303, saved.statusCode(), saved.body());
    }

    private static Element teaserOf(String path, Article article) {
        HttpResponse<String> page = app.get(path);
        assertEquals(200, page.statusCode(), path);
        Element link = Jsoup.parse(page.body()).selectFirst(".teaser a[href=/articles/" + article.slug() + "]");
        assertNotNull(link, path + " lists " + article.slug());
        return link.closest(".teaser");
    }
}
