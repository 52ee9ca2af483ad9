package com.healthpress.seo;

import static com.healthpress.seo.SitemapXml.NAMESPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.article.ArticleSummary;
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
    void listsHomeEachTopicOnceAndEveryArticleWithItsLastChange() {
        List<ArticleSummary> articles = List.of(
                summary("newest", "Sleep", "2026-05-03T10:00:00Z", "2026-05-03T10:00:00.5Z"),
                summary("middle", "Back pain", "2026-04-01T09:00:00Z", "2026-05-20T12:30:45Z"),
                summary("oldest", "Sleep", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"),
                summary("no-topic", null, "2025-12-01T00:00:00Z", "2025-12-01T00:00:00Z"));

        Map<String, String> urls = urls(SitemapXml.render(SITE, articles));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("https://health.example.org/", "2026-05-20T12:30:45Z");
        expected.put("https://health.example.org/topics/sleep", "2026-05-03T10:00:00Z");
        expected.put("https://health.example.org/topics/back-pain", "2026-05-20T12:30:45Z");
        expected.put("https://health.example.org/articles/newest", "2026-05-03T10:00:00Z");
        expected.put("https://health.example.org/articles/middle", "2026-05-20T12:30:45Z");
        expected.put("https://health.example.org/articles/oldest", "2026-01-02T00:00:00Z");
        expected.put("https://health.example.org/articles/no-topic", "2025-12-01T00:00:00Z");
        assertEquals(expected, urls);
    }

    @Test
    void aSiteWithoutArticlesStillListsItsHomePage() {
        Document sitemap = Xml.parse(SitemapXml.render(SITE, List.of()));

        List<Element> urls = Xml.children(sitemap.getDocumentElement(), NAMESPACE, "url");
        assertEquals(1, urls.size());
        assertEquals("https://health.example.org/", Xml.text(urls.get(0), NAMESPACE, "loc"));
    }

    /** Each url's loc with its lastmod, in document order; fails unless the root is the sitemap urlset. */
    static Map<String, String> urls(String xml) {
        Element root = Xml.parse(xml).getDocumentElement();
        assertEquals(NAMESPACE, root.getNamespaceURI());
        assertEquals("urlset", root.getLocalName());
        Map<String, String> urls = new LinkedHashMap<>();
        for (Element url : Xml.children(root, NAMESPACE, "url")) {
            String previous = urls.put(Xml.text(url, NAMESPACE, "loc"), Xml.text(url, NAMESPACE, "lastmod"));
            assertEquals(null, previous, "a URL listed twice");
        }
        return urls;
    }

    private static ArticleSummary summary(String slug, String topic, String published, String updated) {
        return new ArticleSummary(0, slug, slug, "Lead.", topic, Instant.parse(published), Instant.parse(updated));
    }
}
