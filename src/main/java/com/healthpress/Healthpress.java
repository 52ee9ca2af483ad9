package com.healthpress;

import static com.healthpress.access.Permission.EDIT_DRAFT;
import static com.healthpress.access.Permission.IMPORT;
import static com.healthpress.access.Permission.MANAGE_ACCOUNTS;
import static com.healthpress.access.Permission.MANAGE_PEOPLE;
import static com.healthpress.access.Permission.MANAGE_SETTINGS;
import static com.healthpress.access.Permission.PUBLISH;
import static com.healthpress.access.Permission.REVIEW;
import static com.healthpress.access.Permission.VIEW_ADMIN;

import com.healthpress.access.Access;
import com.healthpress.access.NotPermitted;
import com.healthpress.account.AccountRoom;
import com.healthpress.account.AdminAuth;
import com.healthpress.account.AdminRoutes;
import com.healthpress.account.LoginPages;
import com.healthpress.account.Tokens;
import com.healthpress.admin.ArticleEditor;
import com.healthpress.admin.ArticleForm;
import com.healthpress.admin.PersonEditor;
import com.healthpress.admin.web.EditorPages;
import com.healthpress.admin.web.ImportPages;
import com.healthpress.admin.web.PeoplePages;
import com.healthpress.admin.web.ReviewPages;
import com.healthpress.admin.web.WorkflowPages;
import com.healthpress.api.ApiKeys;
import com.healthpress.api.ContentApi;
import com.healthpress.api.RateLimits;
import com.healthpress.api.web.ApiKeyPages;
import com.healthpress.api.web.ApiPages;
import com.healthpress.api.web.Cors;
import com.healthpress.article.Author;
import com.healthpress.articles.ArticlePageModel;
import com.healthpress.articles.ArticleService;
import com.healthpress.articles.ReviewCycleService;
import com.healthpress.articles.RevisionService;
import com.healthpress.articles.WorkflowService;
import com.healthpress.articles.web.ArticlePages;
import com.healthpress.cache.CachedPages;
import com.healthpress.cache.PageCache;
import com.healthpress.cache.StoredPages;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.config.Config;
import com.healthpress.image.HeroImages;
import com.healthpress.image.ImageVariants;
import com.healthpress.image.ImageWorkers;
import com.healthpress.image.StoredImages;
import com.healthpress.image.web.ImagePages;
import com.healthpress.links.LinkBackfill;
import com.healthpress.links.LinkReports;
import com.healthpress.links.LinkSuggestions;
import com.healthpress.links.web.LinkPages;
import com.healthpress.importer.ArticleImporter;
import com.healthpress.importer.DemoContent;
import com.healthpress.markdown.MarkdownRenderer;
import com.healthpress.metrics.Metrics;
import com.healthpress.metrics.MetricsServer;
import com.healthpress.metrics.RequestMetrics;
import com.healthpress.metrics.SiteMeters;
import com.healthpress.outbox.Dispatcher;
import com.healthpress.outbox.OutboxRoom;
import com.healthpress.outbox.PublicAddresses;
import com.healthpress.outbox.web.IndexNowKey;
import com.healthpress.outbox.web.WebhookPages;
import com.healthpress.pages.PageService;
import com.healthpress.pages.SiteSettingsService;
import com.healthpress.pages.web.PageEditorPages;
import com.healthpress.pages.web.PolicyPages;
import com.healthpress.pages.web.SettingsPages;
import com.healthpress.pagestore.BuildVersion;
import com.healthpress.pagestore.PageFiles;
import com.healthpress.pagestore.PageStore;
import com.healthpress.pagestore.Prerenderer;
import com.healthpress.people.PeopleService;
import com.healthpress.people.web.ProfilePages;
import com.healthpress.person.Person;
import com.healthpress.publishing.ScheduledPublisher;
import com.healthpress.redirects.LiveRedirects;
import com.healthpress.redirects.NotFoundLog;
import com.healthpress.redirects.RedirectAddresses;
import com.healthpress.redirects.RedirectService;
import com.healthpress.redirects.web.NotFoundPages;
import com.healthpress.redirects.web.RedirectImportPages;
import com.healthpress.redirects.web.RedirectPages;
import com.healthpress.redirects.web.RedirectStep;
import com.healthpress.revision.web.HistoryPages;
import com.healthpress.search.Search;
import com.healthpress.search.web.SearchPages;
import com.healthpress.seo.SeoPages;
import com.healthpress.seo.StructuredData;
import com.healthpress.seo.web.CrawlerFiles;
import com.healthpress.server.AccessLog;
import com.healthpress.server.BodyLimits;
import com.healthpress.server.CachedPageShortcut;
import com.healthpress.server.ClientAddresses;
import com.healthpress.server.ErrorPages;
import com.healthpress.server.HealthChecks;
import com.healthpress.server.LocalRenders;
import com.healthpress.server.PlainErrors;
import com.healthpress.server.PolicyStep;
import com.healthpress.server.QueryStrings;
import com.healthpress.server.RequestThreads;
import com.healthpress.server.ResponsePolicy;
import com.healthpress.server.SecurityHeaders;
import com.healthpress.server.ServesWhenReady;
import com.healthpress.server.WholeBodies;
import com.healthpress.site.Site;
import com.healthpress.site.StaticAssets;
import com.healthpress.site.Views;
import com.healthpress.storage.Database;
import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The composition root: builds every part with plain constructors and returns the unstarted web app. */
public final class Healthpress {

