package com.healthpress.seo;

import com.fasterxml.jackson.databind.JsonNode;
import com.healthpress.TestArticles;
import com.healthpress.article.ArticleSummary;

import static com.healthpress.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Cursor;
import com.healthpress.article.HeroImage;
import com.healthpress.article.Listing;
import com.healthpress.article.PageAt;
import com.healthpress.site.Breadcrumb;
import com.healthpress.site.Site;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeoPagesTest {

    private static final Site SITE = new Site("Wellbeing Weekly", "https://health.example.org");
    private static final String IMAGE = "https://health.example.org/static/share.png";

    private final SeoPages pages = new SeoPages(SITE, new StructuredData(SITE, IMAGE));

    @Test
    void articleTitleAndDescriptionComeFromItsMetaFieldsWhenSet() {
        PageMeta meta = pages.article(article().metaTitle("Back pain: what helps").metaDescription("Seven tips.").build());

        assertEquals("Back pain: what helps", meta.title());
        assertEquals("Seven tips.", meta.description());
    }

    @Test
    void articleWithoutMetaFieldsUsesItsTitleAndLead() {
        PageMeta meta = pages.article(article().title("Managing back pain").lead("Most back pain improves.").build());

        assertEquals("Managing back pain", meta.title());
        assertEquals("Most back pain improves.", meta.description());
    }

    @Test
    void longLeadIsCutAtAWordBoundaryForTheDescription() {
        String lead = "Back pain is one of the most common reasons people see a doctor. ".repeat(4);

        String description = pages.article(article().lead(lead).build()).description();

        assertTrue(description.length() <= 160, description.length() + " chars");
        assertTrue(description.endsWith("…"));
        String kept = description.substring(0, description.length() - 1);
        assertTrue(lead.startsWith(kept));
        assertEquals(' ', lead.charAt(kept.length()));
    }

    @Test
    void articleIsAnIndexableArticleAtItsAbsoluteCanonicalUrl() {
        PageMeta meta = pages.article(article().slug("managing-back-pain").build());

        assertEquals("https://health.example.org/articles/managing-back-pain", meta.canonicalUrl());
        assertTrue(meta.indexable());
        assertEquals("article", meta.openGraphType());
        assertEquals(IMAGE, meta.imageUrl());
    }

    @Test
    void anArticleWithAHeroSharesItsSocialImageNotTheOriginal() {
        HeroImage hero = new HeroImage(7, "A stretch", 4000, 3000, "image/jpeg",
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true);

        PageMeta meta = pages.article(article().heroImage(hero).build());

        assertEquals("https://health.example.org/images/7-0123456789-1200w.jpg", meta.imageUrl());
    }

    @Test
    void articleTrailGoesHomeThenTopicThenArticle() {
        PageMeta meta = pages.article(article().slug("managing-back-pain").title("Managing back pain")
                .topic("Back & neck pain").build());

        assertEquals(List.of(
                new Breadcrumb("Home", "/"),
                new Breadcrumb("Back & neck pain", "/topics/back-neck-pain"),
                new Breadcrumb("Managing back pain", "/articles/managing-back-pain")), meta.breadcrumbs());
    }

    @Test
    void articleWithoutTopicSkipsTheTopicStep() {
        PageMeta meta = pages.article(article().slug("managing-back-pain").title("Managing back pain").build());

        assertEquals(List.of(new Breadcrumb("Home", "/"), new Breadcrumb("Managing back pain", "/articles/managing-back-pain")),
                meta.breadcrumbs());
    }

    @Test
    void articleJsonLdDescribesTheSamePageAndTrail() {
        PageMeta meta = pages.article(article().topic("Back pain").build());

        Graph graph = Graph.parse(meta.jsonLd());
        assertEquals(meta.canonicalUrl(), graph.only("MedicalWebPage").path("url").asText());
        assertEquals(meta.title(), graph.only("MedicalWebPage").path("name").asText());
        assertEquals(meta.description(), graph.only("MedicalWebPage").path("description").asText());
        JsonNode crumbs = graph.only("BreadcrumbList").path("itemListElement");
        assertEquals(meta.breadcrumbs().size(), crumbs.size());
        assertEquals("https://health.example.org/topics/back-pain", crumbs.get(1).path("item").asText());
    }

    @Test
    void firstHomePageIsTheCanonicalSiteRootNamedForTheSite() {
        PageMeta meta = pages.home(new Listing(List.of(summary()), PageAt.newest(), false, true));

        assertEquals("https://health.example.org/", meta.canonicalUrl());
        assertEquals("Wellbeing Weekly — trustworthy health articles", meta.title());
        assertTrue(meta.indexable());
        assertEquals("index, follow, max-image-preview:large", meta.robots());
        assertEquals("website", meta.openGraphType());
        assertTrue(meta.breadcrumbs().isEmpty());
        assertEquals(List.of("WebSite", "Organization", "CollectionPage"), Graph.parse(meta.jsonLd()).types());
    }

    @Test
    void olderHomePagesAreArchivePagesCanonicalToTheirCursorAndFollowedButNotIndexed() {
        Cursor cursor = new Cursor(Instant.parse("2026-03-09T10:00:00.123456Z"), 42);

        PageMeta meta = pages.home(new Listing(List.of(summary()), PageAt.before(cursor), true, true));

        String path = "/?before=2026-03-09T10:00:00.123456Z_42";
        assertEquals("https://health.example.org" + path, meta.canonicalUrl());
        assertEquals("Articles up to 2 March 2026 — Wellbeing Weekly", meta.title());
        assertFalse(meta.indexable());
        assertEquals("noindex, follow", meta.robots());
        assertEquals(List.of(new Breadcrumb("Home", "/"), new Breadcrumb("Articles up to 2 March 2026", path)),
                meta.breadcrumbs());
        Graph graph = Graph.parse(meta.jsonLd());
        assertEquals(List.of("WebSite", "Organization", "CollectionPage", "BreadcrumbList"), graph.types());
        assertEquals("https://health.example.org" + path, graph.only("CollectionPage").path("url").asText());
    }

    @Test
    void topicPageIsNamedForTheTopicAndListsItsArticles() {
        PageMeta meta = pages.topic("Back pain", "back-pain", new Listing(List.of(summary()), PageAt.newest(), false, false));

        assertEquals("Back pain — Wellbeing Weekly", meta.title());
        assertEquals("https://health.example.org/topics/back-pain", meta.canonicalUrl());
        assertTrue(meta.indexable());
        assertEquals(List.of(new Breadcrumb("Home", "/"), new Breadcrumb("Back pain", "/topics/back-pain")),
                meta.breadcrumbs());
        JsonNode items = Graph.parse(meta.jsonLd()).only("CollectionPage").path("mainEntity").path("itemListElement");
        assertEquals("https://health.example.org/articles/managing-back-pain", items.get(0).path("url").asText());
    }

    @Test
    void oldestTopicPageIsAnArchivePage() {
        PageMeta meta = pages.topic("Back pain", "back-pain", new Listing(List.of(summary()), PageAt.oldest(), true, false));

        assertEquals("Back pain: oldest articles — Wellbeing Weekly", meta.title());
        assertEquals("https://health.example.org/topics/back-pain?oldest", meta.canonicalUrl());
        assertEquals("noindex, follow", meta.robots());
        assertEquals(new Breadcrumb("Oldest articles", "/topics/back-pain?oldest"), meta.breadcrumbs().get(2));
    }

    @Test
    void searchPagesAreKeptOutOfTheIndexButTheirLinksAreFollowed() {
        PageMeta results = pages.search("back pain", 2);

        assertEquals("Search results for “back pain”, page 2 — Wellbeing Weekly", results.title());
        assertEquals("noindex, follow", results.robots());
        assertTrue(results.jsonLd().contains("\"SearchResultsPage\""), results.jsonLd());
        assertEquals("Search — Wellbeing Weekly", pages.search("", 1).title());
    }

    @Test
    void errorPagesAreKeptOutOfSearchResults() {
        for (PageMeta meta : List.of(pages.notFound(), pages.serverError())) {
            assertFalse(meta.indexable());
            assertEquals("noindex, nofollow", meta.robots());
            assertFalse(meta.hasJsonLd());
            assertTrue(meta.title().endsWith("— Wellbeing Weekly"), meta.title());
        }
        assertEquals("Page not found — Wellbeing Weekly", pages.notFound().title());
    }

    @Test
    void noPageHardCodesAnotherSiteName() {
        List<PageMeta> all = List.of(pages.article(article().build()),
                pages.home(new Listing(List.of(summary()), PageAt.newest(), false, false)),
                pages.home(new Listing(List.of(summary()), PageAt.oldest(), true, false)),
                pages.topic("Back pain", "back-pain", new Listing(List.of(summary()), PageAt.newest(), false, false)),
                pages.search("back pain", 1), pages.notFound(), pages.serverError());

        for (PageMeta meta : all) {
            assertFalse((meta.title() + meta.description() + meta.jsonLd()).contains("Healthpress"), meta.title());
        }
    }

    private static ArticleSummary summary() {
        return new ArticleSummary(0, "managing-back-pain", "Managing back pain", "Lead.", "Back pain",
                TestArticles.PUBLISHED, TestArticles.UPDATED, null);
    }
}
