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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Handle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A site with some of everything an export holds, made as editors make it: the demo articles, an admin who logged
 * in, articles with FAQ and references, edits (revisions), a hero image with its variants saved through the
 * editor's form, a topic of its own, a slug change that left a redirect, a draft, a scheduled article and one in the
 * trash; an author whose profile moved to a new address; a redirect and a gone address; a review interval for the Sleep topic and one article's own; two published policy pages (one edited), two drafts, and settings with a policy, a contact and a logo.
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
                        new Reference("Sleep and health", "Sleep Foundation", 2024, "https://example.org/sleep",
                                LocalDate.of(2026, 3, 2)),
                        new Reference("A leaflet without a link", null, null, null, null)))
                .build(), admin.username(), "Created");
        clock.advance(Duration.ofMinutes(1));
        sleep = articles.update(sleep.toBuilder()
                .lead("Edited: “typographic quotes” — <angle brackets> & ünïcödé 🫀 stay as they are.")
                .build());
        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> saved = admin.saveArticle(sleep.id(), Map.of("changeKind", "correction",
                "changeNote", "Corrected “the hours” — <b>not</b> bold & ünïcödé"), List.of(
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
        articles.update(coffee.toBuilder().slug(NEW_SLUG).reviewEveryMonths(3).build());

        clock.advance(Duration.ofMinutes(1));
        articles.create(TestArticles.draft("Headaches after screen time"));
        articles.create(TestArticles.published("Spring allergies", clock.instant().plus(Duration.ofDays(7))));
        Article outdated = articles.create(TestArticles.published("An outdated page", clock.instant().minus(daysAgo)));
        clock.advance(Duration.ofMinutes(1));
        articles.moveToTrash(outdated.id(), admin.username());

        clock.advance(Duration.ofMinutes(1));
        moveAuthorsProfile(admin, sleep.author().personId());
        clock.advance(Duration.ofMinutes(1));
        fillPagesAndSettings(admin);
        expect303(admin.post("/admin/review-intervals", Map.of("topic", "sleep", "months", "6")));
        expect303(admin.post("/admin/redirects", Map.of("from", "/2019/05/coffee.html", "to", "/articles/" + NEW_SLUG,
                "status", "301")));
        expect303(admin.post("/admin/redirects", Map.of("from", "/old-quiz", "to", "", "status", "410")));
        return admin;
    }

    /**
     * Publishes two starter pages (one edited twice, so it has revisions; the other moved to a new slug, so its
     * old one redirects), leaves the others drafts, and saves
     * settings that name a policy page, a contact point and a logo.
     */
    private static void fillPagesAndSettings(AdminClient admin) {
        long editorial = pageId(admin, "editorial-policy");
        expect303(admin.post("/admin/pages/" + editorial, pageForm(admin, editorial,
                Map.of("status", "PUBLISHED", "summary", "Published"))));
        expect303(admin.post("/admin/pages/" + editorial, pageForm(admin, editorial,
                Map.of("body", "## What we publish\n\nEdited: “quotes” & <brackets> stay text."))));
        long about = pageId(admin, "about");
        expect303(admin.post("/admin/pages/" + about, pageForm(admin, about, Map.of("status", "PUBLISHED"))));
        expect303(admin.post("/admin/pages/" + about, pageForm(admin, about, Map.of("slug", "about-us"))));
        List<Part> settings = new ArrayList<>();
        for (Map.Entry<String, String> field : formFields(admin.get("/admin/settings").body(), "form.settings", Map.of(
                "siteName", "Sample Health", "siteDescription", "A sample publisher.",
                "policy-publishingPrinciples", String.valueOf(editorial), "contactUrl", "https://example.org/contact",
                "contactType", "editorial", "logoAlt", "Sample Health"))) {
            settings.add(Part.field(field.getKey(), field.getValue()));
        }
        // The hero's file: stored once, so the site keeps one image (with its variants) that the tests count.
        settings.add(Part.file("logo", "logo.png", "image/png", png(HERO_WIDTH, HERO_HEIGHT, Color.BLUE)));
        expect303(admin.postMultipart("/admin/settings", settings));
    }

    /** Gives a person record a new address name, so that its old profile address redirects. */
    private static void moveAuthorsProfile(AdminClient admin, long personId) {
        String editor = "/admin/people/" + personId;
        String slug = Jsoup.parse(admin.get(editor).body()).selectFirst("#slug").val();
        List<Part> parts = new ArrayList<>();
        formFields(admin.get(editor).body(), "form.editor", Map.of("slug", slug + "-moved"))
                .forEach(field -> parts.add(Part.field(field.getKey(), field.getValue())));
        expect303(admin.postMultipart(editor, parts));
    }

    private static long pageId(AdminClient admin, String slug) {
        Document list = Jsoup.parse(admin.get("/admin/pages").body());
        for (Element row : list.select("table.list tbody tr")) {
            if (row.select("td").get(1).text().equals("/pages/" + slug)) {
                String href = row.selectFirst("td a").attr("href");
                return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
            }
        }
        throw new IllegalStateException("no page " + slug);
    }

    private static List<Map.Entry<String, String>> pageForm(AdminClient admin, long id, Map<String, String> changes) {
        return formFields(admin.get("/admin/pages/" + id).body(), "form.editor", changes);
    }

    private static List<Map.Entry<String, String>> formFields(String html, String selector,
                                                              Map<String, String> changes) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : Jsoup.parse(html).selectFirst(selector).select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (input.attr("name").equals("csrf") || type.equals("file")
                    || (type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText();
                case "select" -> input.select("option[selected]").attr("value");
                default -> input.attr("value");
            };
            fields.add(Map.entry(input.attr("name"), changes.getOrDefault(input.attr("name"), value)));
        }
        return fields;
    }

    private static void expect303(HttpResponse<String> response) {
        if (response.statusCode() != 303) {
            throw new IllegalStateException("not saved: " + response.statusCode() + " " + response.body());
        }
    }

    /** Every public address of the site in this database, image variants and pages that are not there included. */
    static List<String> publicPaths(String databaseUrl) {
        List<String> paths = new ArrayList<>(List.of("/", "/?page=2", "/robots.txt", "/sitemap.xml", "/feed.xml",
                "/articles/no-such-article", "/articles/" + OLD_SLUG));
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            handle.createQuery("SELECT slug FROM article ORDER BY id").mapTo(String.class)
                    .forEach(slug -> paths.add("/articles/" + slug));
            handle.createQuery("SELECT slug FROM page ORDER BY id").mapTo(String.class)
                    .forEach(slug -> paths.add("/pages/" + slug));
            handle.createQuery("SELECT old_slug FROM page_slug_redirect ORDER BY old_slug").mapTo(String.class)
                    .forEach(slug -> paths.add("/pages/" + slug));
            paths.add("/sitemaps/pages.xml");
            handle.createQuery("SELECT from_path FROM redirect ORDER BY from_path").mapTo(String.class)
                    .forEach(paths::add);
            handle.createQuery("SELECT slug FROM person UNION SELECT old_slug FROM person_slug_redirect ORDER BY 1")
                    .mapTo(String.class)
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
