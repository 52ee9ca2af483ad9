package com.healthpress.seo;

import com.healthpress.article.Article;
import com.healthpress.article.Listing;
import java.util.List;

/** Builds the {@link PageMeta} of every public page type from the same data the page shows. */
public final class SeoPages {

    private final Site site;
    private final StructuredData structuredData;

    public SeoPages(Site site, StructuredData structuredData) {
        this.site = site;
        this.structuredData = structuredData;
    }

    public PageMeta article(Article article) {
        return new PageMeta(article.metaTitle(), article.metaDescription(), site.url(Site.articlePath(article.slug())),
                true, "article", null, List.of(new Breadcrumb("Home", "/")), "");
    }

    public PageMeta home(Listing listing) {
        return new PageMeta(site.name(), "", site.homeUrl(), true, "website", null, List.of(), "");
    }

    public PageMeta topic(String topicName, String topicSlug, Listing listing) {
        return new PageMeta(topicName, "", site.url(Site.topicPath(topicSlug)), true, "website", null, List.of(), "");
    }

    public PageMeta notFound() {
        return new PageMeta("Page not found", "", site.homeUrl(), false, "website", null, List.of(), "");
    }
}
