package com.healthpress.seo;

import com.healthpress.article.ArticleService;
import io.javalin.http.Context;

/** Serves what crawlers fetch besides pages: the sitemap, robots.txt and the Atom feed. */
public final class CrawlerFiles {

    private final Site site;
    private final ArticleService articles;

    public CrawlerFiles(Site site, ArticleService articles) {
        this.site = site;
        this.articles = articles;
    }

    public void sitemap(Context ctx) {
        ctx.status(501);
    }

    public void robots(Context ctx) {
        ctx.status(501);
    }

    public void feed(Context ctx) {
        ctx.status(501);
    }
}
