package com.healthpress.image;

import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.account.LogCapture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import com.healthpress.article.HeroImage;
import com.healthpress.article.ImageFormat;
import com.healthpress.article.ImageVariant;
import com.healthpress.article.VariantPlan;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.site.Site;
import com.healthpress.storage.Database;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Images stored before variants existed (or restored from such an export) get them made in the background, and
 * the pages that show them name the variants once they are made.
 */
class ImageVariantsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void anImageStoredWithoutVariantsGetsEveryPlannedVariantAtItsSizeOnceAndForAll() throws Exception {
        try (Database database = Database.open(TestDatabases.fresh()); ImageWorkers workers = new ImageWorkers();
             ChangeFeed changes = new ChangeFeed(database.jdbi(), CLOCK)) {
            ImageVariants variants = new ImageVariants(database.jdbi(), workers, changes);
            long imageId = storeAsBeforeVariants(database, TestImages.jpeg(1700, 900), ImageFormat.JPEG, 1700,
                    900);
            assertFalse(info(database, imageId).variantsMade());

            assertEquals(1, variants.makeMissing());

            assertTrue(info(database, imageId).variantsMade());
            List<ImageVariant> plan = VariantPlan.of(1700, 900, ImageFormat.JPEG);
            assertEquals(plan.size(), variantRows(database, imageId));
            for (ImageVariant variant : plan) {
                BufferedImage made = decode(variantBytes(database, imageId, variant));
                assertEquals(List.of(variant.width(), variant.height()), List.of(made.getWidth(), made.getHeight()),
                        variant.toString());
            }

            assertEquals(0, variants.makeMissing(), "a second run finds nothing to do");
            assertEquals(plan.size(), variantRows(database, imageId));
        }
    }

    @Test
    void anImageThatCannotBeDecodedIsLoggedAndKeepsItsOriginalWhileTheOthersGetTheirVariants() throws Exception {
        try (Database database = Database.open(TestDatabases.fresh()); ImageWorkers workers = new ImageWorkers();
             ChangeFeed changes = new ChangeFeed(database.jdbi(), CLOCK);
             LogCapture log = new LogCapture()) {
            ImageVariants variants = new ImageVariants(database.jdbi(), workers, changes);
            long damaged = storeAsBeforeVariants(database, TestImages.cut(TestImages.png(640, 360), 0.5),
                    ImageFormat.PNG, 640, 360);
            long whole = storeAsBeforeVariants(database, TestImages.png(641, 360), ImageFormat.PNG, 641, 360);

            assertEquals(1, variants.makeMissing());

            assertFalse(info(database, damaged).variantsMade());
            assertEquals(0, variantRows(database, damaged));
            assertTrue(info(database, whole).variantsMade());
            assertEquals(VariantPlan.of(641, 360, ImageFormat.PNG).size(), variantRows(database, whole));
            assertTrue(log.text().contains("Image " + damaged + " keeps only its original"), log.text());
        }
    }

    @Test
    void thePublicArticlePageNamesTheVariantsOnceTheyAreMadeWithoutWaitingForItsCacheToExpire() throws Exception {
        try (TestApp app = TestApp.start(); Database database = Database.open(app.databaseUrl());
             ImageWorkers workers = new ImageWorkers(); ChangeFeed changes = new ChangeFeed(database.jdbi(), CLOCK)) {
            byte[] png = TestImages.png(1000, 560);
            long imageId = storeAsBeforeVariants(database, png, ImageFormat.PNG, 1000, 560);
            Article article = app.articles().create(TestArticles.article().slug("hero-from-before-variants")
                    .heroImage(new HeroImage(imageId, "A stethoscope on a desk", 1000, 560, "image/png",
                            info(database, imageId).sha256(), false))
                    .build());
            String path = Site.articlePath(article.slug());
            Element before = heroImg(app, path);
            assertNull(article.heroImage().srcset());
            assertFalse(before.hasAttr("srcset"), before.outerHtml());
            assertEquals(article.heroImage().path(), before.attr("src"));

            new ImageVariants(database.jdbi(), workers, changes).makeMissing();

            HeroImage hero = app.articles().findById(article.id()).orElseThrow().heroImage();
            assertNotNull(hero.srcset());
            Element after = awaitHeroImgWithSrcset(app, path, Duration.ofSeconds(30));
            assertEquals(hero.srcset(), after.attr("srcset"));
            assertEquals(hero.src(), after.attr("src"));
            for (String candidate : hero.srcset().split(", ")) {
                String variantPath = candidate.split(" ")[0];
                assertEquals(200, app.get(variantPath).statusCode(), variantPath);
            }
        }
    }

    /** Stores an image as a Healthpress from before variants did: the image row alone, its variants not made. */
    private static long storeAsBeforeVariants(Database database, byte[] bytes, ImageFormat format, int width,
                                              int height) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return database.jdbi().withExtension(ImageRepository.class, images -> images.insert(format.contentType(),
                width, height, sha256, bytes, Instant.now()));
    }

    private static Element heroImg(TestApp app, String path) {
        var response = app.get(path);
        assertEquals(200, response.statusCode(), path);
        Element img = Jsoup.parse(response.body()).selectFirst("figure.hero img");
        assertNotNull(img, "no hero image on " + path);
        return img;
    }

    /** The page is cached: it changes only once the change feed has told the server to drop it. */
    private static Element awaitHeroImgWithSrcset(TestApp app, String path, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        Element img = heroImg(app, path);
        while (!img.hasAttr("srcset") && Instant.now().isBefore(end)) {
            Thread.sleep(100);
            img = heroImg(app, path);
        }
        return img;
    }

    private static StoredImageInfo info(Database database, long imageId) {
        return database.jdbi().withExtension(ImageRepository.class, images -> images.findInfo(imageId))
                .orElseThrow();
    }

    private static byte[] variantBytes(Database database, long imageId, ImageVariant variant) {
        return database.jdbi().withExtension(ImageRepository.class, images -> images.findVariantBytes(imageId,
                variant.name(), variant.format().contentType())).orElseThrow(() -> new AssertionError(variant));
    }

    private static long variantRows(Database database, long imageId) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM image_variant WHERE image_id = :id").bind("id", imageId).mapTo(Long.class).one());
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(picture, "ImageIO cannot read the variant");
        return picture;
    }
}
