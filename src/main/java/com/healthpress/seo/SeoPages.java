package com.healthpress.seo;

import com.healthpress.article.Article;
import com.healthpress.article.Listing;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link PageMeta} of every public page type from the same data the page shows. */
public final class SeoPages {

    private static final String HOME = "Home";

    private final Site site;
    private final StructuredData structuredData;

    public SeoPages(Site site, StructuredData structuredData) {
        this.site = site;
        this.structuredData = structuredData;
    }

    public PageMeta article(Article article) {
        List<Breadcrumb> trail = new ArrayList<>();
        trail.add(new Breadcrumb(HOME, "/"));
        if (article.hasTopic()) {
            trail.add(new Breadcrumb(article.topic(), Site.topicPath(article.topicSlug())));
        }
        trail.add(new Breadcrumb(article.title(), Site.articlePath(article.slug())));
        return new PageMeta(ArticleTexts.title(article), ArticleTexts.description(article),
                site.url(Site.articlePath(article.slug())), true, "article", structuredData.imageUrlFor(article), trail,
                structuredData.forArticle(article, trail));
    }

    /** Page 1 is the site's front door and has no trail; later pages lead back to it. */
    public PageMeta home(Listing listing) {
        int page = listing.page();
        String path = page == 1 ? "/" : "/?page=" + page;
        String title = page == 1
                ? site.name() + " — trustworthy health articles"
                : "Latest articles, page " + page + " — " + site.name();
        String description = page == 1
                ? "The latest health articles from " + site.name() + ", newest first."
                : "Page " + page + " of the latest health articles from " + site.name() + ".";
        List<Breadcrumb> trail = page == 1
                ? List.of()
                : List.of(new Breadcrumb(HOME, "/"), new Breadcrumb("Latest articles, page " + page, path));
        return listingPage(title, description, path, listing, trail);
    }

    public PageMeta topic(String topicName, String topicSlug, Listing listing) {
        int page = listing.page();
        String topicPath = Site.topicPath(topicSlug);
        String path = page == 1 ? topicPath : topicPath + "?page=" + page;
        String title = (page == 1 ? topicName : topicName + ", page " + page) + " — " + site.name();
        String description = "Health articles about " + topicName + " from " + site.name() + ", newest first.";
        List<Breadcrumb> trail = new ArrayList<>(List.of(new Breadcrumb(HOME, "/"), new Breadcrumb(topicName, topicPath)));
        if (page > 1) {
            trail.add(new Breadcrumb("Page " + page, path));
        }
        return listingPage(title, description, path, listing, trail);
    }

    public PageMeta notFound() {
        return unindexed("Page not found — " + site.name());
    }

    public PageMeta serverError() {
        return unindexed("Something went wrong — " + site.name());
    }

    /** An admin page: never indexed, no structured data. */
    public PageMeta adminPage(String title) {
        return unindexed(title + " — " + site.name() + " admin");
    }

    private PageMeta listingPage(String title, String description, String path, Listing listing,
                                 List<Breadcrumb> trail) {
        return new PageMeta(title, description, site.url(path), true, "website", structuredData.imageUrl(), trail,
                structuredData.forListing(title, path, listing.items(), trail));
    }

    /** The canonical URL points home because the layout always writes one; robots keep the page out anyway. */
    private PageMeta unindexed(String title) {
        return new PageMeta(title, "", site.homeUrl(), false, "website", null, List.of(), "");
    }
}
