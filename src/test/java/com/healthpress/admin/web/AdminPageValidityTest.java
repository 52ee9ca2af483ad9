package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.access.Role;
import com.healthpress.pages.web.PageForms;
import com.healthpress.server.HtmlChecker;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Every admin page type is valid HTML5, including the error, conflict and preview states. */
class AdminPageValidityTest {

    @Test
    void everyAdminPageHasNoHtmlErrors() {
        Map<String, String> pages = new LinkedHashMap<>();
        try (TestApp app = TestApp.start()) {
            AdminClient admin = AdminClient.loggedIn(app);
            AdminClient other = AdminClient.loggedIn(app);
            String editor = EditorPagesTest.create(admin, EditorPagesTest.articleFields("Valid admin pages", "published"));
            Document editPage = Jsoup.parse(admin.get(editor).body());

            List<Map.Entry<String, String>> overdue = new ArrayList<>(
                    EditorPagesTest.articleFields("Overdue for review", "published"));
            overdue.add(Map.entry("reviewEveryMonths", "1"));
            EditorPagesTest.create(admin, overdue);
            pages.put("dashboard", ok(admin.get("/admin")));
            pages.put("list", ok(admin.get("/admin/articles")));
            pages.put("review intervals", ok(admin.get("/admin/review-intervals")));
            pages.put("review intervals with errors", status(422, admin.post("/admin/review-intervals",
                    Map.of("topic", "joints", "months", "0"))));
            pages.put("new article", ok(admin.get("/admin/articles/new")));
            pages.put("edit", editPage.outerHtml());
            pages.put("edit with errors", status(422, admin.post(editor,
                    EditorPagesTest.formOf(editPage, Map.of("title", "", "authorName", "Nobody on record")))));
            other.post(editor, EditorPagesTest.formOf(Jsoup.parse(other.get(editor).body()), Map.of("lead", "Theirs.")));
            pages.put("conflict", status(409, admin.post(editor, EditorPagesTest.formOf(editPage, Map.of("lead", "Mine.")))));
            pages.put("preview", ok(admin.post("/admin/preview", EditorPagesTest.formOf(editPage, Map.of()))));
            pages.put("import", ok(admin.get("/admin/import")));
            pages.put("history", ok(admin.get(editor + "/history")));
            AdminClient writer = AdminClient.loggedIn(app, Role.WRITER);
            pages.put("edit, read only", ok(writer.get(editor)));
            pages.put("new article as a writer", ok(writer.get("/admin/articles/new")));
            pages.put("refused", status(403, writer.get("/admin/trash")));
            pages.put("accounts", ok(admin.get("/admin/accounts")));
            HttpResponse<String> invited = admin.post("/admin/accounts", List.of(Map.entry("username", "valid-invitee"),
                    Map.entry("role", "writer")));
            pages.put("accounts with an invitation", ok(invited));
            pages.put("accounts with errors", status(422, admin.post("/admin/accounts",
                    List.of(Map.entry("username", "x")))));
            String link = Jsoup.parse(invited.body()).selectFirst(".invitation-link").text();
            pages.put("invitation", ok(app.get(link.substring(app.url("").length()))));
            admin.post(editor + "/trash", Map.of());
            pages.put("trash", ok(admin.get("/admin/trash")));
            long about = PageForms.pageId(admin, "about");
            String pageEditor = "/admin/pages/" + about;
            pages.put("pages", ok(admin.get("/admin/pages")));
            pages.put("new page", ok(admin.get("/admin/pages/new")));
            pages.put("page editor", ok(admin.get(pageEditor)));
            pages.put("page with errors", status(422, admin.post(pageEditor,
                    PageForms.fields(admin.get(pageEditor).body(), "form.editor", Map.of("title", "", "slug", "A B")))));
            List<Map.Entry<String, String>> stale = PageForms.fields(admin.get(pageEditor).body(), "form.editor",
                    Map.of("body", "Mine."));
            PageForms.savePage(other, about, Map.of("body", "Theirs.", "status", "PUBLISHED"));
            pages.put("page conflict", status(409, admin.post(pageEditor, stale)));
            pages.put("page history", ok(admin.get(pageEditor + "/history")));
            pages.put("settings", ok(admin.get("/admin/settings")));
            pages.put("API keys with a new key", ok(admin.post("/admin/api-keys", Map.of("name", "Newsletter"))));
            pages.put("API keys with errors", status(422, admin.post("/admin/api-keys", Map.of("name", " "))));
            pages.put("webhooks with errors", status(422, admin.post("/admin/webhooks", Map.of("url", "ftp://x"))));
            pages.put("webhooks", ok(admin.get("/admin/webhooks")));
            pages.put("people", ok(admin.get("/admin/people")));
            pages.put("new person", ok(admin.get("/admin/people/new")));
            String personEditor = Jsoup.parse(admin.get("/admin/people").body()).selectFirst("table a[href^=/admin/people/]")
                    .attr("href");
            pages.put("person editor", ok(admin.get(personEditor)));
            pages.put("links: orphans", ok(admin.get("/admin/links")));
            pages.put("links: broken", ok(admin.get("/admin/links?show=broken")));
            pages.put("links: old addresses", ok(admin.get("/admin/links?show=old&after=1-1")));
            pages.put("settings with errors", status(422, admin.postMultipart("/admin/settings",
                    PageForms.settingsParts(admin, Map.of("contactEmail", "not an address")))));
        }

        assertEquals(List.of(), HtmlChecker.errors(pages));
    }

    private static String ok(HttpResponse<String> response) {
        return status(200, response);
    }

    private static String status(int expected, HttpResponse<String> response) {
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }
}
