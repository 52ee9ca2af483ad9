package com.healthpress.redirects.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.server.HtmlChecker;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Every page of the redirects room, its error states and the 410 page are valid HTML5. */
class RedirectPageValidityTest {

    @Test
    void everyRedirectPageHasNoHtmlErrors() {
        Map<String, String> pages = new LinkedHashMap<>();
        try (TestApp app = TestApp.start()) {
            AdminClient admin = AdminClient.loggedIn(app);
            Article article = app.articles().create(TestArticles.published("Valid redirects",
                    Instant.now().minusSeconds(60)));
            app.articles().update(article.toBuilder().slug("valid-redirects-moved").build());
            RedirectForms.created(admin, "/valid-old", "/articles/valid-redirects-moved", "301");
            RedirectForms.created(admin, "/valid-gone", "", "410");
            app.get("/valid-missing");

            pages.put("list", status(200, admin.get("/admin/redirects")));
            pages.put("list with errors", status(422, RedirectForms.create(admin, "/admin", "x", "999")));
            pages.put("list from the log", status(200, admin.get("/admin/redirects?from=%2Fvalid-missing")));
            String editor = Jsoup.parse(admin.get("/admin/redirects?q=valid-old").body())
                    .selectFirst("table.redirects a").attr("href");
            pages.put("edit", status(200, admin.get(editor)));
            pages.put("edit with errors", status(422, admin.post(editor, List.of(Map.entry("from", "/valid-old"),
                    Map.entry("to", "/valid-old"), Map.entry("status", "301")))));
            pages.put("import", status(200, admin.get("/admin/redirects/import")));
            pages.put("import refused", status(422, admin.postMultipart("/admin/redirects/import", List.of(
                    AdminClient.Part.file("file", "r.csv", "text/csv",
                            "/a,/b\nnot-a-path,/c,999\n".getBytes(StandardCharsets.UTF_8))))));
            pages.put("404 log", status(200, admin.get("/admin/redirects/not-found")));
            pages.put("gone", status(410, app.get("/valid-gone")));
        }

        assertEquals(List.of(), HtmlChecker.errors(pages));
    }

    private static String status(int expected, HttpResponse<String> response) {
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }
}
