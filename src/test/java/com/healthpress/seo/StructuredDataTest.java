package com.healthpress.seo;

import com.fasterxml.jackson.databind.JsonNode;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;

import static com.healthpress.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.ArticleSummary;
import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.HeroImage;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Reference;
import com.healthpress.site.Breadcrumb;
import com.healthpress.site.Site;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredDataTest {

    private static final Site SITE = new Site("Wellbeing Weekly", "https://health.example.org");
    private static final String IMAGE = "https://health.example.org/static/share.png";
    private static final String URL = "https://health.example.org/articles/managing-back-pain";
    private static final List<Breadcrumb> TRAIL = List.of(
            new Breadcrumb("Home", "/"),
            new Breadcrumb("Back pain", "/topics/back-pain"),
            new Breadcrumb("Managing back pain at home", "/articles/managing-back-pain"));

    private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private final StructuredData structuredData = new StructuredData(SITE, IMAGE);

    private Graph articleGraph(Article article) {
        return Graph.parse(structuredData.forArticle(article, TRAIL));
    }

    @Test
    void articlePageWithoutFaqHasSiteWebPageArticleAndBreadcrumbs() {
        Graph graph = articleGraph(article().build());

        assertEquals(List.of("WebSite", "Organization", "MedicalWebPage", "Article", "BreadcrumbList"), graph.types());
    }

    @Test
    void articlePageWithFaqAlsoHasFaqPage() {
        Graph graph = articleGraph(article().faq(List.of(new FaqItem("Is it serious?", "Rarely."))).build());

        assertEquals(List.of("WebSite", "Organization", "MedicalWebPage", "Article", "FAQPage", "BreadcrumbList"),
                graph.types());
    }

    @Test
    void nodesAreNamedByTheSiteAndPageUrls() {
        Graph graph = articleGraph(article().faq(List.of(new FaqItem("Q?", "A."))).build());

        assertEquals(List.of("https://health.example.org/#website", "https://health.example.org/#organization",
                        URL + "#webpage", URL + "#article", URL + "#faq", URL + "#breadcrumb"),
                List.copyOf(graph.byId().keySet()));
    }

    @Test
    void everyReferenceResolvesToTheRightNode() {
        Graph graph = articleGraph(article().faq(List.of(new FaqItem("Q?", "A."))).build());
        JsonNode website = graph.only("WebSite");
        JsonNode page = graph.only("MedicalWebPage");
        JsonNode articleNode = graph.only("Article");

        assertEquals("Organization", graph.resolve(website.path("publisher")).path("@type").asText());
        assertEquals("WebSite", graph.resolve(page.path("isPartOf")).path("@type").asText());
        assertEquals("BreadcrumbList", graph.resolve(page.path("breadcrumb")).path("@type").asText());
        assertEquals("Organization", graph.resolve(articleNode.path("publisher")).path("@type").asText());
        assertEquals("MedicalWebPage", graph.resolve(articleNode.path("mainEntityOfPage")).path("@type").asText());
        assertEquals("MedicalWebPage", graph.resolve(articleNode.path("isPartOf")).path("@type").asText());
        assertEquals("MedicalWebPage", graph.resolve(graph.only("FAQPage").path("isPartOf")).path("@type").asText());
    }

    @Test
    void longHeadlineIsCutAtAWordBoundaryWithinGooglesLimit() {
        String title = "Understanding chronic lower back pain and what the latest research says about exercise "
                + "therapy, posture, sleep and long-term recovery";

        String headline = articleGraph(article().title(title).build()).only("Article").path("headline").asText();

        assertTrue(headline.length() <= 110, headline.length() + " chars");
        assertTrue(headline.endsWith("…"), headline);
        String kept = headline.substring(0, headline.length() - 1);
        assertTrue(title.startsWith(kept), headline);
        assertFalse(Character.isLetterOrDigit(title.charAt(kept.length())), "cut between words: " + headline);
    }

    @Test
    void shortHeadlineIsTheWholeTitle() {
        String headline = articleGraph(article().title("Managing back pain at home").build())
                .only("Article").path("headline").asText();

        assertEquals("Managing back pain at home", headline);
    }

    @Test
    void datesAreUtcIsoInstantsToTheSecond() {
        Graph graph = articleGraph(article().build());

        for (JsonNode node : List.of(graph.only("Article"), graph.only("MedicalWebPage"))) {
            assertEquals("2026-03-02T08:15:30Z", node.path("datePublished").asText());
            assertEquals("2026-04-10T17:45:12Z", node.path("dateModified").asText());
        }
    }

    @Test
    void anArticleEditedBeforeItsScheduledPublicationWasModifiedWhenPublished() {
        Instant published = Instant.parse("2026-05-01T06:00:00Z");
        Graph graph = articleGraph(article().publishedAt(published).updatedAt(published.minusSeconds(86_400)).build());

        assertEquals("2026-05-01T06:00:00Z", graph.only("Article").path("dateModified").asText());
    }

    @Test
    void personAuthorIsAPersonWithNameAndProfile() {
        Author author = new Author("Dr Sam Lee", Author.Kind.Person, "https://health.example.org/about/sam");

        JsonNode node = articleGraph(article().author(author).build()).only("Article").path("author");

        assertEquals("Person", node.path("@type").asText());
        assertEquals("Dr Sam Lee", node.path("name").asText());
        assertEquals("https://health.example.org/about/sam", node.path("url").asText());
    }

    @Test
    void aLinkedAuthorAndReviewerAreNodesWithTheIdAndUrlOfTheirProfilePages() {
        Author author = Author.linked(7, "dr-sam-lee", "Dr Sam Lee", Author.Kind.Person, "MD");
        MedicalReview review = new MedicalReview(8, "dr-jane-roe", "Dr Jane Roe", "MD, FRCP", LocalDate.of(2026, 4, 1));

        Graph graph = articleGraph(article().author(author).review(review).build());

        JsonNode writer = graph.only("Article").path("author");
        assertEquals("Person", writer.path("@type").asText());
        assertEquals("https://health.example.org/people/dr-sam-lee#person", writer.path("@id").asText());
        assertEquals("https://health.example.org/people/dr-sam-lee", writer.path("url").asText());
        JsonNode reviewer = graph.only("MedicalWebPage").path("reviewedBy");
        assertEquals("https://health.example.org/people/dr-jane-roe#person", reviewer.path("@id").asText());
        assertEquals("https://health.example.org/people/dr-jane-roe", reviewer.path("url").asText());
        assertEquals("MD, FRCP", reviewer.path("honorificSuffix").asText());
    }

    @Test
    void aLinkedOrganisationAuthorIsAnOrganizationNodeWithItsProfile() {
        Author author = Author.linked(9, "editorial-team", "Editorial team", Author.Kind.Organization, null);

        JsonNode node = articleGraph(article().author(author).build()).only("Article").path("author");

        assertEquals("Organization", node.path("@type").asText());
        assertEquals("https://health.example.org/people/editorial-team#organization", node.path("@id").asText());
        assertEquals("https://health.example.org/people/editorial-team", node.path("url").asText());
    }

    @Test
    void organisationAuthorIsAnOrganizationWithoutUrlWhenNoneIsSet() {
        JsonNode node = articleGraph(article().author(Author.organization("Editorial team")).build())
                .only("Article").path("author");

        assertEquals("Organization", node.path("@type").asText());
        assertEquals("Editorial team", node.path("name").asText());
        assertFalse(node.has("url"));
    }

    @Test
    void reviewedArticleNamesItsReviewerAndReviewDate() {
        MedicalReview review = new MedicalReview("Dr Jane Roe", "MD, FRCP", LocalDate.of(2026, 4, 1));

        JsonNode page = articleGraph(article().review(review).build()).only("MedicalWebPage");

        assertEquals("2026-04-01", page.path("lastReviewed").asText());
        assertEquals("Person", page.path("reviewedBy").path("@type").asText());
        assertEquals("Dr Jane Roe", page.path("reviewedBy").path("name").asText());
        assertEquals("MD, FRCP", page.path("reviewedBy").path("honorificSuffix").asText());
    }

    @Test
    void unreviewedArticleClaimsNoReview() {
        JsonNode page = articleGraph(article().build()).only("MedicalWebPage");

        assertFalse(page.has("lastReviewed"));
        assertFalse(page.has("reviewedBy"));
    }

    @Test
    void reviewWithoutDateOrCredentialsLeavesThemOut() {
        JsonNode page = articleGraph(article().review(new MedicalReview("Dr Jane Roe", null, null)).build())
                .only("MedicalWebPage");

        assertFalse(page.has("lastReviewed"));
        assertEquals("Dr Jane Roe", page.path("reviewedBy").path("name").asText());
        assertFalse(page.path("reviewedBy").has("honorificSuffix"));
    }

    @Test
    void faqPageHasEveryQuestionAndAnswerInOrderExactlyAsStored() {
        List<FaqItem> faq = List.of(
                new FaqItem("When should I see a doctor?", "If the pain lasts more than 6 weeks."),
                new FaqItem("Does rest help?", "Staying active  helps more than bed rest.\nKeep moving."),
                new FaqItem("Is heat or ice better?", "Either — use what feels better."));

        JsonNode questions = articleGraph(article().faq(List.of(faq.toArray(FaqItem[]::new))).build())
                .only("FAQPage").path("mainEntity");

        List<FaqItem> emitted = new ArrayList<>();
        for (JsonNode question : questions) {
            assertEquals("Question", question.path("@type").asText());
            assertEquals("Answer", question.path("acceptedAnswer").path("@type").asText());
            emitted.add(new FaqItem(question.path("name").asText(), question.path("acceptedAnswer").path("text").asText()));
        }
        assertEquals(faq, emitted);
    }

    @Test
    void breadcrumbsArePositionedFromOneWithAbsoluteUrls() {
        JsonNode items = articleGraph(article().build()).only("BreadcrumbList").path("itemListElement");

        assertEquals(3, items.size());
        for (int i = 0; i < TRAIL.size(); i++) {
            assertEquals("ListItem", items.get(i).path("@type").asText());
            assertEquals(i + 1, items.get(i).path("position").asInt());
            assertEquals(TRAIL.get(i).name(), items.get(i).path("name").asText());
            assertEquals(SITE.url(TRAIL.get(i).path()), items.get(i).path("item").asText());
        }
    }

    @Test
    void articleCarriesTopicKeywordAndSiteImage() {
        JsonNode node = articleGraph(article().topic("Back pain").focusKeyword("back pain relief").build())
                .only("Article");

        assertEquals("Back pain", node.path("articleSection").asText());
        assertEquals("back pain relief", node.path("keywords").asText());
        assertEquals(IMAGE, node.path("image").path("url").asText());
    }

    @Test
    void beforeItsVariantsAreMadeTheHeroIsTheArticlesOneImageWithItsSizeAndAltText() {
        HeroImage hero = new HeroImage(7, "A physiotherapist guiding a stretch", 1600, 900, "image/webp",
                HASH, false);
        Graph graph = articleGraph(article().heroImage(hero).build());

        JsonNode images = graph.only("Article").path("image");
        assertEquals(1, images.size());
        JsonNode image = images.get(0);
        assertEquals("https://health.example.org/images/7-0123456789.webp", image.path("url").asText());
        assertEquals(1600, image.path("width").asInt());
        assertEquals(900, image.path("height").asInt());
        assertEquals("A physiotherapist guiding a stretch", image.path("description").asText());
        assertEquals(image.path("url"), image.path("contentUrl"));
        assertEquals(image, graph.only("MedicalWebPage").path("primaryImageOfPage"));
        assertEquals(IMAGE, graph.only("Organization").path("logo").path("url").asText(), "the logo stays the site's");
    }

    @Test
    void aLargeHeroIsListedAsTheThreeCropsGoogleAsksForEachAtLeast1200Wide() {
        HeroImage hero = new HeroImage(7, "A physiotherapist guiding a stretch", 4000, 3000, "image/jpeg", HASH, true);

        JsonNode images = articleGraph(article().heroImage(hero).build()).only("Article").path("image");

        assertEquals(List.of("16:9", "4:3", "1:1"), aspectRatios(images));
        for (JsonNode image : images) {
            assertTrue(image.path("width").asInt() >= 1200, image.toString());
            assertEquals("ImageObject", image.path("@type").asText());
            assertTrue(image.path("url").asText().startsWith("https://health.example.org/images/7-0123456789-"),
                    image.toString());
            assertEquals(image.path("url"), image.path("contentUrl"));
            assertEquals("A physiotherapist guiding a stretch", image.path("description").asText());
        }
        assertEquals(hero.crops().stream().map(crop -> SITE.url(crop.path())).toList(),
                images.findValuesAsText("url"));
    }

    @Test
    void aWideButShallowHeroListsOnlyTheCropsItIsLargeEnoughFor() {
        HeroImage hero = new HeroImage(7, "A wide chart", 600, 200, "image/png", HASH, true);

        JsonNode images = articleGraph(article().heroImage(hero).build()).only("Article").path("image");

        assertEquals(List.of("16:9", "4:3"), aspectRatios(images), "a 200 px square is below Google's 50,000 pixels");
    }

    @Test
    void aHeroTooSmallForAnyCropIsListedOnceAsItsSocialImage() {
        HeroImage hero = new HeroImage(7, "A small icon", 200, 100, "image/png", HASH, true);

        JsonNode images = articleGraph(article().heroImage(hero).build()).only("Article").path("image");

        assertEquals(1, images.size());
        assertEquals(SITE.url(hero.socialImage().path()), images.get(0).path("url").asText());
        assertEquals(200, images.get(0).path("width").asInt());
        assertEquals(100, images.get(0).path("height").asInt());
    }

    @Test
    void thePagesPrimaryImageIsTheWholeHeroAt1200WideAsSharedLinksShowIt() {
        HeroImage hero = new HeroImage(7, "A physiotherapist guiding a stretch", 4000, 3000, "image/jpeg", HASH, true);

        JsonNode primary = articleGraph(article().heroImage(hero).build()).only("MedicalWebPage")
                .path("primaryImageOfPage");

        assertEquals("ImageObject", primary.path("@type").asText());
        assertEquals(SITE.url(hero.socialImage().path()), primary.path("url").asText());
        assertEquals(primary.path("url"), primary.path("contentUrl"));
        assertEquals(1200, primary.path("width").asInt());
        assertEquals(900, primary.path("height").asInt());
        assertEquals("A physiotherapist guiding a stretch", primary.path("description").asText());
    }

    /** Each image's width:height in lowest terms, allowing the one pixel that rounding a crop's height may cost. */
    private static List<String> aspectRatios(JsonNode images) {
        List<String> ratios = new ArrayList<>();
        for (JsonNode image : images) {
            int width = image.path("width").asInt();
            int height = image.path("height").asInt();
            ratios.add(List.of(new int[] {16, 9}, new int[] {4, 3}, new int[] {1, 1}).stream()
                    .filter(ratio -> Math.abs(width * ratio[1] - height * ratio[0]) <= ratio[0])
                    .map(ratio -> ratio[0] + ":" + ratio[1])
                    .findFirst().orElse(width + "x" + height));
        }
        return ratios;
    }

    @Test
    void referencesAreCitationsInOrderWithOnlyHttpLinks() {
        Graph graph = articleGraph(article().references(List.of(
                new Reference("Low back pain guideline", "NICE", 2020, "https://www.nice.org.uk/guidance/ng59", null),
                new Reference("Untrusted link", null, null, "javascript:alert(1)", null))).build());

        JsonNode citations = graph.only("Article").path("citation");
        assertEquals(2, citations.size());
        assertEquals("CreativeWork", citations.get(0).path("@type").asText());
        assertEquals("Low back pain guideline", citations.get(0).path("name").asText());
        assertEquals("NICE", citations.get(0).path("publisher").path("name").asText());
        assertEquals("2020", citations.get(0).path("datePublished").asText());
        assertEquals("https://www.nice.org.uk/guidance/ng59", citations.get(0).path("url").asText());
        assertFalse(citations.get(1).has("url"));
        assertFalse(citations.get(1).has("publisher"));
    }

    @Test
    void articleWithoutReferencesHasNoCitation() {
        assertFalse(articleGraph(article().build()).only("Article").has("citation"));
    }

    @Test
    void withoutAConfiguredImageNoNodeClaimsOne() {
        Graph graph = Graph.parse(new StructuredData(SITE).forArticle(article().build(), TRAIL));

        assertFalse(graph.only("Organization").has("logo"));
        assertFalse(graph.only("MedicalWebPage").has("primaryImageOfPage"));
        assertFalse(graph.only("Article").has("image"));
    }

    @Test
    void configuredImageIsTheOrganizationLogoAndThePrimaryImage() {
        Graph graph = articleGraph(article().build());

        assertEquals(IMAGE, graph.only("Organization").path("logo").path("url").asText());
        assertEquals("ImageObject", graph.only("MedicalWebPage").path("primaryImageOfPage").path("@type").asText());
        assertEquals(IMAGE, graph.only("MedicalWebPage").path("primaryImageOfPage").path("url").asText());
    }

    @Test
    void siteNodesUseTheConfiguredName() {
        Graph graph = articleGraph(article().build());

        assertEquals("Wellbeing Weekly", graph.only("WebSite").path("name").asText());
        assertEquals("https://health.example.org/", graph.only("WebSite").path("url").asText());
        assertEquals("Wellbeing Weekly", graph.only("Organization").path("name").asText());
    }

    @Test
    void hostileArticleTextStaysDataAndParsesBackExactly() {
        String script = "</script><script>alert(1)</script>";
        String img = "<img src=x onerror=alert(1)>";
        Article hostile = article()
                .title(script + " title")
                .lead(img + " lead")
                .author(new Author("Mallory & Co", Author.Kind.Organization, "javascript:alert(1)"))
                .faq(List.of(new FaqItem("Q " + script, "A " + img + " \u2028 javascript:alert(1)")))
                .build();

        String json = structuredData.forArticle(hostile, TRAIL);

        for (String raw : new String[] {"<", ">", "&", "\u2028"}) {
            assertFalse(json.contains(raw), "raw " + raw);
        }
        Graph graph = Graph.parse(json);
        assertEquals(script + " title", graph.only("Article").path("headline").asText());
        assertEquals(img + " lead", graph.only("Article").path("description").asText());
        assertEquals("Mallory & Co", graph.only("Article").path("author").path("name").asText());
        JsonNode question = graph.only("FAQPage").path("mainEntity").get(0);
        assertEquals("Q " + script, question.path("name").asText());
        assertEquals("A " + img + " \u2028 javascript:alert(1)", question.path("acceptedAnswer").path("text").asText());
    }

    @Test
    void listingIsACollectionPageOfItsArticlesInOrder() {
        List<ArticleSummary> items = List.of(summary("first-article", "First article"),
                summary("second-article", "Second & <b>last</b>"));
        List<Breadcrumb> trail = List.of(new Breadcrumb("Home", "/"), new Breadcrumb("Back pain", "/topics/back-pain"));

        Graph graph = Graph.parse(structuredData.forListing("Back pain — Wellbeing Weekly", "/topics/back-pain", items,
                trail));

        assertEquals(List.of("WebSite", "Organization", "CollectionPage", "BreadcrumbList"), graph.types());
        JsonNode page = graph.only("CollectionPage");
        assertEquals("https://health.example.org/topics/back-pain#webpage", page.path("@id").asText());
        assertEquals("https://health.example.org/topics/back-pain", page.path("url").asText());
        assertEquals("Back pain — Wellbeing Weekly", page.path("name").asText());
        assertEquals("WebSite", graph.resolve(page.path("isPartOf")).path("@type").asText());
        assertEquals("BreadcrumbList", graph.resolve(page.path("breadcrumb")).path("@type").asText());
        JsonNode list = page.path("mainEntity");
        assertEquals("ItemList", list.path("@type").asText());
        JsonNode second = list.path("itemListElement").get(1);
        assertEquals(2, second.path("position").asInt());
        assertEquals("https://health.example.org/articles/second-article", second.path("url").asText());
        assertEquals("Second & <b>last</b>", second.path("name").asText());
    }

    @Test
    void listingWithoutATrailHasNoBreadcrumbs() {
        Graph graph = Graph.parse(structuredData.forListing("Home", "/", List.of(summary("a", "A")), List.of()));

        assertEquals(List.of("WebSite", "Organization", "CollectionPage"), graph.types());
        assertFalse(graph.only("CollectionPage").has("breadcrumb"));
    }

    @Test
    void everyTypeAndPropertyIsASchemaOrgTermUsedWithinItsDomain() {
        SchemaOrgTerms terms = SchemaOrgTerms.load();
        Article everything = article()
                .topic("Back pain")
                .focusKeyword("back pain")
                .author(new Author("Dr Sam Lee", Author.Kind.Person, "https://example.org/sam"))
                .review(new MedicalReview("Dr Jane Roe", "MD", LocalDate.of(2026, 4, 1)))
                .faq(List.of(new FaqItem("Q?", "A.")))
                .references(List.of(new Reference("A study", "A journal", 2024, "https://example.org/study", null)))
                .heroImage(new HeroImage(3, "Alt", 1200, 630, "image/png",
                        "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210", true))
                .build();

        terms.assertUsesOnlyKnownTerms(articleGraph(everything).root(), "article");
        terms.assertUsesOnlyKnownTerms(Graph.parse(structuredData.forListing("Home", "/?page=2",
                List.of(summary("a", "A")), TRAIL)).root(), "listing");
        terms.assertUsesOnlyKnownTerms(Graph.parse(structuredData.forSearch("Search", "/search", TRAIL)).root(),
                "search");
    }

    @Test
    void searchIsASearchResultsPageWithItsTrail() {
        List<Breadcrumb> trail = List.of(new Breadcrumb("Home", "/"), new Breadcrumb("Search", "/search"));

        Graph graph = Graph.parse(structuredData.forSearch("Search results for “knee”", "/search", trail));

        assertEquals(List.of("WebSite", "Organization", "SearchResultsPage", "BreadcrumbList"), graph.types());
        JsonNode page = graph.only("SearchResultsPage");
        assertEquals("https://health.example.org/search", page.path("url").asText());
        assertEquals("Search results for “knee”", page.path("name").asText());
        assertEquals("BreadcrumbList", graph.resolve(page.path("breadcrumb")).path("@type").asText());
    }

    static ArticleSummary summary(String slug, String title) {
        return new ArticleSummary(0, slug, title, "Lead.", "Back pain", TestArticles.PUBLISHED, TestArticles.UPDATED,
                null);
    }
}
