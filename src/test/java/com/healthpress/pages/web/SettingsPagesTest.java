package com.healthpress.pages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The site settings over HTTP: they reach every page's title and Organization, cached pages included. */
class SettingsPagesTest {

    @Test
    void savedSettingsReachTheTitlesAndTheOrganizationOfPagesTheCacheHeld() throws Exception {
        try (TestApp app = TestApp.start()) {
            AdminClient admin = AdminClient.loggedIn(app);
            Article article = app.articles().create(TestArticles.published("Settings reach me", Instant.now()));
            long editorial = PageForms.pageId(admin, "editorial-policy");
            assertEquals(303, PageForms.savePage(admin, editorial, Map.of("status", "PUBLISHED")).statusCode());
            String articlePath = "/articles/" + article.slug();
            JsonNode before = PolicyPagesTest.node(app.get(articlePath).body(), "Organization");
            assertEquals("Healthpress Test", before.path("name").asText());
            for (String property : List.of("publishingPrinciples", "correctionsPolicy", "ethicsPolicy",
                    "actionableFeedbackPolicy", "contactPoint", "description")) {
                assertFalse(before.has(property), property + " is not set, so not said: " + before);
            }
            app.get("/");

            HttpResponse<String> saved = admin.postMultipart("/admin/settings", PageForms.settingsParts(admin, Map.of(
                    "siteName", "Clear Health",
                    "siteDescription", "Plain health facts, checked by clinicians.",
                    "policy-publishingPrinciples", String.valueOf(editorial),
                    "contactEmail", "editor@example.org",
                    "contactType", "editorial")));

            assertEquals(303, saved.statusCode(), saved.body());
            Document home = Jsoup.parse(app.get("/").body());
            assertEquals("Clear Health — trustworthy health articles", home.title());
            assertEquals("Plain health facts, checked by clinicians.",
                    home.select("meta[name=description]").attr("content"));
            Document articlePage = Jsoup.parse(app.get(articlePath).body());
            assertEquals("Clear Health", articlePage.select("meta[property=og:site_name]").attr("content"));
            JsonNode organization = PolicyPagesTest.node(articlePage.outerHtml(), "Organization");
            assertEquals("Clear Health", organization.path("name").asText());
            assertEquals("Plain health facts, checked by clinicians.", organization.path("description").asText());
            assertEquals(app.url("/pages/editorial-policy"), organization.path("publishingPrinciples").asText());
            assertEquals("editor@example.org", organization.path("contactPoint").path("email").asText());
            assertEquals("editorial", organization.path("contactPoint").path("contactType").asText());
            assertFalse(organization.has("correctionsPolicy"), organization.toString());
            assertFalse(organization.path("contactPoint").has("url"), organization.toString());
            assertEquals("Editorial policy — Clear Health", Jsoup.parse(app.get("/pages/editorial-policy").body()).title());
        }
    }

    @Test
    void aLogoWithItsAltTextIsShownInTheHeaderServedToReadersAndNamedInTheOrganization() throws Exception {
        try (TestApp app = TestApp.start()) {
            AdminClient admin = AdminClient.loggedIn(app);
            List<AdminClient.Part> parts = new ArrayList<>(PageForms.settingsParts(admin, Map.of("logoAlt", "Clear Health")));
            parts.add(AdminClient.Part.file("logo", "logo.png", "image/png", png(400, 200)));

            HttpResponse<String> saved = admin.postMultipart("/admin/settings", parts);

            assertEquals(303, saved.statusCode(), saved.body());
            Document home = Jsoup.parse(app.get("/").body());
            String src = home.select("header img.site-logo").attr("src");
            assertEquals("Clear Health", home.select("header img.site-logo").attr("alt"));
            assertEquals(200, app.getBytes(src).statusCode(), "readers may fetch the logo");
            JsonNode logo = PolicyPagesTest.node(home.outerHtml(), "Organization").path("logo");
            assertEquals(app.url(src), logo.path("url").asText());
            assertEquals(400, logo.path("width").asInt());
        }
    }

    @Test
    void theLogoOutlivesTheArticleWhoseHeroImageHadTheSameFile() throws Exception {
        try (TestApp app = TestApp.start()) {
            AdminClient admin = AdminClient.loggedIn(app);
            byte[] file = png(400, 200);
            Article article = app.articles().create(TestArticles.published("A hero like the logo", Instant.now()));
            assertEquals(303, admin.saveArticle(article.id(), Map.of(), List.of(
                    AdminClient.Part.field("heroAlt", "A blue circle"),
                    AdminClient.Part.file("heroImage", "hero.png", "image/png", file))).statusCode());
            List<AdminClient.Part> parts = new ArrayList<>(PageForms.settingsParts(admin, Map.of("logoAlt", "Logo")));
            parts.add(AdminClient.Part.file("logo", "logo.png", "image/png", file));
            assertEquals(303, admin.postMultipart("/admin/settings", parts).statusCode());

            assertEquals(303, admin.post("/admin/articles/" + article.id() + "/trash", Map.of()).statusCode());
            assertEquals(303, admin.post("/admin/trash/empty", Map.of()).statusCode());

            Document home = Jsoup.parse(app.get("/").body());
            assertEquals(200, app.getBytes(home.select("header img.site-logo").attr("src")).statusCode());
        }
    }

    @Test
    void aLogoWithoutAltTextIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        try (TestApp app = TestApp.start()) {
            AdminClient admin = AdminClient.loggedIn(app);
            List<AdminClient.Part> parts = new ArrayList<>(PageForms.settingsParts(admin,
                    Map.of("siteName", "Not saved", "logoAlt", "")));
            parts.add(AdminClient.Part.file("logo", "logo.png", "image/png", png(400, 200)));

            HttpResponse<String> refused = admin.postMultipart("/admin/settings", parts);

            assertEquals(422, refused.statusCode());
            assertFalse(Jsoup.parse(refused.body()).select("#logoAlt-error").text().isBlank(), refused.body());
            assertEquals("Healthpress Test — trustworthy health articles", Jsoup.parse(app.get("/").body()).title());
        }
    }

    @Test
    void aSettingsSaveFromAnOlderVersionIsAConflictThatKeepsWhatWasTyped() {
        try (TestApp app = TestApp.start()) {
            AdminClient admin = AdminClient.loggedIn(app);
            AdminClient other = AdminClient.loggedIn(app);
            List<AdminClient.Part> mine = PageForms.settingsParts(admin, Map.of("siteName", "Mine"));
            assertEquals(303, other.postMultipart("/admin/settings",
                    PageForms.settingsParts(other, Map.of("siteName", "Theirs"))).statusCode());

            HttpResponse<String> conflict = admin.postMultipart("/admin/settings", mine);

            assertEquals(409, conflict.statusCode());
            assertEquals("Mine", Jsoup.parse(conflict.body()).select("#siteName").attr("value"));
            assertEquals("Theirs — trustworthy health articles", Jsoup.parse(app.get("/").body()).title());
        }
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(11, 79, 108));
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
