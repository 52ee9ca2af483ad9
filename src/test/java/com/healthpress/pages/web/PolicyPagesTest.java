package com.healthpress.pages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Simple pages over HTTP: drafts stay hidden, published ones are served, linked, mapped and edited safely. */
class PolicyPagesTest {

    private static TestApp app;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        app = TestApp.startWith(Map.of("RENDER_AHEAD", "off")); // counts the renders readers cause
        admin = AdminClient.loggedIn(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aDraftIsNowhereOnTheSiteAndPublishingItPutsItInTheFooterTheSitemapAndItsOwnPage() throws Exception {
        long id = PageForms.pageId(admin, "editorial-policy");
        assertEquals(404, app.get("/pages/editorial-policy").statusCode());
        assertFalse(footerLinks(app.get("/").body()).contains("/pages/editorial-policy"));
        assertFalse(app.get("/sitemaps/pages.xml").body().contains("/pages/editorial-policy"));
        app.get("/search?q=x");

        HttpResponse<String> published = PageForms.savePage(admin, id, Map.of("status", "PUBLISHED"));

        assertEquals(303, published.statusCode(), published.body());
        HttpResponse<String> page = app.get("/pages/editorial-policy");
        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        assertEquals("Editorial policy", html.select("main h1").text());
        assertEquals("Editorial policy — Healthpress Test", html.title());
        assertEquals(app.url("/pages/editorial-policy"), html.select("link[rel=canonical]").attr("href"));
        assertFalse(html.select("meta[name=description]").attr("content").isBlank());
        assertTrue(html.select("main h2").size() >= 3, "the Markdown headings are rendered");
        assertTrue(footerLinks(page.body()).contains("/pages/editorial-policy"));
        assertTrue(footerLinks(app.get("/").body()).contains("/pages/editorial-policy"), "the cached home changed");
        assertTrue(footerLinks(app.get("/search?q=x").body()).contains("/pages/editorial-policy"));
        assertTrue(app.get("/sitemaps/pages.xml").body().contains("<loc>" + app.url("/pages/editorial-policy")
                + "</loc>"));

        JsonNode webPage = node(page.body(), "WebPage");
        assertEquals(app.url("/pages/editorial-policy") + "#webpage", webPage.path("@id").asText());
        assertEquals("Editorial policy", webPage.path("name").asText());
        JsonNode trail = node(page.body(), "BreadcrumbList").path("itemListElement");
        assertEquals(2, trail.size());
        assertEquals(app.url("/pages/editorial-policy"), trail.get(1).path("item").asText());
    }

    @Test
    void theAboutPageIsAnAboutPageAndAnEditIsServedAtOnceThoughTheCacheHeldIt() throws Exception {
        long id = PageForms.pageId(admin, "about");
        assertEquals(303, PageForms.savePage(admin, id, Map.of("status", "PUBLISHED")).statusCode());
        app.get("/pages/about");
        long renders = app.pageCache().renders();
        assertEquals(200, app.get("/pages/about").statusCode());
        assertEquals(renders, app.pageCache().renders(), "the second request was answered from the cache");

        HttpResponse<String> edited = PageForms.savePage(admin, id, Map.of("body", "We are a *small* team.\n\n## Why"));

        assertEquals(303, edited.statusCode(), edited.body());
        HttpResponse<String> page = app.get("/pages/about");
        assertTrue(page.body().contains("We are a <em>small</em> team."), page.body());
        JsonNode about = node(page.body(), "AboutPage");
        assertEquals(app.url("/") + "#organization", about.path("about").path("@id").asText());
    }

    @Test
    void rawHtmlInAPageIsShownAsTextNeverRun() {
        long id = PageForms.pageId(admin, "medical-review-policy");
        PageForms.savePage(admin, id, Map.of("status", "PUBLISHED",
                "body", "Text <script>alert(1)</script> and [a link](javascript:alert(2))."));

        String body = app.get("/pages/medical-review-policy").body();

        assertFalse(body.contains("<script>alert"), body);
        assertFalse(body.contains("javascript:alert"), body);
    }

    @Test
    void aSecondEditorsSaveFromTheSameVersionIsAConflictAndNeitherTextIsLost() {
        long id = PageForms.pageId(admin, "corrections-policy");
        AdminClient other = AdminClient.loggedIn(app);
        String editor = "/admin/pages/" + id;
        List<Map.Entry<String, String>> mine = PageForms.fields(admin.get(editor).body(), "form.editor",
                Map.of("body", "My text."));
        assertEquals(303, PageForms.savePage(other, id, Map.of("body", "Their text.")).statusCode());

        HttpResponse<String> conflict = admin.post(editor, mine);

        assertEquals(409, conflict.statusCode());
        Document page = Jsoup.parse(conflict.body());
        assertEquals("My text.", page.selectFirst("form.editor textarea[name=body]").wholeText());
        assertTrue(page.select("section.form-errors").text().contains("Their text."), conflict.body());
        HttpResponse<String> again = admin.post(editor, PageForms.fields(conflict.body(), "form.editor", Map.of()));
        assertEquals(303, again.statusCode(), again.body());
        String history = admin.get(editor + "/history").body();
        assertTrue(history.contains("My text.") && history.contains("Their text."), history);
    }

    @Test
    void anEarlierVersionIsRestoredFromTheHistoryAndAStaleRestoreIsRefused() {
        long id = PageForms.pageId(admin, "corrections-policy");
        String editor = "/admin/pages/" + id;
        assertEquals(303, PageForms.savePage(admin, id, Map.of("body", "Version to keep.")).statusCode());
        String history = admin.get(editor + "/history").body();
        assertEquals(303, PageForms.savePage(admin, id, Map.of("body", "A later change.")).statusCode());
        List<Map.Entry<String, String>> staleRestore = PageForms.fields(history, "form[action$=/restore]", Map.of());
        String action = Jsoup.parse(history).selectFirst("form[action$=/restore]").attr("action");

        assertEquals(409, admin.post(action, staleRestore).statusCode());

        Document fresh = Jsoup.parse(admin.get(editor + "/history").body());
        String keep = fresh.select("table.history tbody tr").stream()
                .filter(row -> row.text().contains("Version to keep.")).findFirst().orElseThrow()
                .selectFirst("form").attr("action");
        assertEquals(303, admin.post(keep, PageForms.fields(fresh.outerHtml(), "form[action=\"" + keep + "\"]",
                Map.of())).statusCode());
        assertEquals("Version to keep.", Jsoup.parse(admin.get(editor).body())
                .selectFirst("textarea[name=body]").wholeText());
    }

    @Test
    void aPublishedPagesOldAddressLeadsToItsNewOneUntilAnotherPageTakesIt() {
        long id = PageForms.pageId(admin, "corrections-policy");
        assertEquals(303, PageForms.savePage(admin, id, Map.of("status", "PUBLISHED")).statusCode());
        assertEquals(200, app.get("/pages/corrections-policy").statusCode());

        assertEquals(303, PageForms.savePage(admin, id, Map.of("slug", "corrections")).statusCode());

        HttpResponse<String> old = app.get("/pages/corrections-policy");
        assertEquals(301, old.statusCode());
        assertEquals("/pages/corrections", old.headers().firstValue("Location").orElseThrow());
        assertEquals(200, app.get("/pages/corrections").statusCode());
        assertEquals(303, PageForms.savePage(admin, id, Map.of("status", "DRAFT")).statusCode());
        assertEquals(404, app.get("/pages/corrections-policy").statusCode(), "a draft is nowhere, not even by 301");
        assertEquals(303, PageForms.savePage(admin, id, Map.of("status", "PUBLISHED", "slug", "corrections-policy"))
                .statusCode());
        assertEquals(200, app.get("/pages/corrections-policy").statusCode(), "its old address is its own again");
        HttpResponse<String> back = app.get("/pages/corrections");
        assertEquals(301, back.statusCode());
        assertEquals("/pages/corrections-policy", back.headers().firstValue("Location").orElseThrow());
    }

    static List<String> footerLinks(String html) {
        return Jsoup.parse(html).select("footer nav a").eachAttr("href");
    }

    /** The one node of this type in the page's JSON-LD graph. */
    static JsonNode node(String html, String type) throws Exception {
        String jsonLd = Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data();
        for (JsonNode node : new ObjectMapper().readTree(jsonLd).path("@graph")) {
            if (node.path("@type").asText().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + jsonLd);
    }
}