    /** The app's article service, for tests and tools in the same process that must write as the app does. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    public static final Key<ArticleService> ARTICLES = new Key<>("healthpress.articles");
    /** The app's people service, for tests that need person records. */
    public static final Key<PeopleService> PEOPLE = new Key<>("healthpress.people");
    /** The app's page cache, for tests that prove what a change drops. */
    public static final Key<PageCache> PAGE_CACHE = new Key<>("healthpress.pageCache");
    /** The app's scheduled publisher, for tests that wait until every instance has had its turn to announce. */
    public static final Key<ScheduledPublisher> PUBLISHER = new Key<>("healthpress.publisher");
    /** The management port's server once started (empty while metrics are off), for tests that scrape it. */
    public static final Key<AtomicReference<MetricsServer>> METRICS_SERVER = new Key<>("healthpress.metricsServer");

    private Healthpress() {
    }

    public static Javalin create(Config config) {
        return create(config, Clock.systemUTC());
    }

    public static Javalin create(Config config, Clock clock) {
        return create(config, clock, new PolicyStep[0]);
    }

    /** {@code addedSteps}: policy steps after the site's own, for tests that prove every answer passes them. */
    public static Javalin create(Config config, Clock clock, PolicyStep... addedSteps) {
        Database database = Database.openInBackground(config.databaseUrl());
        Site site = new Site(config.siteName(), config.baseUrl());
        ChangeFeed changes = new ChangeFeed(database.jdbi(), clock);
        ArticleService articles = new ArticleService(database.jdbi(), clock, changes);
        PeopleService people = new PeopleService(database.jdbi(), clock);

        StaticAssets assets = StaticAssets.load("static");
        Views views = new Views(site, assets);
        SeoPages seo = new SeoPages(site, new StructuredData(site, site.url(assets.path("share.png"))));
        MarkdownRenderer markdown = new MarkdownRenderer();
        ArticlePageModel articlePage = new ArticlePageModel(seo, markdown);
        ArticlePages pages = new ArticlePages(articles, seo, articlePage, views);
        PageService simplePages = new PageService(database.jdbi(), clock, changes);
        CrawlerFiles crawlerFiles = new CrawlerFiles(site, articles, simplePages);
        ProfilePages profiles = new ProfilePages(people, articles, seo, markdown, views);
        ErrorPages errors = new ErrorPages(articles, seo, views);
        Search searchIndex = new Search(database.jdbi(), database.dialect(), clock);
        SearchPages search = new SearchPages(searchIndex, seo, views);
        PageCache pageCache = new PageCache(config.pageCacheBytes());
        ImageWorkers imageWorkers = new ImageWorkers();
        HeroImages heroImages = new HeroImages(imageWorkers, clock);
        SiteSettingsService siteSettings = new SiteSettingsService(database.jdbi(), clock, changes, heroImages, site);
        // The publisher is read again before the cache drops pages, so no page rendered after the drop is stale.
        changes.subscribe(siteSettings::refreshAfter);
        changes.subscribe(pageCache::invalidate);
        ScheduledPublisher publisher = new ScheduledPublisher(database.jdbi(), changes, clock);
        // The page store keeps rendered pages across restarts and for every instance, behind the memory cache; its
        // background renderer renders stale pages and those of earlier builds again through an in-process connector.
        PageStore pageStore = new PageStore(database.jdbi(), new PageFiles(config.pageFiles()),
                BuildVersion.current(), BuildVersion.ofSettings(config.baseUrl(), config.siteName()), changes::lastHeard, clock);
        String renderToken = Tokens.random();
        LocalRenders localRenders = new LocalRenders(renderToken);
        // When the start's work (the index, the scans) or a re-render of many pages is done, the garbage it left in
        // the old generation is collected at once, in one full collection (some 50 ms at 100,000 pages), rather than
        // inside the next busy moment: bench/crawl.sh saw a hot page's p99 go from 6 to 14 ms when that collection
        // fell inside a crawl. -XX:+DisableExplicitGC turns this off.
        Prerenderer prerenderer = new Prerenderer(pageStore, localRenders::render,
                crawlerFiles::publicPathsBesideArticles, System::gc);
        changes.subscribe(pageStore::invalidate);
        changes.subscribe(prerenderer::wake);
        CachedPages cached = new CachedPages(pageCache, config.pageCache() ? pageStore : StoredPages.NONE,
                renderToken, config.pageCache(), publisher, clock);
        ClientAddresses clients = new ClientAddresses(config.trustedProxies());
        WholeBodies wholeBodies = new WholeBodies(ImagePages.maxRequestBytes(config.maxFormBytes()));
        HealthChecks health = new HealthChecks(database.jdbi());
        QueuedThreadPool requestThreads = RequestThreads.forThisMachine();
        // Meters only while the management port is on: Micrometer's registry and the JVM's binders load some 300
        // classes (class metadata a site without a scraper would keep for nothing).
        Optional<Metrics> metrics = config.metrics().isOn() ? Optional.of(new Metrics()) : Optional.empty();
        Optional<RequestMetrics> requestMetrics = metrics.map(on -> new RequestMetrics(on.registry(), localRenders));
        AtomicReference<MetricsServer> metricsServer = new AtomicReference<>();

        AccountRoom accounts = AccountRoom.create(database.jdbi(), config, clock, views, seo);
        AdminAuth auth = accounts.auth();
        LoginPages login = accounts.login();
        ImageVariants imageVariants = new ImageVariants(database.jdbi(), imageWorkers, changes);
        WorkflowService workflow = new WorkflowService(database.jdbi(), articles, clock);
        EditorPages editor = new EditorPages(new ArticleEditor(database.jdbi(), articles, heroImages, clock), workflow,
                new LinkSuggestions(database.jdbi(), searchIndex, config.baseUrl(), clock), seo, articlePage, views);
        // Internal links: the report, and the one-time reading of the links of articles saved before the link index.
        LinkPages linkPages = new LinkPages(new LinkReports(database.jdbi(), config.baseUrl(), clock), seo, views,
                clock);
        LinkBackfill linkBackfill = new LinkBackfill(database.jdbi());
        WorkflowPages workflowPages = new WorkflowPages(workflow, seo, views);
        PeoplePages peoplePages = new PeoplePages(new PersonEditor(database.jdbi(), heroImages, changes, clock), seo,
                views);
        ImportPages importPages = new ImportPages(new ArticleImporter(articles, clock), seo, views);
        HistoryPages history = new HistoryPages(new RevisionService(database.jdbi(), articles), workflow, views, seo);
        ImagePages images = new ImagePages(new StoredImages(database.jdbi(), clock));
        PolicyPages policyPages = new PolicyPages(simplePages, seo, markdown, views);
        PageEditorPages pageEditor = new PageEditorPages(simplePages, seo, views);
        SettingsPages settingsPages = new SettingsPages(siteSettings, simplePages, seo, views);
        ReviewCycleService reviewCycles = new ReviewCycleService(database.jdbi(), changes);
        ApiKeys apiKeys = new ApiKeys(database.jdbi(), clock);
        ContentApi contentApi = new ContentApi(articles, people, markdown, site);
        ApiPages api = new ApiPages(contentApi, apiKeys,
                new RateLimits(config.api().requestsPerMinute(), clock), new Cors(config.api().corsOrigins()), clock);
        ApiKeyPages apiKeyPages = new ApiKeyPages(apiKeys, seo, views);
        // Webhooks and IndexNow: events written with each change (outbox), sent by the dispatcher of any instance.
        OutboxRoom outbox = OutboxRoom.create(database.jdbi(), new PublicAddresses(config.baseUrl(), site::articleUrl,
                contentApi::articleUrl), config.outbox(), clock);
        Dispatcher dispatcher = outbox.dispatcher();
        WebhookPages webhookPages = new WebhookPages(outbox.endpoints(), seo, views);
        metrics.ifPresent(on -> SiteMeters.bind(on.registry(), pageCache, database, publisher, dispatcher,
                requestThreads));
        // The dashboard's queues, feature by feature; the reader's own come first whatever their place here.
        ReviewPages reviews = new ReviewPages(reviewCycles, List.of(reviewCycles::queues, workflow::queues),
                pageStore::status, seo, views, clock);
        // Redirects live in memory on every instance, read again whenever any instance changes them; the 404 log
        // counts in memory too and writes its counts every few seconds.
        LiveRedirects liveRedirects = new LiveRedirects();
        RedirectService redirects = new RedirectService(database.jdbi(), clock, changes,
                new RedirectAddresses(config.baseUrl()), liveRedirects);
        changes.subscribe(redirects::refreshAfter);
        NotFoundLog notFoundLog = new NotFoundLog(database.jdbi(), clock);
        RedirectStep redirectStep = new RedirectStep(liveRedirects, seo, views);
        RedirectPages redirectPages = new RedirectPages(redirects, seo, views);
        RedirectImportPages redirectImport = new RedirectImportPages(redirects, seo, views);
        NotFoundPages notFoundPages = new NotFoundPages(notFoundLog, seo, views);
        // Every request passes these steps in this order, whether Javalin, the cache before it or Jetty answers it.
        // A redirect wins over every page, cached or not, so its step comes before any page is answered.
        List<PolicyStep> steps = new ArrayList<>(List.of(
                new SecurityHeaders(config.isHttps()),
                new QueryStrings(),
                new BodyLimits(config.maxFormBytes()),
                redirectStep,
                PolicyStep.javalinHandlerUnder("/admin", auth::requireSession),
                PolicyStep.javalinHandlerUnder("/admin", auth::checkCsrf),
                new AccessLog(clients, localRenders)));
        requestMetrics.ifPresent(steps::add);
        steps.addAll(List.of(addedSteps));
        ResponsePolicy policy = new ResponsePolicy(steps);
        PlainErrors plainErrors = new PlainErrors(policy);
        CompletableFuture<Void> contentReady = database.whenOpen(() -> {
            siteSettings.refresh();
            redirects.load();
            DemoContent.loadIfEmpty(articles, new ArticleImporter(articles, clock));
            people.createIfMissing(Person.named(ArticleForm.DEFAULT_AUTHOR, Author.Kind.Organization));
            accounts.setupLink().announceIfNoAccounts();
        });

        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.appData(ARTICLES, articles);
            cfg.appData(PEOPLE, people);
            cfg.appData(PAGE_CACHE, pageCache);
            cfg.appData(PUBLISHER, publisher);
            cfg.appData(METRICS_SERVER, metricsServer);
            cfg.jetty.threadPool = requestThreads;
            cfg.jetty.addConnector((server, http) -> RequestThreads.connector(server, http, config.port()));
            cfg.jetty.addConnector(localRenders::connector);
            cfg.events.serverStarting(() -> {
                metrics.ifPresent(on -> metricsServer.set(MetricsServer.start(config.metrics(), on)));
            });
            cfg.events.serverStarted(() -> {
                changes.startWatching(database.dialect());
                contentReady.thenRun(redirects::reload); // what changed between the first read and the watching
                notFoundLog.start();
                publisher.start();
                contentReady.thenRun(imageVariants::makeMissingInBackground);
                contentReady.thenRun(dispatcher::start);
                contentReady.thenRun(linkBackfill::start);
                if (config.rendersAhead()) {
                    contentReady.thenRun(prerenderer::start); // which loads the store's index first
                } else if (config.pageCache()) {
                    contentReady.thenRunAsync(pageStore::loadIndex);
                }
            });
            cfg.events.serverStopping(() -> {
                prerenderer.close();
                linkBackfill.close();
                publisher.close();
                dispatcher.close();
                imageWorkers.close();
                notFoundLog.close();
                changes.close();
                Optional.ofNullable(metricsServer.get()).ifPresent(MetricsServer::close);
                metrics.ifPresent(Metrics::close);
            });
            cfg.events.serverStopped(database::close);
            cfg.jetty.modifyServer(server -> {
                // Stopping waits for requests in flight (up to the timeout) and refuses new ones. Javalin puts its
                // servlet inside the innermost wrapper, behind the shortcut for cached pages. The server starts while
                // the database opens, and accepts requests once the database and the demo content are ready.
                GracefulHandler graceful = new GracefulHandler();
                graceful.setHandler(new CachedPageShortcut(cached, policy, wholeBodies));
                server.setHandler(graceful);
                server.addBean(new ServesWhenReady(contentReady));
                server.setStopTimeout(SHUTDOWN_GRACE.toMillis());
                server.setErrorHandler(plainErrors);
            });
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            cfg.contextResolver.ip = clients::of;
            cfg.http.maxRequestSize = config.maxFormBytes();
            // The text fields of an upload form (the editor's article, the import's pasted document) may be as large
            // as a plain form.
            cfg.jetty.modifyServletContextHandler(context -> {
                context.setMaxFormContentSize(config.maxFormBytes());
                context.setErrorHandler(plainErrors);
            });
            // One limit, the whole request's, which WholeBodies enforces before a byte is parsed: a per-file limit
            // inside Jetty fails the parse half-way, and that failure, answered by Jetty and by Javalin at once,
            // left the connection answering later requests from a recycled response (a full run logged millions of
            // errors after it). A file too large for its field is refused by the page that reads it, with a message.
            long maxRequestBytes = ImagePages.maxRequestBytes(config.maxFormBytes());
            cfg.jetty.multipartConfig.maxFileSize(maxRequestBytes, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(maxRequestBytes, SizeUnit.BYTES);

            BiConsumer<String, Handler> publicPage = (path, handler) -> {
                cfg.routes.get(path, cached.wrap(handler));
                cfg.routes.head(path, cached.wrap(handler));
            };
            // The policy's steps are the only before-handlers: the shortcut for cached pages sees nothing else.
            policy.registerWith(cfg);

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
            // People: profile pages of authors and medical reviewers.
            publicPage.accept("/people/{slug}", profiles::showProfile);
            publicPage.accept("/people/{slug}/reviewed", profiles::showReviewed);
            cfg.routes.get("/static/<path>", assets::serve);
            cfg.routes.head("/static/<path>", assets::serve);
            cfg.routes.get("/images/{file}", images::serve);

            // The read-only Content API: every request with a key (ApiPages.keyed); its description is open.
            cfg.routes.get("/api/v1/openapi.json", api::showOpenApi);
            cfg.routes.get("/api/v1/articles", api.keyed(api::listArticles));
            cfg.routes.get("/api/v1/articles/{slug}", api.keyed(api::showArticle));
            cfg.routes.get("/api/v1/topics", api.keyed(api::listTopics));
            cfg.routes.get("/api/v1/people", api.keyed(api::listPeople));
            cfg.routes.options("/api/<path>", api::preflight);
            if (config.outbox().indexNow()) {
                IndexNowKey indexNowKey = new IndexNowKey(config.outbox().indexNowKey());
                cfg.routes.get(indexNowKey.path(), indexNowKey::serve);
            }

            // Every admin route is declared with the access it needs (AccountRoom's gate checks it before the
            // handler); AdminRoutePermissionsTest fails for an admin route declared without one.
            AdminRoutes admin = accounts.routes(cfg.routes);
            admin.get("/admin/images/{file}", VIEW_ADMIN, images::serveToAdmin);

            admin.get("/admin/login", Access.OPEN, login::showLogin);
            admin.post("/admin/login", Access.OPEN, login::handleLogin);
            admin.post("/admin/logout", Access.SIGNED_IN, login::handleLogout);
            admin.get("/admin/setup/{token}", Access.OPEN, login::showSetup);
            admin.post("/admin/setup/{token}", Access.OPEN, login::handleSetup);

            admin.get("/admin/ping", Access.SIGNED_IN, ctx -> ctx.status(204));
            admin.get("/admin/articles/new", EDIT_DRAFT, editor::showNewForm);
            admin.post("/admin/articles", EDIT_DRAFT, editor::createArticle);
            admin.post("/admin/preview", VIEW_ADMIN, editor::preview);
            admin.get("/admin/articles/{id}", VIEW_ADMIN, editor::showEditForm);
            admin.post("/admin/articles/{id}", EDIT_DRAFT, editor::saveArticle);
            admin.post("/admin/articles/{id}/trash", PUBLISH, editor::moveToTrash);
            admin.post("/admin/articles/{id}/restore", PUBLISH, editor::restoreFromTrash);
            admin.get("/admin/trash", PUBLISH, editor::showTrash);
            admin.post("/admin/trash/empty", PUBLISH, editor::emptyTrash);
            admin.get("/admin/articles/{id}/history", VIEW_ADMIN, history::showHistory);
            admin.get("/admin/articles/{id}/history/compare", VIEW_ADMIN, history::showComparison);
            admin.post("/admin/articles/{id}/history/{version}/restore", EDIT_DRAFT, history::restoreRevision);
            // Medical review workflow: submit, approve or request changes, publish an approved article.
            admin.post("/admin/articles/{id}/submit", EDIT_DRAFT, workflowPages::submitForReview);
            admin.post("/admin/articles/{id}/approve", REVIEW, workflowPages::approve);
            admin.post("/admin/articles/{id}/request-changes", REVIEW, workflowPages::requestChanges);
            admin.post("/admin/articles/{id}/publish", PUBLISH, workflowPages::publish);

            // Internal links: orphan articles, broken links and links to an old address (suggestions are on the editor).
            admin.get("/admin/links", VIEW_ADMIN, linkPages::showReport);

            admin.get("/admin/import", IMPORT, importPages::showImportForm);
            admin.post("/admin/import", IMPORT, importPages::importDocument);

            // People: the admin's person records (list, new, edit with photo, merge).
            admin.get("/admin/people", VIEW_ADMIN, peoplePages::listPeople);
            admin.get("/admin/people/new", MANAGE_PEOPLE, peoplePages::showNewForm);
            admin.post("/admin/people", MANAGE_PEOPLE, peoplePages::createPerson);
            admin.post("/admin/people/merge", MANAGE_PEOPLE, peoplePages::mergePeople);
            admin.get("/admin/people/{id}", MANAGE_PEOPLE, peoplePages::showEditForm);
            admin.post("/admin/people/{id}", MANAGE_PEOPLE, peoplePages::savePerson);

            // Roles and accounts: the accounts page, and the invitation link where an invitee picks a password.
            admin.get("/admin/accounts", MANAGE_ACCOUNTS, accounts.accounts()::listAccounts);
            admin.post("/admin/accounts", MANAGE_ACCOUNTS, accounts.accounts()::invite);
            admin.post("/admin/accounts/{id}/roles", MANAGE_ACCOUNTS, accounts.accounts()::changeRoles);
            admin.post("/admin/accounts/{id}/disable", MANAGE_ACCOUNTS, accounts.accounts()::disable);
            admin.post("/admin/accounts/{id}/enable", MANAGE_ACCOUNTS, accounts.accounts()::enable);
            admin.post("/admin/accounts/{id}/invite", MANAGE_ACCOUNTS, accounts.accounts()::renewInvitation);
            admin.get("/admin/invite/{token}", Access.OPEN, login::showInvite);
            admin.post("/admin/invite/{token}", Access.OPEN, login::handleInvite);

            // Policy pages and the publisher: simple pages (public and in the admin) and the site settings.
            publicPage.accept("/pages/{slug}", policyPages::showPage);
            admin.get("/admin/pages", PUBLISH, pageEditor::listPages);
            admin.get("/admin/pages/new", PUBLISH, pageEditor::showNewPage);
            admin.post("/admin/pages", PUBLISH, pageEditor::createPage);
            admin.get("/admin/pages/{id}", PUBLISH, pageEditor::showPageEditor);
            admin.post("/admin/pages/{id}", PUBLISH, pageEditor::savePage);
            admin.get("/admin/pages/{id}/history", PUBLISH, pageEditor::showPageHistory);
            admin.post("/admin/pages/{id}/history/{version}/restore", PUBLISH, pageEditor::restorePageVersion);
            // Redirects (answered by RedirectStep, a policy step) and the 404 log, with the old addresses beside them.
            admin.get("/admin/redirects", PUBLISH, redirectPages::listRedirects);
            admin.post("/admin/redirects", PUBLISH, redirectPages::createRedirect);
            admin.get("/admin/redirects/import", PUBLISH, redirectImport::showImportForm);
            admin.post("/admin/redirects/import", PUBLISH, redirectImport::importRedirects);
            admin.get("/admin/redirects/export", PUBLISH, redirectImport::exportRedirects);
            admin.get("/admin/redirects/not-found", PUBLISH, notFoundPages::showLog);
            admin.post("/admin/redirects/not-found/clear", PUBLISH, notFoundPages::clear);
            admin.post("/admin/redirects/not-found/{id}/dismiss", PUBLISH, notFoundPages::dismiss);
            admin.get("/admin/redirects/{id}", PUBLISH, redirectPages::showRedirect);
            admin.post("/admin/redirects/{id}", PUBLISH, redirectPages::saveRedirect);
            admin.post("/admin/redirects/{id}/delete", PUBLISH, redirectPages::deleteRedirect);
            admin.get("/admin/settings", MANAGE_SETTINGS, settingsPages::showSettings);
            admin.post("/admin/settings", MANAGE_SETTINGS, settingsPages::saveSettings);
            admin.get("/admin/api-keys", MANAGE_SETTINGS, apiKeyPages::listKeys);
            admin.post("/admin/api-keys", MANAGE_SETTINGS, apiKeyPages::createKey);
            admin.post("/admin/api-keys/{id}/revoke", MANAGE_SETTINGS, apiKeyPages::revokeKey);
            admin.get("/admin/webhooks", MANAGE_SETTINGS, webhookPages::listEndpoints);
            admin.post("/admin/webhooks", MANAGE_SETTINGS, webhookPages::createEndpoint);
            admin.get("/admin/webhooks/{id}", MANAGE_SETTINGS, webhookPages::showDeliveries);
            admin.post("/admin/webhooks/{id}/delete", MANAGE_SETTINGS, webhookPages::deleteEndpoint);
            admin.post("/admin/webhooks/{id}/deliveries/{delivery}/redeliver", MANAGE_SETTINGS,
                    webhookPages::redeliver);

            // Review cycles: the dashboard of review queues (the article list moved to /admin/articles; old list
            // links to /admin with filters are redirected there) and each topic's review interval.
            admin.get("/admin", VIEW_ADMIN, reviews::showDashboard);
            admin.get("/admin/articles", VIEW_ADMIN, editor::listArticles);
            admin.get("/admin/review-intervals", PUBLISH, reviews::showIntervals);
            admin.post("/admin/review-intervals", PUBLISH, reviews::saveInterval);

            cfg.routes.exception(NotPermitted.class, auth::answerNotPermitted);
            cfg.routes.exception(RedirectStep.Redirected.class, redirectStep::answer);
            // A missing address under the Content API is a problem in JSON; any other is counted in the 404 log.
            cfg.routes.error(404, api.notFoundOr(notFoundPages.countingThen(errors::notFound)));
            cfg.routes.exception(Exception.class, errors::serverError);
        });
        requestMetrics.ifPresent(step -> step.learnRoutes(app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(handler -> handler.endpoint.method.isHttpMethod())
                .map(handler -> handler.endpoint.path).toList()));
        return app;
    }
}
