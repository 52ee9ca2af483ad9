package com.healthpress.seo;

import com.healthpress.article.ArticleSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sitemap: the home page, every topic page and every public article, each with when it last changed. */
final class SitemapXml {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapXml() {
    }

    /** {@code articles}: every public article; topic pages and the home page change when one of theirs does. */
    static String render(Site site, List<ArticleSummary> articles) {
        Map<String, Instant> topicChanges = new LinkedHashMap<>();
        Instant homeChange = null;
        for (ArticleSummary article : articles) {
            Instant change = lastChange(article);
            homeChange = later(homeChange, change);
            if (article.hasTopic()) {
                topicChanges.merge(article.topicSlug(), change, SitemapXml::later);
            }
        }
        Instant home = homeChange;
        return XmlOut.document(NAMESPACE, "urlset", out -> {
            url(out, site.homeUrl(), home);
            for (Map.Entry<String, Instant> topic : topicChanges.entrySet()) {
                url(out, site.url(Site.topicPath(topic.getKey())), topic.getValue());
            }
            for (ArticleSummary article : articles) {
                url(out, site.url(Site.articlePath(article.slug())), lastChange(article));
            }
        });
    }

    private static void url(XmlOut out, String location, Instant lastModified) throws javax.xml.stream.XMLStreamException {
        out.start("url").element("loc", location);
        if (lastModified != null) {
            out.element("lastmod", Timestamps.iso(lastModified));
        }
        out.end();
    }

    private static Instant lastChange(ArticleSummary article) {
        return Timestamps.lastChange(article.publishedAt(), article.updatedAt());
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
