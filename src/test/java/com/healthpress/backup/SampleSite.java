package com.healthpress.backup;

import com.healthpress.AdminClient;
import com.healthpress.AdminClient.Part;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.ImagePaths;
import com.healthpress.article.Reference;
import com.healthpress.articles.ArticleService;
import com.healthpress.storage.Database;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Handle;

/**
 * A site with some of everything an export holds, made as editors make it: the demo articles, an admin who logged
 * in, articles with FAQ and references, edits (revisions), a hero image with its variants saved through the
 * editor's form, a topic of its own, a slug change that left a redirect, a draft, a scheduled article and one in the
 * trash.
 */
final class SampleSite {

    static final String OLD_SLUG = "coffee-and-your-heart";
    static final String NEW_SLUG = "coffee-and-the-heart";
    static final int HERO_WIDTH = 480;
    static final int HERO_HEIGHT = 240;

    private SampleSite() {
    }

    /** Fills the app's database, moving the clock a minute between saves; returns the admin who did it. */
    static AdminClient fill(TestApp app, MutableClock clock) {
        ArticleService articles = app.articles();
        AdminClient admin = AdminClient.loggedIn(app);
        Duration daysAgo = Duration.ofDays(20);

        clock.advance(Duration.ofMinutes(1));
        Article sleep = articles.create(TestArticles.published("Sleep hygiene basics", clock.instant().minus(daysAgo))
                .toBuilder()
                .references(List.of(
                        new Reference("Sleep and health", "Sleep Foundation", 2024, "https://example.org/sleep"),
                        new Reference("A leaflet without a link", null, null, null)))
                .build(), admin.username(), "Created");
        clock.advance(Duration.ofMinutes(1));
        sleep = articles.update(sleep.toBuilder()
                .lead("Edited: “typographic quotes” — <angle brackets> & ünïcödé 🫀 stay as they are.")
                .build());
        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> saved = admin.saveArticle(sleep.id(), Map.of(), List.of(
                Part.field("heroAlt", "A calm bedroom at night"),
                Part.file("heroImage", "bedroom.png", "image/png", png(HERO_WIDTH, HERO_HEIGHT, Color.BLUE))));
        if (saved.statusCode() != 303) {
            throw new IllegalStateException("the hero image was not saved: " + saved.statusCode() + " " + saved.body());
        }

        clock.advance(Duration.ofMinutes(1));
        Article coffee = articles.create(TestArticles.withTopic(
                TestArticles.published("Coffee and your heart", clock.instant().minus(daysAgo)), "Heart & Circulation")
                .toBuilder().slug(OLD_SLUG).build());
        clock.advance(Duration.ofMinutes(1));
        articles.update(coffee.toBuilder().slug(NEW_SLUG).build());

        clock.advance(Duration.ofMinutes(1));
        articles.create(TestArticles.draft("Headaches after screen time"));
        articles.create(TestArticles.published("Spring allergies", clock.instant().plus(Duration.ofDays(7))));
        Article outdated = articles.create(TestArticles.published("An outdated page", clock.instant().minus(daysAgo)));
        clock.advance(Duration.ofMinutes(1));
        articles.moveToTrash(outdated.id(), admin.username());
        return admin;
    }

    /** Every public address of the site in this database, image variants and pages that are not there included. */
    static List<String> publicPaths(String databaseUrl) {
        List<String> paths = new ArrayList<>(List.of("/", "/?page=2", "/robots.txt", "/sitemap.xml", "/feed.xml",
                "/articles/no-such-article", "/articles/" + OLD_SLUG));
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            handle.createQuery("SELECT slug FROM article ORDER BY id").mapTo(String.class)
                    .forEach(slug -> paths.add("/articles/" + slug));
            handle.createQuery("SELECT slug FROM person ORDER BY id").mapTo(String.class)
                    .forEach(slug -> paths.add("/people/" + slug));
            handle.createQuery("SELECT DISTINCT topic_slug FROM article WHERE topic_slug IS NOT NULL "
                    + "ORDER BY topic_slug").mapTo(String.class).forEach(topic -> paths.add("/topics/" + topic));
            handle.createQuery("SELECT id, sha256, content_type FROM image ORDER BY id")
                    .map((rs, ctx) -> ImagePaths.path(rs.getLong("id"), rs.getString("sha256"),
                            rs.getString("content_type")))
                    .forEach(paths::add);
            handle.createQuery("""
                    SELECT v.image_id, i.sha256, v.name, v.content_type FROM image_variant v
                    JOIN image i ON i.id = v.image_id ORDER BY v.image_id, v.name, v.content_type""")
                    .map((rs, ctx) -> variantPath(rs.getLong("image_id"), rs.getString("sha256"),
                            rs.getString("name"), rs.getString("content_type")))
                    .forEach(paths::add);
        }
        return paths;
    }

    /** A variant's path: its image's path with the variant's name before the extension of its own format. */
    private static String variantPath(long imageId, String sha256, String name, String contentType) {
        String path = ImagePaths.path(imageId, sha256, contentType);
        int extension = path.lastIndexOf('.');
        return path.substring(0, extension) + "-" + name + path.substring(extension);
    }

    static byte[] png(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
