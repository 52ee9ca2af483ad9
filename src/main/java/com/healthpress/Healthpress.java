package com.healthpress;

import com.healthpress.account.AdminAuth;
import com.healthpress.account.LoginFormTokens;
import com.healthpress.account.LoginPages;
import com.healthpress.account.SetupLink;
import com.healthpress.admin.ArticleEditor;
import com.healthpress.admin.EditorPages;
import com.healthpress.admin.ImportPages;
import com.healthpress.article.ArticlePageModel;
import com.healthpress.article.ArticlePages;
import com.healthpress.cache.CachedPages;
import com.healthpress.cache.PageCache;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.article.ArticleService;
import com.healthpress.importer.ArticleImporter;
import com.healthpress.image.HeroImages;
import com.healthpress.image.ImagePages;
import com.healthpress.image.ImageVariants;
import com.healthpress.image.ImageWorkers;
import com.healthpress.importer.DemoContent;
import com.healthpress.markdown.MarkdownRenderer;
import com.healthpress.publishing.ScheduledPublisher;
import com.healthpress.revision.HistoryPages;
import com.healthpress.search.Search;
import com.healthpress.search.SearchPages;
import com.healthpress.seo.CrawlerFiles;
import com.healthpress.seo.SeoPages;
import com.healthpress.seo.Site;
import com.healthpress.seo.StructuredData;
import com.healthpress.storage.Database;
import com.healthpress.web.AccessLog;
import com.healthpress.web.BodyLimits;
import com.healthpress.web.CachedPageShortcut;
import com.healthpress.web.ClientAddresses;
import com.healthpress.web.ErrorPages;
import com.healthpress.web.HealthChecks;
import com.healthpress.web.PlainErrors;
import com.healthpress.web.QueryStrings;
import com.healthpress.web.RequestThreads;
import com.healthpress.web.SecurityHeaders;
import com.healthpress.web.ServesWhenReady;
import com.healthpress.web.StaticAssets;
import com.healthpress.web.Views;
import com.healthpress.web.WholeBodies;
import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.http.Handler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import io.javalin.config.SizeUnit;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/** The composition root: builds every part with plain constructors and returns the unstarted web app. */
public final class Healthpress {

    /** The app's article service, for tests and tools in the same process that must write as the app does. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    public static final Key<ArticleService> ARTICLES = new Key<>("healthpress.articles");
    /** The app's page cache, for tests that prove what a change drops. */
    public static final Key<PageCache> PAGE_CACHE = new Key<>("healthpress.pageCache");

    private Healthpress() {
    }

    public static Javalin create(Config config) {
        return create(config, Clock.systemUTC());
    }

