package com.healthpress.seo;

import com.healthpress.article.Article;
import com.healthpress.article.Listing;
import com.healthpress.page.Page;
import com.healthpress.person.Person;
import com.healthpress.site.Breadcrumb;
import com.healthpress.site.Dates;
import com.healthpress.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the {@link PageMeta} of every public page type from the same data the page shows. */
public final class SeoPages {

    private static final String HOME = "Home";
    /** What search results show of a description. */
    private static final int DESCRIPTION_MAX = 160;

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

    /** A published simple page (a policy, the about page): indexed, with a trail from home. */
    public PageMeta page(Page page, String summary) {
        List<Breadcrumb> trail = List.of(new Breadcrumb(HOME, "/"), new Breadcrumb(page.title(), page.path()));
        String description = Truncation.atWordBoundary(summary, DESCRIPTION_MAX);
        return new PageMeta(page.title() + " — " + site.name(), description, site.url(page.path()), true, "website",
                structuredData.imageUrl(), trail, structuredData.forPage(page, description, trail));
    }

    /**
     * The newest page is the site's front door: indexed, with no trail. Older pages (found by cursor) are archive
     * pages: their addresses shift whenever an article is published, so that crawlers would see an endless supply
     * of overlapping pages. They are kept out of the index but their links followed ("noindex, follow"); the
     * sitemap is how crawlers find every article. Their canonical URL is their own address with only the cursor.
     */
    public PageMeta home(Listing listing) {
        String path = "/" + listing.at().query();
        if (listing.isFirst()) {
            return listingPage(site.name() + " — trustworthy health articles",
                    site.publisher().description().orElse("The latest health articles from " + site.name()
                            + ", newest first."), path, listing, List.of());
        }
        String label = archiveLabel(listing);
        return listingPage(label + " — " + site.name(),
                label + ": health articles from " + site.name() + ", newest first.", path, listing,
                List.of(new Breadcrumb(HOME, "/"), new Breadcrumb(label, path)));
    }

    /** A topic's newest page is indexed; its older pages are archive pages, as on the home listing. */
    public PageMeta topic(String topicName, String topicSlug, Listing listing) {
        String topicPath = Site.topicPath(topicSlug);
        String path = topicPath + listing.at().query();
        String description = "Health articles about " + topicName + " from " + site.name() + ", newest first.";
        List<Breadcrumb> trail = new ArrayList<>(List.of(new Breadcrumb(HOME, "/"), new Breadcrumb(topicName, topicPath)));
        if (listing.isFirst()) {
            return listingPage(topicName + " — " + site.name(), description, path, listing, trail);
        }
        String label = archiveLabel(listing);
        trail.add(new Breadcrumb(label, path));
        return listingPage(topicName + ": " + label.toLowerCase(Locale.ENGLISH) + " — " + site.name(), description,
                path, listing, trail);
    }

    /**
     * Search results (page from 1) for a query, or the empty search form when the query is blank. Never indexed:
     * result pages are endless and thin; their links lead to articles, which crawlers may follow.
     */
    public PageMeta search(String query, int page) {
        String title = query.isBlank() ? "Search" : "Search results for “" + query + "”"
                + (page > 1 ? ", page " + page : "");
        List<Breadcrumb> trail = List.of(new Breadcrumb(HOME, "/"), new Breadcrumb("Search", "/search"));
        return new PageMeta(title + " — " + site.name(), "", site.url("/search"), false, "website", null, trail,
                structuredData.forSearch(title, "/search", trail), true);
    }

    /**
     * A person's or organisation's profile: its first page (the newest of their articles) is indexed, older pages of
     * their articles are archive pages, as on the listings. The trail is Home › name.
     */
    public PageMeta profile(Person person, Listing wrote) {
        String path = person.profilePath() + wrote.at().query();
        List<Breadcrumb> trail = new ArrayList<>(List.of(new Breadcrumb(HOME, "/"),
                new Breadcrumb(person.name(), person.profilePath())));
        String title = person.nameWithCredentials() + " — " + site.name();
        if (!wrote.isFirst()) {
            String label = archiveLabel(wrote);
            trail.add(new Breadcrumb(label, path));
            title = person.name() + ": " + label.toLowerCase(Locale.ENGLISH) + " — " + site.name();
        }
        String description = (person.jobTitle() == null ? "" : person.jobTitle() + ". ")
                + "Articles written and medically reviewed by " + person.nameWithCredentials() + " for " + site.name()
                + ".";
        String image = person.hasPhoto() ? site.url(person.photo().socialImage().path()) : structuredData.imageUrl();
        return new PageMeta(title, description, site.url(path), wrote.isFirst(), "profile", image, trail,
                structuredData.forProfile(person, path, trail), true);
    }

    /** The keyset pages of the articles a person reviewed: archive pages, followed but not indexed. */
    public PageMeta reviewedBy(Person person, Listing reviewed) {
        String path = person.profilePath() + "/reviewed" + reviewed.at().query();
        String title = "Articles medically reviewed by " + person.name() + " — " + site.name();
        List<Breadcrumb> trail = List.of(new Breadcrumb(HOME, "/"), new Breadcrumb(person.name(), person.profilePath()),
                new Breadcrumb("Reviewed articles", path));
        return new PageMeta(title, title, site.url(path), false, "website", structuredData.imageUrl(), trail,
                structuredData.forListing(title, path, reviewed.items(), trail), true);
    }

    /** "Oldest articles", or "Articles up to 3 March 2026" after the newest article on the page. */
    static String archiveLabel(Listing listing) {
        if (listing.at().isOldest() || listing.isEmpty()) {
            return "Oldest articles";
        }
        return "Articles up to " + Dates.day(listing.items().get(0).publishedAt());
    }

    public PageMeta notFound() {
        return unindexed("Page not found — " + site.name());
    }

    /** The page of an address a redirect marks as gone (410). */
    public PageMeta gone() {
        return unindexed("Page removed — " + site.name());
    }

    public PageMeta serverError() {
        return unindexed("Something went wrong — " + site.name());
    }

    public PageMeta unavailable() {
        return unindexed("Temporarily unavailable — " + site.name());
    }

    /** An admin page: never indexed, no structured data. */
    public PageMeta adminPage(String title) {
        return unindexed(title + " — " + site.name() + " admin");
    }

    private PageMeta listingPage(String title, String description, String path, Listing listing,
                                 List<Breadcrumb> trail) {
        return new PageMeta(title, description, site.url(path), listing.isFirst(), "website",
                structuredData.imageUrl(), trail, structuredData.forListing(title, path, listing.items(), trail), true);
    }

    /** The canonical URL points home because the layout always writes one; robots keep the page out anyway. */
    private PageMeta unindexed(String title) {
        return new PageMeta(title, "", site.homeUrl(), false, "website", null, List.of(), "");
    }
}
