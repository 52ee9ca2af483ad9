package com.healthpress.seo.web;

import com.healthpress.article.ArticleBlock;
import com.healthpress.article.Author;
import com.healthpress.article.SlugChange;
import com.healthpress.page.Page;
import com.healthpress.seo.Timestamps;
import com.healthpress.site.Site;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * The sitemaps: an index naming the file of pages (home, topics and simple pages) and the files of articles, each file at most
 * {@link CrawlerFiles#URLS_PER_FILE} URLs, every entry with when it last changed.
 */
final class SitemapXml {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapXml() {
    }

    /** {@code pagesChange}: the home page's last change (null when nothing is public); one file per block. */
    static String index(Site site, Instant pagesChange, List<ArticleBlock> blocks) {
        return XmlOut.document(NAMESPACE, "sitemapindex", out -> {
            entry(out, "sitemap", site.url(CrawlerFiles.PAGES_PATH), pagesChange);
            for (ArticleBlock block : blocks) {
                entry(out, "sitemap", site.url(CrawlerFiles.articlesPath(block.blockNumber())), block.changedAt());
            }
        });
    }

    /** The home page, which changes with any article, and each topic page. */
    static String pages(Site site, Instant homeChange, List<SlugChange> topics) {
        return pages(site, homeChange, topics, List.of(), List.of());
    }

    /** The home page, the topics, the profiles of the people whom public articles name, and the simple pages. */
    static String pages(Site site, Instant homeChange, List<SlugChange> topics, List<SlugChange> profiles,
                        List<SlugChange> simplePages) {
        return XmlOut.document(NAMESPACE, "urlset", out -> {
            entry(out, "url", site.homeUrl(), homeChange);
            for (SlugChange topic : topics) {
                entry(out, "url", site.url(Site.topicPath(topic.slug())), topic.changedAt());
            }
            for (SlugChange profile : profiles) {
                entry(out, "url", site.url(Author.profilePath(profile.slug())), profile.changedAt());
            }
            for (SlugChange page : simplePages) {
                entry(out, "url", site.url(Page.pathOf(page.slug())), page.changedAt());
            }
        });
    }

    static String articles(Site site, List<SlugChange> articles) {
        return XmlOut.document(NAMESPACE, "urlset", out -> {
            for (SlugChange article : articles) {
                entry(out, "url", site.url(Site.articlePath(article.slug())), article.changedAt());
            }
        });
    }

    private static void entry(XmlOut out, String element, String location, Instant lastModified)
            throws XMLStreamException {
        out.start(element).element("loc", location);
        if (lastModified != null) {
            out.element("lastmod", Timestamps.iso(lastModified));
        }
        out.end();
    }
}
