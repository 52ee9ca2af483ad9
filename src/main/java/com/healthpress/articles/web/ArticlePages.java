package com.healthpress.articles.web;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleSummary;
import com.healthpress.article.Listing;
import com.healthpress.article.PageAt;
import com.healthpress.articles.ArticlePageModel;
import com.healthpress.articles.ArticleService;
import com.healthpress.cache.PageTags;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Site;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reader's pages: the home page with the latest articles, an article, and the articles of one topic. */
public final class ArticlePages {

    static final int PAGE_SIZE = 10;

    private final ArticleService articles;
    private final SeoPages seo;
    private final ArticlePageModel articlePage;
    private final Views views;

    public ArticlePages(ArticleService articles, SeoPages seo, ArticlePageModel articlePage, Views views) {
        this.articles = articles;
        this.seo = seo;
        this.articlePage = articlePage;
        this.views = views;
    }

    public void showHome(Context ctx) {
        if (redirectedNumberedPage(ctx, "/")) {
            return;
        }
        Listing listing = requireItems(articles.latest(pageAt(ctx), PAGE_SIZE));
        views.answer(ctx, "article/home", Map.of("meta", seo.home(listing), "listing", listing));
    }

    public void showArticle(Context ctx) {
        String slug = ctx.pathParam("slug");
        Optional<Article> found = articles.findPublic(slug);
        if (found.isEmpty()) {
            String current = articles.findRedirect(slug).orElseThrow(NotFoundResponse::new);
            ctx.redirect(Site.articlePath(current), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Article article = found.get();
        List<ArticleSummary> related = articles.related(article);
        PageTags.declare(ctx, dependencies(article, related));
        views.answer(ctx, "article/show", articlePage.forReaders(article, related,
                articles.publicHistory(article)));
    }

    public void showTopic(Context ctx) {
        String topicSlug = ctx.pathParam("topic");
        String topic = articles.findPublicTopic(topicSlug).orElseThrow(NotFoundResponse::new);
        if (redirectedNumberedPage(ctx, Site.topicPath(topicSlug))) {
            return;
        }
        Listing listing = requireItems(articles.latestInTopic(topicSlug, pageAt(ctx), PAGE_SIZE));
        views.answer(ctx, "article/topic", Map.of(
                "meta", seo.topic(topic, topicSlug, listing),
                "topic", topic,
                "topicPath", Site.topicPath(topicSlug),
                "listing", listing));
    }

    /**
     * An article page shows its own article, its author's and reviewer's records, the related ones it links to, and
     * depends on its topic's articles.
     */
    private static Set<String> dependencies(Article article, List<ArticleSummary> related) {
        Set<String> tags = new HashSet<>();
        tags.add(ArticleChanges.article(article.id()));
        tags.add(ArticleChanges.person(article.author().personId()));
        if (article.hasReview()) {
            tags.add(ArticleChanges.person(article.review().reviewerId()));
        }
        if (article.hasTopic()) {
            tags.add(ArticleChanges.topic(article.topicSlug()));
        }
        for (ArticleSummary item : related) {
            tags.add(ArticleChanges.article(item.id()));
            if (!java.util.Objects.equals(item.topicSlug(), article.topicSlug())) {
                tags.add(ArticleChanges.RELATED_FALLBACK);
            }
        }
        if (related.size() < ArticleService.RELATED_COUNT) {
            tags.add(ArticleChanges.RELATED_FALLBACK);
        }
        return tags;
    }

    /** The page the query names (see {@link PageAt#fromQuery}); a malformed or contradictory one does not exist. */
    private static PageAt pageAt(Context ctx) {
        return PageAt.fromQuery(ctx.queryParam(PageAt.BEFORE), ctx.queryParam(PageAt.AFTER),
                        ctx.queryParam(PageAt.OLDEST))
                .orElseThrow(NotFoundResponse::new);
    }

    /**
     * Listings used to be numbered ({@code ?page=3}); such links now lead to the listing's front page with a 301,
     * as numbered pages no longer exist. Anything but a page number is a page that does not exist.
     */
    private static boolean redirectedNumberedPage(Context ctx, String listingPath) {
        String page = ctx.queryParam("page");
        if (page == null) {
            return false;
        }
        if (!page.matches("[1-9][0-9]{0,8}")) {
            throw new NotFoundResponse();
        }
        ctx.redirect(listingPath, HttpStatus.MOVED_PERMANENTLY);
        return true;
    }

    /** Past the newest page, a page without articles does not exist (its cursor points past either end). */
    private static Listing requireItems(Listing listing) {
        if (listing.isEmpty() && !listing.isFirst()) {
            throw new NotFoundResponse();
        }
        return listing;
    }
}
