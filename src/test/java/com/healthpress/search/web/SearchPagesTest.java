package com.healthpress.search.web;

import com.healthpress.TestApp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.server.HtmlChecker;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /search over HTTP: results marked safely, friendly pages for empty and long queries, never a 500. */
class SearchPagesTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        for (int i = 0; i < 12; i++) {
            app.articles().create(TestArticles.published("Handwashing habits number " + i,
                    Instant.now().minus(i + 1, ChronoUnit.HOURS)).toBuilder().slug("handwashing-" + i).build());
        }
        app.articles().create(TestArticles.published("<script>window.__pwned=1</script> Gargling & \"handwashing\"",
                Instant.now().minus(1, ChronoUnit.MINUTES)).toBuilder().slug("hostile-title")
                .lead("<img src=x onerror=alert(1)> Why handwashing matters.").build());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void resultsShowStoredTextAsTextWithOnlyTheSearchedWordsMarked() {
        HttpResponse<String> response = app.get("/search?q=gargling");
        Document page = Jsoup.parse(response.body());

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("<script>window.__pwned"), "no live script from a stored title");
        assertFalse(response.body().contains("<img src=x"), "no live image from a stored lead");
        assertEquals("<script>window.__pwned=1</script> Gargling & \"handwashing\"", page.select(".teaser__title a").text());
        assertEquals(List.of("Gargling"), page.select(".teaser__title mark").eachText());
        assertTrue(page.select(".teaser__lead").text().contains("<img src=x onerror=alert(1)>"));
        assertEquals("1 result", page.select(".search-count").text());
        assertEquals("noindex, follow", page.select("meta[name=robots]").attr("content"));
        assertEquals("gargling", page.select("#search-query").attr("value"));
    }

    @Test
    void resultsArePagedWithLinksThatKeepTheQuery() {
        Document first = Jsoup.parse(app.get("/search?q=handwashing").body());
        String next = first.select(".pagination a[rel=next]").attr("href");
        HttpResponse<String> second = app.get(next);

        assertEquals(10, first.select(".teaser").size());
        assertEquals("13 results", first.select(".search-count").text());
        assertEquals("/search?q=handwashing&page=2", next);
        assertEquals(3, Jsoup.parse(second.body()).select(".teaser").size());
        assertEquals(404, app.get("/search?q=handwashing&page=3").statusCode());
        assertEquals(404, app.get("/search?q=handwashing&page=0").statusCode());
        assertEquals(404, app.get("/search?q=handwashing&page=x").statusCode());
    }

    @Test
    void anEmptyQueryShowsTheFormAndATooLongOneIsRefusedKindly() {
        HttpResponse<String> empty = app.get("/search?q=+++");
        HttpResponse<String> none = app.get("/search");
        HttpResponse<String> tooLong = app.get("/search?q=" + "word+".repeat(50));

        assertEquals(200, empty.statusCode());
        assertEquals(200, none.statusCode());
        assertEquals("Search", Jsoup.parse(empty.body()).select("h1").text());
        assertEquals(400, tooLong.statusCode());
        assertTrue(Jsoup.parse(tooLong.body()).select(".search-message").text().contains("at most 200 characters"));
    }

    @Test
    void hostileQueriesAnswerWithAPageNeverAnError() {
        for (String query : List.of("<script>alert(1)</script>", "'; DROP TABLE article; --", "\"", "a & | ! ( ) :*",
                "%00", "\\", "NOT OR AND", "-", "' OR '1'='1", "😀")) {
            HttpResponse<String> response = app.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), query);
            assertFalse(response.body().contains("<script>alert(1)</script>"), query);
        }
        assertEquals(200, app.get("/search?q=%00%01%02").statusCode());
    }

    @Test
    void everyPublicPageHasASearchBoxAndThe404PageOneMore() {
        Document home = Jsoup.parse(app.get("/").body());
        Document notFound = Jsoup.parse(app.get("/articles/no-such-article").body());

        assertEquals("/search", home.select("header form[role=search]").attr("action"));
        assertEquals("q", home.select("header form[role=search] input[type=search]").attr("name"));
        assertEquals("site-search-query", home.select("header form[role=search] label").attr("for"));
        assertEquals(2, notFound.select("form[role=search]").size());
        assertEquals("/search", notFound.select("main form[role=search]").attr("action"));
    }

    @Test
    void searchPagesAreValidHtml() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("results", app.get("/search?q=handwashing+gargling").body());
        pages.put("results page 2", app.get("/search?q=handwashing&page=2").body());
        pages.put("no results", app.get("/search?q=xylophone").body());
        pages.put("empty", app.get("/search").body());
        pages.put("too long", app.get("/search?q=" + "x".repeat(201)).body());
        pages.put("home", app.get("/").body());
        pages.put("oldest", app.get("/?oldest").body());
        pages.put("not found", app.get("/articles/missing").body());

        assertEquals(List.of(), HtmlChecker.errors(pages));
    }
}