    public static Javalin create(Config config, Clock clock) {
        Database database = Database.openInBackground(config.databaseUrl());
        Site site = new Site(config.siteName(), config.baseUrl());
        ChangeFeed changes = new ChangeFeed(database.jdbi(), clock);
        ArticleService articles = new ArticleService(database.jdbi(), clock, changes);

        StaticAssets assets = StaticAssets.load("static");
        Views views = new Views(site, assets);
        SeoPages seo = new SeoPages(site, new StructuredData(site, site.url(assets.path("share.png"))));
        ArticlePageModel articlePage = new ArticlePageModel(seo, new MarkdownRenderer());
        ArticlePages pages = new ArticlePages(articles, seo, articlePage, views);
        CrawlerFiles crawlerFiles = new CrawlerFiles(site, articles);
        ErrorPages errors = new ErrorPages(articles, seo, views);
        SearchPages search = new SearchPages(new Search(database.jdbi(), database.isPostgres(), clock), seo, views);
        PageCache pageCache = new PageCache(config.pageCacheBytes());
        changes.subscribe(pageCache::invalidate);
        ScheduledPublisher publisher = new ScheduledPublisher(database.jdbi(), changes, clock);
        CachedPages cached = new CachedPages(pageCache, config.pageCache(), publisher, clock);
        SecurityHeaders securityHeaders = new SecurityHeaders(config.isHttps());
        ClientAddresses clients = new ClientAddresses(config.trustedProxies());
        AccessLog accessLog = new AccessLog(clients);
        QueryStrings queryStrings = new QueryStrings();
        BodyLimits bodyLimits = new BodyLimits(config.maxFormBytes());
        WholeBodies wholeBodies = new WholeBodies(ImagePages.maxRequestBytes(config.maxFormBytes()));
        HealthChecks health = new HealthChecks(database.jdbi());
        PlainErrors plainErrors = new PlainErrors(securityHeaders, accessLog);

        LoginFormTokens loginTokens = new LoginFormTokens(database.jdbi(), clock);
        AdminAuth auth = new AdminAuth(database.jdbi(), config, clock, views, seo, loginTokens);
        LoginPages login = new LoginPages(database.jdbi(), config, clock, views, seo, loginTokens);
        ImageWorkers imageWorkers = new ImageWorkers();
        HeroImages heroImages = new HeroImages(imageWorkers, clock);
        ImageVariants imageVariants = new ImageVariants(database.jdbi(), imageWorkers, changes);
        EditorPages editor = new EditorPages(new ArticleEditor(database.jdbi(), articles, heroImages, clock), seo,
                articlePage, views);
        ImportPages importPages = new ImportPages(new ArticleImporter(articles, clock), seo, views);
        HistoryPages history = new HistoryPages(database.jdbi(), articles, views, seo);
        ImagePages images = new ImagePages(database.jdbi(), clock);
        CompletableFuture<Void> contentReady = database.whenOpen(() -> {
            DemoContent.loadIfEmpty(articles, new ArticleImporter(articles, clock));
            SetupLink.announceIfNoAccounts(database.jdbi(), config, clock);
        });

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.appData(ARTICLES, articles);
            cfg.appData(PAGE_CACHE, pageCache);
            cfg.jetty.threadPool = RequestThreads.forThisMachine();
            cfg.jetty.addConnector((server, http) -> RequestThreads.connector(server, http, config.port()));
            cfg.events.serverStarted(() -> {
                changes.startWatching(database.isPostgres());
                publisher.start();
                contentReady.thenRun(imageVariants::makeMissingInBackground);
            });
            cfg.events.serverStopping(() -> {
                publisher.close();
                imageWorkers.close();
                changes.close();
            });
            cfg.events.serverStopped(database::close);
            cfg.jetty.modifyServer(server -> {
                // Stopping waits for requests in flight (up to the timeout) and refuses new ones. Javalin puts its
                // servlet inside the innermost wrapper, behind the shortcut for cached pages. The server starts while
                // the database opens, and accepts requests once the database and the demo content are ready.
                GracefulHandler graceful = new GracefulHandler();
                graceful.setHandler(new CachedPageShortcut(cached, securityHeaders, accessLog, wholeBodies));
                server.setHandler(graceful);
                server.addBean(new ServesWhenReady(contentReady));
                server.setStopTimeout(SHUTDOWN_GRACE.toMillis());
                server.setErrorHandler(plainErrors);
            });
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            cfg.requestLogger.http(accessLog::log);
            cfg.contextResolver.ip = clients::of;
            cfg.http.maxRequestSize = config.maxFormBytes();
            // The text fields of an upload form (the editor's article, the import's pasted document) may be as large
            // as a plain form.
            cfg.jetty.modifyServletContextHandler(context -> {
                context.setMaxFormContentSize(config.maxFormBytes());
                context.setErrorHandler(plainErrors);
            });
            cfg.jetty.multipartConfig.maxFileSize(ImagePages.MAX_FILE_PART_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(ImagePages.maxRequestBytes(config.maxFormBytes()),
                    SizeUnit.BYTES);

            BiConsumer<String, Handler> publicPage = (path, handler) -> {
                cfg.routes.get(path, cached.wrap(handler));
                cfg.routes.head(path, cached.wrap(handler));
            };
            cfg.routes.before(securityHeaders::apply);
            cfg.routes.before(queryStrings::rejectMalformed);
            cfg.routes.before(bodyLimits::refuseDeclaredOversize);
            cfg.routes.before(auth::requireSession);
            cfg.routes.before(auth::checkCsrf);

            cfg.routes.get("/healthz", health::alive);
            cfg.routes.get("/readyz", health::ready);
            publicPage.accept("/", pages::showHome);
            publicPage.accept("/articles/{slug}", pages::showArticle);
            publicPage.accept("/topics/{topic}", pages::showTopic);
            publicPage.accept("/sitemap.xml", crawlerFiles::sitemap);
            publicPage.accept("/sitemaps/{file}", crawlerFiles::sitemapFile);
            publicPage.accept("/search", search::showResults);
            publicPage.accept("/robots.txt", crawlerFiles::robots);
            publicPage.accept("/feed.xml", crawlerFiles::feed);
            cfg.routes.get("/static/<path>", assets::serve);
            cfg.routes.head("/static/<path>", assets::serve);
            cfg.routes.get("/images/{file}", images::serve);
            cfg.routes.get("/admin/images/{file}", images::serveToAdmin);

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
