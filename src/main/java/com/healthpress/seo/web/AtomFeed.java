package com.healthpress.seo.web;

import com.healthpress.article.Article;
import com.healthpress.seo.Timestamps;
import com.healthpress.site.Site;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** The Atom 1.0 feed of the newest public articles, each summarised by its lead. */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    static final String PATH = "/feed.xml";

    private AtomFeed() {
    }

    static String render(Site site, List<Article> newestFirst) {
        return XmlOut.document(NAMESPACE, "feed", out -> {
            out.element("id", site.url(PATH))
                    .element("title", site.name())
                    .element("subtitle", "The latest health articles from " + site.name())
                    .element("updated", Timestamps.iso(updated(newestFirst)))
                    .empty("link", "rel", "self", "type", "application/atom+xml", "href", site.url(PATH))
                    .empty("link", "rel", "alternate", "type", "text/html", "href", site.homeUrl())
                    .start("author").element("name", site.name()).element("uri", site.homeUrl()).end();
            for (Article article : newestFirst) {
                entry(out, site, article);
            }
        });
    }

    private static void entry(XmlOut out, Site site, Article article) throws XMLStreamException {
        String url = site.url(Site.articlePath(article.slug()));
        out.start("entry")
                .element("id", url)
                .element("title", article.title())
                .empty("link", "rel", "alternate", "type", "text/html", "href", url)
                .element("published", Timestamps.iso(article.publishedAt()))
                .element("updated", Timestamps.iso(article.lastPublicChange()))
                .start("author").element("name", article.author().name());
        if (article.author().isLinked()) {
            out.element("uri", site.url(article.author().profilePath()));
        }
        out.end();
        if (article.hasTopic()) {
            out.empty("category", "term", article.topicSlug(), "label", article.topic());
        }
        out.element("summary", article.lead()).end();
    }

    /** The newest change among the entries; a feed with none has not changed since the epoch. */
    private static Instant updated(List<Article> articles) {
        return articles.stream().map(Article::lastPublicChange).max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}
