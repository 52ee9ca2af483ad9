package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Public pages over HTTP with the page cache: caching headers, conditional requests, encodings and invalidation. */
class CachedPagesTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.startWith(Map.of("RENDER_AHEAD", "off")); // counts the renders readers cause
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<byte[]> fetch(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static Article published(String title) {
        return app.articles().create(TestArticles.published(title, Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    @Test
    void publicPagesCarryStrongValidatorsAndCdnFriendlyCaching() {
        Article article = published("Validators");

        HttpResponse<byte[]> response = fetch("GET", "/articles/" + article.slug());

        assertEquals(200, response.statusCode());
        assertTrue(header(response, "ETag").matches("\"[A-Za-z0-9_-]{22}\""), header(response, "ETag"));
        assertFalse(header(response, "Last-Modified").isEmpty());
        assertEquals("Accept-Encoding", header(response, "Vary"));
        assertTrue(header(response, "Cache-Control").contains("max-age=60"));
        assertTrue(header(response, "Cache-Control").contains("stale-while-revalidate"));
    }

    @Test
    void aMatchingEntityTagOrDateGetsA304WithoutABody() {
        Article article = published("Conditional");
        HttpResponse<byte[]> first = fetch("GET", "/articles/" + article.slug());

        HttpResponse<byte[]> byTag = fetch("GET", "/articles/" + article.slug(), "If-None-Match", header(first, "ETag"));
        HttpResponse<byte[]> byDate = fetch("GET", "/articles/" + article.slug(),
                "If-Modified-Since", header(first, "Last-Modified"));
        HttpResponse<byte[]> otherTag = fetch("GET", "/articles/" + article.slug(), "If-None-Match", "\"something-else\"");

        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(header(first, "ETag"), header(byTag, "ETag"));
        assertEquals(304, byDate.statusCode());
        assertEquals(200, otherTag.statusCode());
    }

    @Test
    void anIfModifiedSinceInEitherObsoleteDateFormatGetsA304AsRfc9110Asks() {
        Article article = published("Conditional on an old date format");
        HttpResponse<byte[]> first = fetch("GET", "/articles/" + article.slug());
        ZonedDateTime lastModified = ZonedDateTime.parse(header(first, "Last-Modified"),
                DateTimeFormatter.RFC_1123_DATE_TIME);

        String rfc850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.ENGLISH)
                .format(lastModified);
        String asctime = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).format(lastModified);

        assertEquals(304, fetch("GET", "/articles/" + article.slug(), "If-Modified-Since", rfc850).statusCode(), rfc850);
        assertEquals(304, fetch("GET", "/articles/" + article.slug(), "If-Modified-Since", asctime).statusCode(), asctime);
        assertEquals(200, fetch("GET", "/articles/" + article.slug(), "If-Modified-Since", "yesterday").statusCode());
    }

    @Test
    void gzipAndBrotliAreServedFromPrecompressedCopies() throws IOException {
        Article article = published("Compressed");
        byte[] plain = fetch("GET", "/articles/" + article.slug()).body();

        HttpResponse<byte[]> gzip = fetch("GET", "/articles/" + article.slug(), "Accept-Encoding", "gzip");
        HttpResponse<byte[]> brotli = fetch("GET", "/articles/" + article.slug(), "Accept-Encoding", "br, gzip");

        assertEquals("gzip", header(gzip, "Content-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertEquals(new String(plain, StandardCharsets.UTF_8), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("br", header(brotli, "Content-Encoding"));
        assertTrue(brotli.body().length < plain.length / 2);
        assertFalse(header(gzip, "ETag").equals(header(brotli, "ETag")), "one entity tag per encoding");
    }

    @Test
    void headAnswersTheHeadersWithoutTheBody() {
        Article article = published("Head request");
        HttpResponse<byte[]> get = fetch("GET", "/articles/" + article.slug());

        HttpResponse<byte[]> head = fetch("HEAD", "/articles/" + article.slug());

        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(get.body().length), header(head, "Content-Length"));
        assertEquals(header(get, "ETag"), header(head, "ETag"));
    }

    @Test
    void aPageIsRenderedOnceAndServedFromMemoryAfterwards() {
        Article article = published("Rendered once");
        fetch("GET", "/articles/" + article.slug());
        long renders = app.pageCache().renders();

        for (int i = 0; i < 5; i++) {
            fetch("GET", "/articles/" + article.slug(), "Accept-Encoding", i % 2 == 0 ? "gzip" : "identity");
        }

        assertEquals(renders, app.pageCache().renders());
    }

    @Test
    void queryParametersNoPageReadsAreTheSamePageAndRenderNothingNew() {
        Article article = published("Tracked links");
        fetch("GET", "/articles/" + article.slug());
        long renders = app.pageCache().renders();

        for (int i = 0; i < 5; i++) {
            HttpResponse<byte[]> tracked = fetch("GET", "/articles/" + article.slug() + "?utm_source=news" + i + "&x=" + i);
            assertEquals(200, tracked.statusCode());
        }
        fetch("GET", "/search?q=tracked&utm_campaign=a");
        fetch("GET", "/search?utm_campaign=b&q=tracked");

        assertEquals(renders + 1, app.pageCache().renders(), "the two searches are one page; the articles none new");
    }

    @Test
    void savingAnArticleShowsTheChangeAtOnceOnItsPageTheHomePageAndPagesLinkingToIt() {
        Article changed = app.articles().create(TestArticles.withTopic(published("Linked article"), "Rare topic"));
        Article linking = app.articles().create(TestArticles.withTopic(
                TestArticles.published("Linking article", Instant.now().minus(2, ChronoUnit.HOURS)), "Rare topic"));
        assertTrue(new String(fetch("GET", "/articles/" + linking.slug()).body(), StandardCharsets.UTF_8)
                .contains("Linked article"));
        fetch("GET", "/");

        app.articles().update(changed.toBuilder().title("Linked article, renamed").build());

        assertTrue(body("/articles/" + changed.slug()).contains("Linked article, renamed"));
        assertTrue(body("/").contains("Linked article, renamed"));
        assertTrue(body("/articles/" + linking.slug()).contains("Linked article, renamed"), "related link updated");
    }

    @Test
    void aChangeToADraftDropsNoPublicPage() {
        Article draft = app.articles().create(TestArticles.draft("Quiet draft"));
        fetch("GET", "/");
        long renders = app.pageCache().renders();

        app.articles().update(draft.toBuilder().title("Quiet draft, edited").build());
        fetch("GET", "/");

        assertEquals(renders, app.pageCache().renders(), "the home page stayed cached");
    }

    @Test
    void aChangeToOneArticleKeepsUnrelatedArticlePagesCached() {
        Article one = app.articles().create(TestArticles.withTopic(published("Topic one article"), "Topic one"));
        Article other = app.articles().create(TestArticles.withTopic(published("Topic two article"), "Topic two"));
        app.articles().create(TestArticles.withTopic(published("Topic two second"), "Topic two"));
        app.articles().create(TestArticles.withTopic(published("Topic two third"), "Topic two"));
        app.articles().create(TestArticles.withTopic(published("Topic two fourth"), "Topic two"));
        app.articles().create(TestArticles.withTopic(published("Topic two fifth"), "Topic two"));
        fetch("GET", "/articles/" + other.slug());
        long renders = app.pageCache().renders();

        app.articles().update(one.toBuilder().lead("A new lead for topic one.").build());
        fetch("GET", "/articles/" + other.slug());

        assertEquals(renders, app.pageCache().renders(), "a page of another topic with a full related list stays");
    }

    @Test
    void aBodyEditKeepsTheListingsCachedAndDropsTheSitemapAndTheFeed() {
        Article edited = published("Article edited in its body");
        for (String path : new String[] {"/", "/sitemap.xml", "/sitemaps/articles-1.xml", "/feed.xml"}) {
            fetch("GET", path);
        }
        long renders = app.pageCache().renders();

        app.articles().update(edited.toBuilder().body("## Newer advice\n\nA paragraph written later.").build());
        fetch("GET", "/");

        assertEquals(renders, app.pageCache().renders(), "the home page shows nothing of the body");
        fetch("GET", "/sitemap.xml");
        fetch("GET", "/sitemaps/articles-1.xml");
        fetch("GET", "/feed.xml");
        assertEquals(renders + 3, app.pageCache().renders(), "the sitemap files and the feed date the edit");
    }

    private static String body(String path) {
        return new String(fetch("GET", path).body(), StandardCharsets.UTF_8);
    }
}
