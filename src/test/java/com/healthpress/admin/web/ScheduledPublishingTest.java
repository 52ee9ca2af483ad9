package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.article.Article;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** A scheduled article appears on the site by itself when its time comes, with nothing else to do. */
class ScheduledPublishingTest {

    @Test
    void aScheduledArticleAppearsByItselfWhenItsTimeComes() {
        MutableClock clock = MutableClock.startingNow();
        try (TestApp app = TestApp.start(clock)) {
            AdminClient admin = AdminClient.loggedIn(app);
            String at = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC)
                    .format(clock.instant().plus(Duration.ofHours(1)));
            String editor = EditorPagesTest.create(admin, EditorPagesTest.replaced(
                    EditorPagesTest.replaced(EditorPagesTest.articleFields("Scheduled knee article", "scheduled"),
                            "publishedAt", at), "slug", "scheduled-knee-article"));

            assertEquals(404, app.get("/articles/scheduled-knee-article").statusCode());
            assertFalse(app.get("/").body().contains("Scheduled knee article"));
            assertFalse(sitemaps(app).contains("scheduled-knee-article"));
            assertTrue(Jsoup.parse(admin.get("/admin/articles?status=scheduled").body()).text().contains("Scheduled knee article"));
            assertEquals("scheduled", Jsoup.parse(admin.get(editor).body())
                    .select("input[name=status][checked]").attr("value"));

            assertEquals(0, app.publisher().announced());
            clock.advance(Duration.ofMinutes(61));

            assertEquals(200, app.get("/articles/scheduled-knee-article").statusCode());
            assertTrue(app.get("/").body().contains("Scheduled knee article"));
            assertTrue(sitemaps(app).contains("scheduled-knee-article"));
            assertTrue(app.get("/feed.xml").body().contains("Scheduled knee article"));
            Article stored = app.articles().findBySlug("scheduled-knee-article").orElseThrow();
            assertEquals(1, stored.version(), "nothing had to be saved for it to appear");
            assertEquals(1, app.publisher().announced(), "counted once, for the metrics");
        }
    }

    /** Every file the sitemap index names, one after the other. */
    private static String sitemaps(TestApp app) {
        StringBuilder files = new StringBuilder();
        for (String loc : Jsoup.parse(app.get("/sitemap.xml").body(), "", Parser.xmlParser()).select("sitemap > loc")
                .eachText()) {
            files.append(app.get(URI.create(loc).getPath()).body());
        }
        return files.toString();
    }
}
