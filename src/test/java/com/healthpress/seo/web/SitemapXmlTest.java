package com.healthpress.seo.web;

import com.healthpress.article.ArticleBlock;
import static com.healthpress.seo.web.SitemapXml.NAMESPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.article.SlugChange;
import com.healthpress.site.Site;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SitemapXmlTest {

    private static final Site SITE = new Site("Wellbeing Weekly", "https://health.example.org");

    @Test
    void indexNamesThePagesFileAndOneFileForEachBlockOfArticlesWithTheirLastChanges() {
        String xml = SitemapXml.index(SITE, Instant.parse("2026-05-20T12:30:45.5Z"), List.of(
                new ArticleBlock(1, Instant.parse("2026-05-01T08:00:00Z")),
                new ArticleBlock(3, Instant.parse("2026-05-20T12:30:45Z"))));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("https://health.example.org/sitemaps/pages.xml", "2026-05-20T12:30:45Z");
        expected.put("https://health.example.org/sitemaps/articles-1.xml", "2026-05-01T08:00:00Z");
        expected.put("https://health.example.org/sitemaps/articles-3.xml", "2026-05-20T12:30:45Z");
        assertEquals(expected, sitemaps(xml));
    }

    @Test
    void pagesFileListsHomeThenEachTopicWithItsLastChange() {
        String xml = SitemapXml.pages(SITE, Instant.parse("2026-05-20T12:30:45Z"), List.of(
                new SlugChange("sleep", Instant.parse("2026-05-03T10:00:00Z")),
                new SlugChange("back-pain", Instant.parse("2026-05-20T12:30:45Z"))));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("https://health.example.org/", "2026-05-20T12:30:45Z");
        expected.put("https://health.example.org/topics/sleep", "2026-05-03T10:00:00Z");
        expected.put("https://health.example.org/topics/back-pain", "2026-05-20T12:30:45Z");
        assertEquals(expected, urls(xml));
    }

    @Test
    void articlesFileListsEachArticleWithItsLastChange() {
        String xml = SitemapXml.articles(SITE, List.of(
                new SlugChange("newest", Instant.parse("2026-05-03T10:00:00.5Z")),
                new SlugChange("oldest", Instant.parse("2026-01-02T00:00:00Z"))));

        assertEquals(Map.of("https://health.example.org/articles/newest", "2026-05-03T10:00:00Z",
                "https://health.example.org/articles/oldest", "2026-01-02T00:00:00Z"), urls(xml));
    }

    @Test
    void aSiteWithoutArticlesStillListsItsHomePage() {
        Document index = Xml.parse(SitemapXml.index(SITE, null, List.of()));
        Document pages = Xml.parse(SitemapXml.pages(SITE, null, List.of()));

        assertEquals(1, Xml.children(index.getDocumentElement(), NAMESPACE, "sitemap").size());
        List<Element> urls = Xml.children(pages.getDocumentElement(), NAMESPACE, "url");
        assertEquals(1, urls.size());
        assertEquals("https://health.example.org/", Xml.text(urls.get(0), NAMESPACE, "loc"));
    }

    /** Each url's loc with its lastmod, in document order; fails unless the root is the sitemap urlset. */
    static Map<String, String> urls(String xml) {
        return entries(xml, "urlset", "url");
    }

    /** Each sitemap's loc with its lastmod, in document order; fails unless the root is a sitemap index. */
    static Map<String, String> sitemaps(String xml) {
        return entries(xml, "sitemapindex", "sitemap");
    }

    private static Map<String, String> entries(String xml, String rootName, String entryName) {
        Element root = Xml.parse(xml).getDocumentElement();
        assertEquals(NAMESPACE, root.getNamespaceURI());
        assertEquals(rootName, root.getLocalName());
        Map<String, String> entries = new LinkedHashMap<>();
        for (Element entry : Xml.children(root, NAMESPACE, entryName)) {
            String previous = entries.put(Xml.text(entry, NAMESPACE, "loc"), Xml.text(entry, NAMESPACE, "lastmod"));
            assertEquals(null, previous, "listed twice");
        }
        return entries;
    }
}
