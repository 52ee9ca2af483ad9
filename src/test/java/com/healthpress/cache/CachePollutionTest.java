package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages named by query parameters (listing cursors, searches) that a client can vary without end share a bounded
 * part of the page cache, so no sequence of them pushes out the pages readers use. A cache of 1 MB makes "without
 * end" a few hundred requests.
 */
class CachePollutionTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.startWith(Map.of("PAGE_CACHE_MB", "1", "RENDER_AHEAD", "off")); // counts readers' renders
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void manyDistinctCursorsAndSearchesAskedForAgainAndAgainLeaveTheArticleAndHomePagesCached() {
        String article = Jsoup.parse(ok("/").body()).select("a[href^=/articles/]").first().attr("href");
        ok(article);
        PageCache cache = app.pageCache();
        List<String> canonical = List.of("/", article);
        canonical.forEach(path -> assertNotNull(cache.get(path), path));

        for (int i = 1; i <= 150; i++) {
            // Asked for several times each, as often as the pages readers use or more, so recency and frequency
            // alike would favour them in one shared cache.
            for (int again = 0; again < 4; again++) {
                ok("/?before=2099-01-01T00:00:00Z_" + i);
                ok("/search?q=pollution" + i);
            }
        }

        canonical.forEach(path -> assertNotNull(cache.get(path), path + " was pushed out of the cache"));
        long renders = cache.renders();
        canonical.forEach(CachePollutionTest::ok);
        assertEquals(renders, cache.renders(), "the article and home pages are served without a render");
        assertTrue(cache.size() > 2, "query pages are cached too, within their part: " + cache.size());
    }

    @Test
    void everySpellingOfAnArticlesAddressIsTheOneCachedPage() {
        String article = Jsoup.parse(ok("/").body()).select("a[href^=/articles/]").last().attr("href");
        ok(article);
        long pages = app.pageCache().size();
        long renders = app.pageCache().renders();

        String slug = article.substring("/articles/".length());
        ok(article + "/");
        for (int i = 0; i < slug.length(); i++) {
            ok("/articles/" + slug.substring(0, i) + "%" + Integer.toHexString(slug.charAt(i)).toUpperCase()
                    + slug.substring(i + 1));
        }

        assertEquals(pages, app.pageCache().size(), "percent-encoded letters and a trailing slash make no new page");
        assertEquals(renders, app.pageCache().renders());
    }

    private static HttpResponse<String> ok(String path) {
        HttpResponse<String> response = app.get(path);
        assertEquals(200, response.statusCode(), path);
        return response;
    }
}
