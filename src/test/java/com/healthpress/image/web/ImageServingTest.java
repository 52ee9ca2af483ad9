package com.healthpress.image.web;

import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.HeroImage;
import com.healthpress.image.ImageRepository;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.healthpress.image.TestImages;
import com.healthpress.image.UploadedImage;
import com.healthpress.storage.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /images/{id}-{hash}.{ext} on the running app, with images of published articles stored through a second connection. */
class ImageServingTest {

    private static TestApp app;
    private static Database database;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = TestApp.start();
        database = Database.open(app.databaseUrl());
    }

    @AfterAll
    static void stop() {
        database.close();
        app.close();
    }

    @Test
    void storedImageIsServedWithItsTypeAndCachedForever() throws Exception {
        UploadedImage image = UploadedImage.read(TestImages.resource("lossless.webp"));
        String path = store(image);

        HttpResponse<byte[]> response = get(path, null);

        assertEquals(200, response.statusCode());
        assertArrayEquals(image.bytes(), response.body());
        assertEquals("image/webp", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals('"' + image.sha256() + '"', response.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void eachFormatIsServedWithItsOwnType() throws Exception {
        String jpeg = store(UploadedImage.read(TestImages.jpeg(320, 200)));
        String png = store(UploadedImage.read(TestImages.png(320, 200)));

        assertEquals("image/jpeg", get(jpeg, null).headers().firstValue("Content-Type").orElseThrow());
        assertEquals("image/png", get(png, null).headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void matchingEntityTagAnswersNotModifiedWithoutBody() throws Exception {
        UploadedImage image = UploadedImage.read(TestImages.png(320, 200));
        String path = store(image);
        String etag = '"' + image.sha256() + '"';

        HttpResponse<byte[]> exact = get(path, etag);
        HttpResponse<byte[]> inList = get(path, "\"other\", W/" + etag);
        HttpResponse<byte[]> other = get(path, "\"" + "0".repeat(64) + "\"");

        assertEquals(304, exact.statusCode());
        assertEquals(0, exact.body().length);
        assertEquals(etag, exact.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, inList.statusCode());
        assertEquals(200, other.statusCode());
    }

    @Test
    void wrongHashExtensionOrIdIsNotFound() throws Exception {
        UploadedImage image = UploadedImage.read(TestImages.png(320, 200));
        String path = store(image);
        String id = path.substring("/images/".length(), path.indexOf('-'));
        String hash = image.sha256().substring(0, 10);
        String otherHash = (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);

        assertEquals(200, get(path, null).statusCode());
        assertNotFound("/images/" + id + "-" + otherHash + ".png");
        assertNotFound("/images/" + id + "-" + hash + ".jpg");
        assertNotFound("/images/" + id + "-" + hash + ".webp");
        assertNotFound("/images/" + id + "-" + hash.toUpperCase() + ".png");
        assertNotFound("/images/" + id + "-" + hash + ".png.html");
        assertNotFound("/images/999999-" + hash + ".png");
        assertNotFound("/images/0" + id + "-" + hash + ".png");
        assertNotFound("/images/" + id + ".png");
        assertNotFound("/images/99999999999999999999-" + hash + ".png");
    }

    private void assertNotFound(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, null);
        assertEquals(404, response.statusCode(), path);
        assertFalse(response.headers().firstValue("Cache-Control").orElse("").contains("immutable"), path);
    }

    /** Stores the image as the hero image of a new published article, so that readers may get it. */
    private static String store(UploadedImage image) {
        long id = database.jdbi().withExtension(ImageRepository.class, images -> images.insert(
                image.format().contentType(), image.width(), image.height(), image.sha256(), image.bytes(),
                Instant.now()));
        HeroImage hero = new HeroImage(id, "A chart", image.width(), image.height(), image.format().contentType(),
                image.sha256(), false);
        app.articles().create(TestArticles.article().slug("image-" + id).heroImage(hero).build());
        return hero.path();
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
