package com.healthpress.seo.web;

import com.healthpress.TestDatabases;
import com.healthpress.article.ArticleStatus;
import com.healthpress.articles.ArticleService;

import static com.healthpress.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.changes.ChangeFeed;
import com.healthpress.pages.PageService;
import com.healthpress.site.Site;
import com.healthpress.storage.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The crawler files served over HTTP from a real database, with only public articles in them. */
class CrawlerFilesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String BASE_URL = "https://health.example.org";
    /** Lowered from the protocol's 50,000 so that a few articles fill several files. */
    private static final int URLS_PER_FILE = 3;

    private Database database;
    private ArticleService articles;
    private Javalin app;

    @BeforeEach
    void start() {
        database = Database.open(TestDatabases.fresh());
        articles = new ArticleService(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC),
                new ChangeFeed(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC)));
        CrawlerFiles files = new CrawlerFiles(new Site("Wellbeing & <Health>", BASE_URL), articles,
                new PageService(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC),
                        new ChangeFeed(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC))), URLS_PER_FILE);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/sitemap.xml", files::sitemap);
            config.routes.get("/sitemaps/{file}", files::sitemapFile);
            config.routes.get("/robots.txt", files::robots);
            config.routes.get("/feed.xml", files::feed);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        database.close();
    }

    @Test
    void sitemapIsAnIndexOfThePagesFileAndTheArticleFiles() throws Exception {
        storeVisibleAndHiddenArticles();

        HttpResponse<String> response = get("/sitemap.xml");

        assertEquals(200, response.statusCode());
        assertEquals("application/xml;charset=utf-8", contentType(response));
        Map<String, String> files = SitemapXmlTest.sitemaps(response.body());
        assertEquals(List.of(BASE_URL + "/sitemaps/pages.xml", BASE_URL + "/sitemaps/articles-1.xml"),
                List.copyOf(files.keySet()));
        // Stored today, so its last change is now rather than its earlier publication date.
        assertEquals("2026-06-01T12:00:00Z", files.get(BASE_URL + "/sitemaps/articles-1.xml"));
    }

    @Test
    void sitemapFilesListOnlyPublicArticlesAndTheirTopics() throws Exception {
        storeVisibleAndHiddenArticles();

        HttpResponse<String> pages = get("/sitemaps/pages.xml");
        HttpResponse<String> articlesFile = get("/sitemaps/articles-1.xml");

        assertEquals("application/xml;charset=utf-8", contentType(pages));
        assertEquals(List.of(BASE_URL + "/", BASE_URL + "/topics/sleep", BASE_URL + "/people/alex-writer"),
                List.copyOf(SitemapXmlTest.urls(pages.body()).keySet()), "the profile of the public article's author");
        assertEquals(Map.of(BASE_URL + "/articles/sleep-better", "2026-06-01T12:00:00Z"),
                SitemapXmlTest.urls(articlesFile.body()));
    }

    @Test
    void articleFilesHoldAtMostTheLimitEachAndEveryPublicArticleOnce() throws Exception {
        for (int i = 1; i <= 8; i++) {
            articles.create(article().slug("article-" + i).title("Article " + i).topic(i % 2 == 0 ? "Sleep" : "Skin")
                    .status(i == 5 ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2026-05-01T08:00:00Z").plus(Duration.ofDays(i))).build());
        }

        Map<String, String> files = SitemapXmlTest.sitemaps(get("/sitemap.xml").body());

        List<String> listed = new ArrayList<>();
        for (String file : files.keySet()) {
            if (file.contains("/articles-")) {
                Map<String, String> urls = SitemapXmlTest.urls(get(file.substring(BASE_URL.length())).body());
                assertTrue(urls.size() <= URLS_PER_FILE, file + " has " + urls.size());
                listed.addAll(urls.keySet());
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            if (i != 5) {
                expected.add(BASE_URL + "/articles/article-" + i);
            }
        }
        assertEquals(expected, listed);
        assertEquals(4, files.size(), "pages and three files of articles: " + files.keySet());
        assertEquals(List.of(BASE_URL + "/", BASE_URL + "/topics/sleep", BASE_URL + "/topics/skin",
                        BASE_URL + "/people/alex-writer"),
                List.copyOf(SitemapXmlTest.urls(get("/sitemaps/pages.xml").body()).keySet()));
    }

    @Test
    void sitemapFilesTheIndexDoesNotNameDoNotExist() throws Exception {
        storeVisibleAndHiddenArticles();

        for (String path : List.of("/sitemaps/articles-2.xml", "/sitemaps/articles-0.xml", "/sitemaps/articles-x.xml",
                "/sitemaps/other.xml", "/sitemaps/articles-99999999999.xml")) {
            assertEquals(404, get(path).statusCode(), path);
        }
    }

    @Test
    void feedHasOnlyPublicArticlesWithEscapedTitles() throws Exception {
        storeVisibleAndHiddenArticles();

        HttpResponse<String> response = get("/feed.xml");

        assertEquals(200, response.statusCode());
        assertEquals("application/atom+xml;charset=utf-8", contentType(response));
        Element feed = Xml.parse(response.body()).getDocumentElement();
        assertEquals("Wellbeing & <Health>", Xml.text(feed, AtomFeed.NAMESPACE, "title"));
        List<Element> entries = Xml.children(feed, AtomFeed.NAMESPACE, "entry");
        assertEquals(1, entries.size());
        assertEquals("Sleep & <rest>: what helps", Xml.text(entries.get(0), AtomFeed.NAMESPACE, "title"));
        assertEquals("Alex Writer", Xml.text(Xml.children(entries.get(0), AtomFeed.NAMESPACE, "author").get(0),
                AtomFeed.NAMESPACE, "name"));
    }

    @Test
    void feedHoldsTheNewestTwentyArticlesNewestFirst() throws Exception {
        for (int day = 1; day <= 22; day++) {
            articles.create(article().slug("article-" + day).title("Article " + day)
                    .publishedAt(Instant.parse("2026-05-01T08:00:00Z").plus(Duration.ofDays(day))).build());
        }

        Element feed = Xml.parse(get("/feed.xml").body()).getDocumentElement();

        List<Element> entries = Xml.children(feed, AtomFeed.NAMESPACE, "entry");
        assertEquals(20, entries.size());
        assertEquals("Article 22", Xml.text(entries.get(0), AtomFeed.NAMESPACE, "title"));
        assertEquals("Article 3", Xml.text(entries.get(19), AtomFeed.NAMESPACE, "title"));
    }

    @Test
    void robotsTxtIsPlainTextPointingAtTheSitemap() throws Exception {
        HttpResponse<String> response = get("/robots.txt");

        assertEquals(200, response.statusCode());
        assertEquals("text/plain;charset=utf-8", contentType(response));
        assertTrue(response.body().contains("Sitemap: " + BASE_URL + "/sitemap.xml\n"), response.body());
    }

    private void storeVisibleAndHiddenArticles() {
        articles.create(article().slug("sleep-better").title("Sleep & <rest>: what helps").topic("Sleep")
                .publishedAt(Instant.parse("2026-05-01T08:00:00Z")).build());
        articles.create(article().slug("draft-article").title("Draft").topic("Drafts only").status(ArticleStatus.DRAFT).build());
        articles.create(article().slug("scheduled-article").title("Scheduled").topic("Future topic")
                .publishedAt(NOW.plusSeconds(60)).build());
        for (String hidden : List.of("draft-article", "scheduled-article")) {
            assertTrue(articles.findBySlug(hidden).isPresent(), hidden + " was stored");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The Content-Type without spaces, which Jetty drops from some types it knows ("text/plain;charset=utf-8"). */
    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
