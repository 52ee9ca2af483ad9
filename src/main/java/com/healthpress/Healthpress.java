package com.healthpress;

import com.healthpress.article.ArticlePages;
import com.healthpress.article.ArticleService;
import com.healthpress.importer.ArticleImporter;
import com.healthpress.importer.DemoContent;
import com.healthpress.seo.CrawlerFiles;
import com.healthpress.seo.SeoPages;
import com.healthpress.seo.Site;
import com.healthpress.seo.StructuredData;
import com.healthpress.storage.Database;
import com.healthpress.web.ErrorPages;
import com.healthpress.web.StaticAssets;
import com.healthpress.web.Views;
import io.javalin.Javalin;
import java.time.Clock;

/** The composition root: builds every part with plain constructors and returns the unstarted web app. */
public final class Healthpress {

    private Healthpress() {
    }

    public static Javalin create(Config config) {
        return create(config, Clock.systemUTC());
    }

    public static Javalin create(Config config, Clock clock) {
        Database database = Database.open(config.databaseUrl());
        Site site = new Site(config.siteName(), config.baseUrl());
        ArticleService articles = new ArticleService(database.jdbi(), clock);
        DemoContent.loadIfEmpty(articles, new ArticleImporter(articles, clock));

        StaticAssets assets = StaticAssets.load("static");
        Views views = new Views(site, assets);
        SeoPages seo = new SeoPages(site, new StructuredData(site, site.url(assets.path("share.png"))));
        ArticlePages pages = new ArticlePages(articles, seo, views);
        CrawlerFiles crawlerFiles = new CrawlerFiles(site, articles);
        ErrorPages errors = new ErrorPages(articles, seo, views);

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.port = config.port();
            cfg.events.serverStopped(database::close);

            cfg.routes.get("/", pages::showHome);
            cfg.routes.get("/articles/{slug}", pages::showArticle);
            cfg.routes.get("/topics/{topic}", pages::showTopic);
            cfg.routes.get("/sitemap.xml", crawlerFiles::sitemap);
            cfg.routes.get("/robots.txt", crawlerFiles::robots);
            cfg.routes.get("/feed.xml", crawlerFiles::feed);
            cfg.routes.get("/static/<path>", assets::serve);

            cfg.routes.error(404, errors::notFound);
            cfg.routes.exception(Exception.class, errors::serverError);
        });
    }
}
