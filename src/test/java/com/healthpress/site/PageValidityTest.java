package com.healthpress.site;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.pages.web.PageForms;
import com.healthpress.seo.SeoPages;
import com.healthpress.seo.StructuredData;
import com.healthpress.server.HtmlChecker;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Every page type the site serves is valid HTML5: zero errors from the Nu Html Checker. */
class PageValidityTest {

    @Test
    void everyPageTypeHasNoHtmlErrors() {
        Map<String, String> pages = new LinkedHashMap<>();
        try (TestApp app = TestApp.start()) {
            for (int i = 0; i < 11; i++) {
                app.articles().create(TestArticles.published("Validity article " + i,
                        Instant.now().minus(i + 1, ChronoUnit.HOURS)));
            }
            Article article = app.articles().create(TestArticles.published("Validity with <tags> & \"quotes\"",
                    Instant.now().minus(1, ChronoUnit.MINUTES)));
            pages.put("home", ok(app, "/"));
            pages.put("older articles", ok(app, Jsoup.parse(pages.get("home")).select("a[rel=next]").attr("href")));
            pages.put("search", ok(app, "/search?q=validity"));
            pages.put("article", ok(app, "/articles/" + article.slug()));
            pages.put("topic", ok(app, "/topics/" + article.topicSlug()));
            AdminClient admin = AdminClient.loggedIn(app);
            PageForms.savePage(admin, PageForms.pageId(admin, "about"), Map.of("status", "PUBLISHED"));
            PageForms.savePage(admin, PageForms.pageId(admin, "editorial-policy"), Map.of("status", "PUBLISHED"));
            pages.put("about page", ok(app, "/pages/about"));
            pages.put("policy page with the footer's links", ok(app, "/pages/editorial-policy"));
            HttpResponse<String> notFound = app.get("/articles/missing");
            assertEquals(404, notFound.statusCode());
            pages.put("not found", notFound.body());
        }
        pages.put("server error", serverErrorPage());

        assertEquals(List.of(), HtmlChecker.errors(pages));
    }

    @Test
    void theCheckerReportsInvalidPages() {
        List<String> errors = HtmlChecker.errors(Map.of("broken",
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p>open<div></span></body></html>"));

        assertEquals(true, errors.stream().anyMatch(e -> e.startsWith("broken: ")), errors.toString());
    }

    private static String ok(TestApp app, String path) {
        HttpResponse<String> response = app.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The 500 page cannot be provoked from outside, so render its template directly. */
    private static String serverErrorPage() {
        Site site = new Site("Healthpress Test", "http://localhost");
        Views views = new Views(site, StaticAssets.load("static"));
        return views.render("error/server-error",
                Map.of("meta", new SeoPages(site, new StructuredData(site)).serverError(), "errorId", "abc12345"));
    }
}
