package com.healthpress.articles.web;

import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.ArticleSummary;
import com.healthpress.articles.ArticleService;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticlePagesTest {

    private static TestApp app;
    private static ArticleService articles;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        articles = app.articles();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void articlePageShowsEveryPartAReaderNeeds() {
        Article stored = articles.create(TestArticles.published("Sleep hygiene basics", minutesAgo(30)));

        HttpResponse<String> response = app.get("/articles/" + stored.slug());
        Document page = Jsoup.parse(response.body());

        assertEquals(200, response.statusCode());
        assertEquals(List.of("Sleep hygiene basics"), page.select("h1").eachText());
        assertEquals("The lead paragraph of Sleep hygiene basics.", page.select(".lead").text());
        assertTrue(page.select(".byline").text().contains("Dr. Test Writer"));
        assertTrue(page.select(".byline").text().contains("Medically reviewed by Dr. Test Reviewer, MD"));
        assertEquals(stored.publishedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                page.select(".byline__published").attr("datetime"));
        assertEquals(List.of("#what-it-is", "#what-helps", "#when-to-see-a-doctor", "#faq"),
                page.select(".toc a").eachAttr("href"));
        for (String href : page.select(".toc a").eachAttr("href")) {
            assertFalse(page.select(href).isEmpty(), "table of contents target " + href + " exists");
        }
        assertEquals(List.of("How long should I sleep?", "Do naps help?"), page.select("details summary").eachText());
        assertEquals("Most adults need seven to nine hours.", page.select("details .faq__answer").first().text());
        assertTrue(page.select(".disclaimer").text().contains("not a diagnosis"));
        assertEquals("en", page.select("html").attr("lang"));
    }

    @Test
    void headingsAreInOrderFromASingleH1() {
        Article stored = articles.create(TestArticles.published("Heading order check", minutesAgo(31)));

        Document page = Jsoup.parse(app.get("/articles/" + stored.slug()).body());

        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertTrue(level <= previous + 1, "heading " + heading + " skips a level after h" + previous);
            previous = level;
        }
        assertEquals(1, page.select("h1").size());
    }

    @Test
    void relatedArticlesAreTheNewestOfTheSameTopicThenTheNewestOfAll() {
        try (TestApp own = TestApp.start()) {
            ArticleService service = own.articles();
            Article olderInTopic = service.create(inTopic("Knee strain older", minutesAgo(100)));
            Article newerInTopic = service.create(inTopic("Knee strain newer", minutesAgo(90)));
            Article subject = service.create(inTopic("Knee strain subject", minutesAgo(80)));
            Article newest = service.create(TestArticles.published("Newest elsewhere", minutesAgo(1)));
            Article secondNewest = service.create(TestArticles.published("Second newest elsewhere", minutesAgo(2)));
            service.create(TestArticles.published("Third newest elsewhere", minutesAgo(3)));

            assertEquals(List.of(newerInTopic.id(), olderInTopic.id(), newest.id(), secondNewest.id()),
                    service.related(subject).stream().map(ArticleSummary::id).toList());
        }
    }

    @Test
    void aTopicWithEnoughArticlesFillsTheRelatedListAlone() {
        try (TestApp own = TestApp.start()) {
            ArticleService service = own.articles();
            Article subject = service.create(inTopic("Knee strain subject", minutesAgo(1)));
            for (int i = 2; i <= 7; i++) {
                service.create(inTopic("Knee strain " + i, minutesAgo(i)));
            }
            service.create(TestArticles.published("Newest elsewhere", minutesAgo(0)));

            List<String> titles = service.related(subject).stream().map(ArticleSummary::title).toList();

            assertEquals(List.of("Knee strain 2", "Knee strain 3", "Knee strain 4", "Knee strain 5"), titles);
        }
    }

    @Test
    void theRelatedBoxShowsAnArticlePublishedSinceItWasLastMade() {
        try (TestApp own = TestApp.start()) {
            ArticleService service = own.articles();
            Article subject = service.create(inTopic("Knee strain subject", minutesAgo(10)));
            service.create(inTopic("Knee strain older", minutesAgo(20)));
            service.related(subject);

            Article fresh = service.create(inTopic("Knee strain fresh", minutesAgo(1)));

            assertEquals(fresh.id(), service.related(subject).get(0).id());
        }
    }

    private static Article inTopic(String title, Instant publishedAt) {
        return TestArticles.withTopic(TestArticles.published(title, publishedAt), "Knee strain");
    }

    @Test
    void relatedArticlesLinkToOtherPublishedArticles() {
        Article first = articles.create(TestArticles.published("Related one", minutesAgo(40)));
        Article second = articles.create(TestArticles.published("Related two", minutesAgo(41)));

        Document page = Jsoup.parse(app.get("/articles/" + first.slug()).body());

        List<String> links = page.select(".related a").eachAttr("href");
        assertTrue(links.contains("/articles/" + second.slug()), links.toString());
        assertFalse(links.contains("/articles/" + first.slug()), links.toString());
    }

    @Test
    void unknownSlugGetsAHelpful404Page() {
        HttpResponse<String> response = app.get("/articles/no-such-article");
        Document page = Jsoup.parse(response.body());

        assertEquals(404, response.statusCode());
        assertTrue(page.select("h1").text().contains("can’t find"));
        assertFalse(page.select("main a[href=/]").isEmpty(), "links back to the latest articles");
        assertEquals("noindex, nofollow", page.select("meta[name=robots]").attr("content"));
    }

    @Test
    void draftsAndFuturePublicationsAreNotPublic() {
        Article draft = articles.create(TestArticles.draft("A draft nobody may see"));
        Article future = articles.create(TestArticles.published("Not yet published", Instant.now().plus(2, ChronoUnit.DAYS)));

        assertEquals(404, app.get("/articles/" + draft.slug()).statusCode());
        assertEquals(404, app.get("/articles/" + future.slug()).statusCode());
        String home = app.get("/").body();
        assertFalse(home.contains("A draft nobody may see"));
        assertFalse(home.contains("Not yet published"));
    }

    @Test
    void textFromTheDatabaseIsEscaped() {
        String hostile = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>";
        Article a = TestArticles.published("Escaping " + hostile, minutesAgo(50));
        Article stored = articles.create(a.toBuilder().slug("escaping-check").metaDescription(hostile)
                .focusKeyword("").lead(hostile).body(a.body() + "\n\n" + hostile).build());

        String html = app.get("/articles/" + stored.slug()).body();
        Document page = Jsoup.parse(html);

        assertFalse(html.contains("<script>window.__pwned"), "no live script element from stored text");
        assertFalse(html.contains("<img src=x"), "no live img element from stored text");
        assertEquals("Escaping " + hostile, page.select("h1").text());
        assertEquals(hostile, page.select(".lead").text());
        assertTrue(page.select(".article__body").text().contains(hostile));
    }

    @Test
    void homeListsTheNewestPublishedArticleFirst() {
        Article newest = articles.create(TestArticles.published("The newest article", minutesAgo(1)));

        Document page = Jsoup.parse(app.get("/").body());

        assertEquals("/articles/" + newest.slug(), page.select(".teaser__title a").first().attr("href"));
    }

    @Test
    void homeIsPagedByCursorWithNewerOlderNewestAndOldestLinks() {
        for (int i = 0; i < 12; i++) {
            articles.create(TestArticles.published("Paging article " + i, minutesAgo(600 + i)));
        }

        Document first = Jsoup.parse(app.get("/").body());
        String older = first.select(".pagination a[rel=next]").attr("href");
        HttpResponse<String> second = app.get(older);
        Document secondPage = Jsoup.parse(second.body());
        String newer = secondPage.select(".pagination a[rel=prev]").attr("href");
        HttpResponse<String> oldest = app.get("/?oldest");
        Document oldestPage = Jsoup.parse(oldest.body());

        assertTrue(older.matches("/\\?before=\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z_\\d+"), older);
        assertTrue(first.select(".pagination a[rel=prev]").isEmpty(), "the newest page has nothing newer");
        assertEquals("/?oldest", first.select(".pagination a:contains(Oldest)").attr("href"));
        assertEquals(200, second.statusCode());
        assertEquals("noindex, follow", secondPage.select("meta[name=robots]").attr("content"));
        assertTrue(newer.startsWith("/?after="), newer);
        assertEquals(200, app.get(newer).statusCode());
        assertEquals("/", secondPage.select(".pagination a:contains(Newest)").attr("href"));
        assertEquals(200, oldest.statusCode());
        assertEquals("Oldest articles", oldestPage.select("h1").text());
        assertTrue(oldestPage.select(".pagination a[rel=next]").isEmpty(), "the oldest page has nothing older");
        assertFalse(oldestPage.select(".pagination a[rel=prev]").isEmpty());
    }

    @Test
    void listingAddressesThatNameNoPageAre404AndNumberedPagesMovedToTheFrontPage() {
        for (String path : List.of("/?before=bogus", "/?after=2026-01-01T00:00:00Z", "/?before=2000-01-01T00:00:00Z_1",
                "/?oldest=yes", "/?before=2026-01-01T00:00:00Z_1&after=2026-01-01T00:00:00Z_1", "/?page=0",
                "/?page=abc", "/topics/sleep?before=%3Cscript%3E")) {
            assertEquals(404, app.get(path).statusCode(), path);
        }
        HttpResponse<String> numbered = app.get("/?page=2");
        assertEquals(301, numbered.statusCode());
        assertEquals("/", numbered.headers().firstValue("Location").orElse(""));
    }

    @Test
    void topicPageListsOnlyThatTopicsArticles() {
        Article cardio = articles.create(TestArticles.withTopic(
                TestArticles.published("Blood pressure at home", minutesAgo(60)), "Heart health"));

        HttpResponse<String> response = app.get("/topics/heart-health");
        Document page = Jsoup.parse(response.body());

        assertEquals(200, response.statusCode());
        assertEquals("Heart health", page.select("h1").text());
        assertTrue(page.select(".teaser__title a").eachAttr("href").contains("/articles/" + cardio.slug()));
        assertTrue(page.select(".teaser__meta a").eachText().stream().allMatch("Heart health"::equals));
        assertEquals(404, app.get("/topics/no-such-topic").statusCode());
    }

    @Test
    void staticAssetsAreServedUnderHashedNamesAndCachedForever() {
        Document page = Jsoup.parse(app.get("/").body());
        String css = page.select("link[rel=stylesheet]").attr("href");

        HttpResponse<String> response = app.get(css);

        assertTrue(css.matches("/static/site\\.[0-9a-f]{10}\\.css"), css);
        assertEquals(200, response.statusCode());
        assertEquals("public, max-age=31536000, immutable", response.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, app.get("/static/site.css").statusCode());
    }

    @Test
    void theSeedArticleWithItsStylesheetWeighsUnder50Kilobytes() throws Exception {
        String seed;
        try (var in = ArticlePagesTest.class.getResourceAsStream("/documents/seed.txt")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Article article = new com.healthpress.importer.ArticleImporter(articles, java.time.Clock.systemUTC())
                .importDocument(seed, true).article();

        HttpResponse<String> page = app.get("/articles/" + article.slug());
        Document html = Jsoup.parse(page.body());
        HttpResponse<String> css = app.get(html.select("link[rel=stylesheet]").attr("href"));
        int bytes = page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + css.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;

        assertEquals(List.of(), html.select("script[src], link[rel=stylesheet][href^=http], link[href*=font]"),
                "no external scripts, stylesheets or fonts");
        assertTrue(bytes < 50_000, "HTML + CSS is " + bytes + " bytes");
    }

    private static Instant minutesAgo(int minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES);
    }
}
