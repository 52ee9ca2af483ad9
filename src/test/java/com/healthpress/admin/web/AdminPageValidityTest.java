package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.server.HtmlChecker;
import java.net.http.HttpResponse;
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

            pages.put("list", ok(admin.get("/admin")));
            pages.put("new article", ok(admin.get("/admin/articles/new")));
            pages.put("edit", editPage.outerHtml());
            pages.put("edit with errors", status(422, admin.post(editor,
                    EditorPagesTest.formOf(editPage, Map.of("title", "", "authorName", "Nobody on record")))));
            other.post(editor, EditorPagesTest.formOf(Jsoup.parse(other.get(editor).body()), Map.of("lead", "Theirs.")));
            pages.put("conflict", status(409, admin.post(editor, EditorPagesTest.formOf(editPage, Map.of("lead", "Mine.")))));
            pages.put("preview", ok(admin.post("/admin/preview", EditorPagesTest.formOf(editPage, Map.of()))));
            pages.put("import", ok(admin.get("/admin/import")));
            pages.put("history", ok(admin.get(editor + "/history")));
            admin.post(editor + "/trash", Map.of());
            pages.put("trash", ok(admin.get("/admin/trash")));
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
