package com.healthpress.pages.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.healthpress.AdminClient;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Settings and pages saved through one instance reach the cached pages of another on the same database. */
class PublisherOnSeveralInstancesTest {

    @Test
    void aPagePublishedAndSettingsSavedOnOneInstanceShowOnTheOthersCachedPages() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        String database = TestDatabases.fresh();
        Path dir = Files.createTempDirectory("instances");
        try (TestApp first = TestApp.start(dir, database, clock); TestApp second = TestApp.start(dir, database, clock)) {
            AdminClient admin = AdminClient.loggedIn(first);
            assertEquals("Healthpress Test — trustworthy health articles", Jsoup.parse(second.get("/").body()).title());
            assertFalse(PolicyPagesTest.footerLinks(second.get("/").body()).contains("/pages/about"));

            assertEquals(303, PageForms.savePage(admin, PageForms.pageId(admin, "about"),
                    Map.of("status", "PUBLISHED")).statusCode());
            assertEquals(303, admin.postMultipart("/admin/settings",
                    PageForms.settingsParts(admin, Map.of("siteName", "Shared Health"))).statusCode());

            await("the other instance shows the new name and the footer link").atMost(Duration.ofSeconds(10))
                    .until(() -> {
                        String home = second.get("/").body();
                        return Jsoup.parse(home).title().equals("Shared Health — trustworthy health articles")
                                && PolicyPagesTest.footerLinks(home).contains("/pages/about");
                    });
            assertEquals(200, second.get("/pages/about").statusCode());
        }
    }
}
