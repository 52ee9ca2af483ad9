package com.healthpress.links.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.access.Role;
import com.healthpress.article.Article;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The internal links report over HTTP, with the real app: orphans, broken links, old addresses, who may see it. */
class LinkPagesTest {

    private static TestApp app;
    private static Article orphan;
    private static Article source;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        Instant published = Instant.now().minusSeconds(3_600);
        Article target = app.articles().create(TestArticles.published("Linked target", published).toBuilder()
                .slug("linked-target").body("No links here.").build());
        Article renamed = app.articles().create(TestArticles.published("Renamed", published).toBuilder()
                .slug("renamed-before").body("No links here.").build());
        app.articles().update(renamed.toBuilder().slug("renamed-after").build());
        orphan = app.articles().create(TestArticles.published("Nobody links here", published).toBuilder()
                .slug("nobody-links-here").body("[Read the target](/articles/linked-target) and "
                        + "[the renamed one](" + app.url("/articles/renamed-before") + ").").build());
        source = app.articles().create(TestArticles.published("Source of a broken link", published).toBuilder()
                .slug("broken-source").body("See [the vanished page](/articles/vanished) and "
                        + "[the renamed one](/articles/renamed-after).").build());
        assertTrue(target.id() > 0);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theReportListsOrphansWithALinkToTheirEditor() {
        HttpResponse<String> response = AdminClient.loggedIn(app).get("/admin/links");

        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        Element row = page.select("table.list tr").stream()
                .filter(tr -> tr.text().contains("Nobody links here")).findFirst().orElseThrow();
        assertNotNull(row.selectFirst("a[href=/admin/articles/" + orphan.id() + "]"), row.outerHtml());
        assertNotNull(row.selectFirst("a[href=/articles/nobody-links-here]"), row.outerHtml());
        assertTrue(page.select("table.list").text().contains("Source of a broken link"));
        assertTrue(!page.select("table.list").text().contains("Linked target"), "an article linked to is no orphan");
        assertTrue(!page.select("table.list").text().contains("Renamed"), "linked to at its old address");
    }

    @Test
    void theReportListsBrokenLinksWithTheArticleTheyAreIn() {
        Document page = Jsoup.parse(AdminClient.loggedIn(app).get("/admin/links?show=broken").body());

        List<Element> rows = page.select("table.list tbody tr");
        assertEquals(1, rows.size(), page.select("table.list").outerHtml());
        Element row = rows.get(0);
        assertNotNull(row.selectFirst("a[href=/admin/articles/" + source.id() + "]"), row.outerHtml());
        assertTrue(row.text().contains("/articles/vanished"), row.text());
        assertTrue(row.text().contains("“the vanished page”"), row.text());
        assertTrue(row.text().contains("No article has this address."), row.text());
    }

    @Test
    void theReportListsLinksToAnOldAddressWithTheAbsoluteOnesOfTheSite() {
        Document page = Jsoup.parse(AdminClient.loggedIn(app).get("/admin/links?show=old").body());

        List<Element> rows = page.select("table.list tbody tr");
        assertEquals(1, rows.size(), page.select("table.list").outerHtml());
        assertTrue(rows.get(0).text().contains("Nobody links here"), rows.get(0).text());
        assertTrue(rows.get(0).text().contains("it redirects to /articles/renamed-after"), rows.get(0).text());
    }

    @Test
    void everyRoleOfTheAdminMaySeeTheReportAndNobodyElse() {
        HttpResponse<String> anonymous = app.get("/admin/links");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").startsWith("/admin/login?next="));

        for (Role role : Role.values()) {
            assertEquals(200, AdminClient.loggedIn(app, role).get("/admin/links?show=broken").statusCode(),
                    role.storedName());
        }
    }

    @Test
    void theAdminNavigationLinksToTheReport() {
        Document dashboard = Jsoup.parse(AdminClient.loggedIn(app, Role.WRITER).get("/admin").body());
        assertNotNull(dashboard.selectFirst("nav[aria-label=Admin] a[href=/admin/links]"));
    }
}
