package com.healthpress.seo.web;

import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.SlugChange;
import com.healthpress.articles.ArticleService;
import com.healthpress.cache.PageTags;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.page.Page;
import com.healthpress.pages.PageService;
import com.healthpress.site.Site;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves what crawlers fetch besides pages: the sitemap index ({@code /sitemap.xml}) with its files under
 * {@code /sitemaps/}, robots.txt and the Atom feed. Article files hold the public articles of one block of ids
 * each, so no request reads more than one file's worth of rows.
 */
public final class CrawlerFiles {

    static final String SITEMAP_PATH = "/sitemap.xml";
    static final String PAGES_PATH = "/sitemaps/pages.xml";
    /**
     * URLs in one file of articles: a fifth of the sitemap protocol's limit. A file of 50,000 was 6 MB of XML, and
     * rendering two of them at once (as the background renderer does after filling the store) took the heap from 60
     * to 140 MB and the process 47 MB past its peak; each article's change renders its file again, too.
     */
    static final int URLS_PER_FILE = 10_000;
    static final int FEED_SIZE = 20;
    private static final Pattern ARTICLES_FILE = Pattern.compile("articles-([1-9][0-9]{0,8})\\.xml");
    private static final String XML = "application/xml; charset=utf-8";

    private final Site site;
    private final ArticleService articles;
    private final PageService pages;
    private final int urlsPerFile;

    public CrawlerFiles(Site site, ArticleService articles, PageService pages) {
        this(site, articles, pages, URLS_PER_FILE);
    }

    /** With fewer URLs per file, for tests that split small sites. */
    CrawlerFiles(Site site, ArticleService articles, PageService pages, int urlsPerFile) {
        this.site = site;
        this.articles = articles;
        this.pages = pages;
        this.urlsPerFile = urlsPerFile;
    }

    static String articlesPath(int blockNumber) {
        return "/sitemaps/articles-" + blockNumber + ".xml";
    }

    public void sitemap(Context ctx) {
        PageTags.declare(ctx, Set.of(ArticleChanges.CRAWLER_FILES));
        ctx.contentType(XML);
        ctx.result(SitemapXml.index(site, pagesFileChange(pages.publishedChanges()),
                articles.publicBlocks(urlsPerFile)));
    }

    /** {@code /sitemaps/{file}}: pages.xml or articles-N.xml; 404 for a file the index does not name. */
    public void sitemapFile(Context ctx) {
        String file = ctx.pathParam("file");
        PageTags.declare(ctx, Set.of(ArticleChanges.CRAWLER_FILES));
        if (file.equals("pages.xml")) {
            ctx.contentType(XML);
            ctx.result(SitemapXml.pages(site, articles.lastPublicChange().orElse(null), articles.publicTopics(),
                    articles.publicProfiles(), pages.publishedChanges()));
            return;
        }
        Matcher matcher = ARTICLES_FILE.matcher(file);
        if (!matcher.matches()) {
            throw new NotFoundResponse();
        }
        List<SlugChange> urls = articles.publicInBlock(Integer.parseInt(matcher.group(1)), urlsPerFile);
        if (urls.isEmpty()) {
            throw new NotFoundResponse();
        }
        ctx.contentType(XML);
        ctx.result(SitemapXml.articles(site, urls));
    }

    /** The pages file changes with the home page (any article) and with any published simple page. */
    private Instant pagesFileChange(List<SlugChange> simplePages) {
        Instant latest = articles.lastPublicChange().orElse(null);
        for (SlugChange page : simplePages) {
            if (latest == null || page.changedAt().isAfter(latest)) {
                latest = page.changedAt();
            }
        }
        return latest;
    }

    /**
     * Every public page but the articles themselves: the home page, the crawler files, and the topic, profile and
     * simple pages the sitemap lists (for the page store, which keeps them all rendered).
     */
    public List<String> publicPathsBesideArticles() {
        List<String> paths = new ArrayList<>(List.of("/", "/feed.xml", "/robots.txt", SITEMAP_PATH, PAGES_PATH));
        articles.publicBlocks(urlsPerFile).forEach(block -> paths.add(articlesPath(block.blockNumber())));
        articles.publicTopics().forEach(topic -> paths.add(Site.topicPath(topic.slug())));
        articles.publicProfiles().forEach(person -> paths.add(Author.profilePath(person.slug())));
        pages.publishedChanges().forEach(page -> paths.add(Page.pathOf(page.slug())));
        return paths;
    }

    public void robots(Context ctx) {
        PageTags.declare(ctx, Set.of());
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(RobotsTxt.render(site));
    }

    /**
     * The newest articles: the feed changes when they or their authors' records change, or when another article
     * joins them.
     */
    public void feed(Context ctx) {
        List<Article> newest = articles.latestWithoutFaq(FEED_SIZE);
        Set<String> tags = new HashSet<>(Set.of(ArticleChanges.LISTINGS));
        newest.forEach(article -> {
            tags.add(ArticleChanges.article(article.id()));
            tags.add(ArticleChanges.person(article.author().personId()));
        });
        PageTags.declare(ctx, tags);
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(AtomFeed.render(site, newest));
    }
}
