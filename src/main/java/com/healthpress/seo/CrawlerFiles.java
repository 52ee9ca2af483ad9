package com.healthpress.seo;

import com.healthpress.article.ArticleService;
import io.javalin.http.Context;

/** Serves what crawlers fetch besides pages: the sitemap, robots.txt and the Atom feed. */
public final class CrawlerFiles {

    static final String SITEMAP_PATH = "/sitemap.xml";
    static final int FEED_SIZE = 20;

    private final Site site;
    private final ArticleService articles;

    public CrawlerFiles(Site site, ArticleService articles) {
        this.site = site;
        this.articles = articles;
    }

    public void sitemap(Context ctx) {
        ctx.contentType("application/xml; charset=utf-8");
        ctx.result(SitemapXml.render(site, articles.allPublic()));
    }

    public void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(RobotsTxt.render(site));
    }

    public void feed(Context ctx) {
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(AtomFeed.render(site, articles.latestWithoutFaq(FEED_SIZE)));
    }
}
