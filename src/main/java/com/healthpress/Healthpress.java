package com.healthpress;

import com.healthpress.account.AdminAuth;
import com.healthpress.account.LoginPages;
import com.healthpress.account.SetupLink;
import com.healthpress.admin.ArticleEditor;
import com.healthpress.admin.EditorPages;
import com.healthpress.admin.ImportPages;
import com.healthpress.article.ArticlePages;
import com.healthpress.article.ArticleService;
import com.healthpress.importer.ArticleImporter;
import com.healthpress.image.ImagePages;
import com.healthpress.importer.DemoContent;
import com.healthpress.revision.HistoryPages;
import com.healthpress.seo.CrawlerFiles;
import com.healthpress.seo.SeoPages;
import com.healthpress.seo.Site;
import com.healthpress.seo.StructuredData;
import com.healthpress.storage.Database;
import com.healthpress.web.ErrorPages;
import com.healthpress.web.StaticAssets;
import com.healthpress.web.Views;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
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

        AdminAuth auth = new AdminAuth(database.jdbi(), config, clock, views, seo);
        LoginPages login = new LoginPages(database.jdbi(), config, clock, views, seo);
        EditorPages editor = new EditorPages(new ArticleEditor(database.jdbi(), articles, clock), seo, views);
        ImportPages importPages = new ImportPages(new ArticleImporter(articles, clock), seo, views);
        HistoryPages history = new HistoryPages(database.jdbi(), articles, views, seo);
        ImagePages images = new ImagePages(database.jdbi(), articles, clock);
        SetupLink.announceIfNoAccounts(database.jdbi(), config, clock);

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.port = config.port();
            cfg.events.serverStopped(database::close);
            cfg.jetty.multipartConfig.maxFileSize(ImagePages.MAX_FILE_PART_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(ImagePages.MAX_REQUEST_BYTES, SizeUnit.BYTES);

            cfg.routes.before(auth::requireSession);
            cfg.routes.before(auth::checkCsrf);

            cfg.routes.get("/", pages::showHome);
            cfg.routes.get("/articles/{slug}", pages::showArticle);
            cfg.routes.get("/topics/{topic}", pages::showTopic);
            cfg.routes.get("/sitemap.xml", crawlerFiles::sitemap);
            cfg.routes.get("/robots.txt", crawlerFiles::robots);
            cfg.routes.get("/feed.xml", crawlerFiles::feed);
            cfg.routes.get("/static/<path>", assets::serve);
            cfg.routes.get("/images/{file}", images::serve);

            cfg.routes.get("/admin/login", login::showLogin);
            cfg.routes.post("/admin/login", login::handleLogin);
            cfg.routes.post("/admin/logout", login::handleLogout);
            cfg.routes.get("/admin/setup/{token}", login::showSetup);
            cfg.routes.post("/admin/setup/{token}", login::handleSetup);

            cfg.routes.get("/admin/ping", ctx -> ctx.status(204));
            cfg.routes.get("/admin", editor::listArticles);
            cfg.routes.get("/admin/articles/new", editor::showNewForm);
            cfg.routes.post("/admin/articles", editor::createArticle);
            cfg.routes.post("/admin/preview", editor::preview);
            cfg.routes.get("/admin/articles/{id}", editor::showEditForm);
            cfg.routes.post("/admin/articles/{id}", editor::saveArticle);
            cfg.routes.post("/admin/articles/{id}/trash", editor::moveToTrash);
            cfg.routes.post("/admin/articles/{id}/restore", editor::restoreFromTrash);
            cfg.routes.get("/admin/trash", editor::showTrash);
            cfg.routes.post("/admin/trash/empty", editor::emptyTrash);
            cfg.routes.post("/admin/articles/{id}/image", images::upload);
            cfg.routes.post("/admin/articles/{id}/image/remove", images::remove);
            cfg.routes.get("/admin/articles/{id}/history", history::showHistory);
            cfg.routes.get("/admin/articles/{id}/history/compare", history::showComparison);
            cfg.routes.post("/admin/articles/{id}/history/{version}/restore", history::restoreRevision);
            cfg.routes.get("/admin/import", importPages::showImportForm);
            cfg.routes.post("/admin/import", importPages::importDocument);

            cfg.routes.error(404, errors::notFound);
            cfg.routes.exception(Exception.class, errors::serverError);
        });
    }
}
