package com.healthpress.seo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleSummary;
import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.HeroImage;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Reference;
import com.healthpress.page.ContactPoint;
import com.healthpress.page.Page;
import com.healthpress.page.PageKind;
import com.healthpress.page.PolicyRole;
import com.healthpress.page.Publisher;
import com.healthpress.person.Person;
import com.healthpress.site.Breadcrumb;
import com.healthpress.site.Site;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds each page's schema.org JSON-LD {@code @graph} with Jackson, escaped so it cannot end its script element.
 * Nodes refer to each other by {@code @id}: {@code {base}/#website} and {@code {base}/#organization} for the site,
 * {@code {page url}#webpage}, {@code #article}, {@code #faq} and {@code #breadcrumb} for the page.
 */
public final class StructuredData {

    static final int HEADLINE_MAX = 110;
    static final int DESCRIPTION_MAX = 300;
    private static final String LANGUAGE = "en";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Site site;
    private final String imageUrl;

    public StructuredData(Site site) {
        this(site, null);
    }

    /** {@code imageUrl}: the absolute URL of the site's default image (logo and page image), or null for none. */
    public StructuredData(Site site, String imageUrl) {
        this.site = site;
        this.imageUrl = imageUrl == null || imageUrl.isBlank() ? null : imageUrl;
    }

    /** The site's default image for pages that have none of their own; null when none is configured. */
    String imageUrl() {
        return imageUrl;
    }

    /** WebSite, Organization, MedicalWebPage, Article, FAQPage (when there are questions) and BreadcrumbList. */
    public String forArticle(Article article, List<Breadcrumb> trail) {
        String url = site.url(Site.articlePath(article.slug()));
        ArrayNode graph = siteNodes();
        graph.add(medicalWebPage(article, url, !trail.isEmpty()));
        graph.add(article(article, url));
        if (article.hasFaq()) {
            graph.add(faqPage(article.faq(), url));
        }
        if (!trail.isEmpty()) {
            graph.add(breadcrumbList(trail, url));
        }
        return document(graph);
    }

    /** WebSite, Organization, a CollectionPage listing the given articles, and BreadcrumbList (when there is a trail). */
    public String forListing(String name, String path, List<ArticleSummary> items, List<Breadcrumb> trail) {
        return forPage("CollectionPage", name, path, trail, page -> page.set("mainEntity", itemList(items)));
    }

    /**
     * WebSite, Organization, a ProfilePage whose main entity is the person (or organisation) with the same
     * {@code @id} that the articles' author and reviewedBy carry, and the BreadcrumbList.
     */
    public String forProfile(Person person, String path, List<Breadcrumb> trail) {
        ObjectNode entity = profileEntity(person);
        return forPage("ProfilePage", person.nameWithCredentials(), path, trail,
                page -> page.set("mainEntity", reference(entity.path("@id").asText())), List.of(entity));
    }

    private ObjectNode profileEntity(Person person) {
        ObjectNode node = node(person.kind().name(), personId(person.slug(), person.kind()))
                .put("name", person.name())
                .put("url", site.url(person.profilePath()));
        if (person.jobTitle() != null) {
            node.put("jobTitle", person.jobTitle());
        }
        if (person.hasCredentials()) {
            node.put("honorificSuffix", person.credentials());
        }
        if (person.hasBio()) {
            node.put("description", Truncation.atWordBoundary(plainText(person.bio()), DESCRIPTION_MAX));
        }
        if (person.hasPhoto()) {
            node.set("image", imageObject(person.photo().socialImage(), person.photo().alt()));
        }
        if (!person.sameAs().isEmpty()) {
            ArrayNode sameAs = node.putArray("sameAs");
            person.sameAs().forEach(sameAs::add);
        }
        if (!person.isOrganization()) {
            node.set("worksFor", reference(organizationId()));
        }
        return node;
    }

    /** Markdown's marks and link targets dropped: the bio as a sentence for the description. */
    private static String plainText(String markdown) {
        return markdown.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("[#*_>`\\[\\]]", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** WebSite, Organization, a SearchResultsPage and its BreadcrumbList. */
    public String forSearch(String name, String path, List<Breadcrumb> trail) {
        return forPage("SearchResultsPage", name, path, trail, page -> { });
    }

    /**
     * WebSite, Organization, the page as a WebPage (an AboutPage about the Organization, or a ContactPage) and its
     * BreadcrumbList.
     */
    public String forPage(Page page, String description, List<Breadcrumb> trail) {
        return forPage(page.kind().schemaType(), page.title(), page.path(), trail, node -> {
            if (!description.isBlank()) {
                node.put("description", description);
            }
            if (page.publishedAt() != null) {
                node.put("datePublished", Timestamps.iso(page.publishedAt()));
            }
            node.put("dateModified", Timestamps.iso(Timestamps.lastChange(page.publishedAt(), page.updatedAt())));
            node.set(page.kind() == PageKind.WEB_PAGE ? "publisher" : "about",
                    reference(organizationId()));
        });
    }

    private String forPage(String type, String name, String path, List<Breadcrumb> trail, Consumer<ObjectNode> more) {
        return forPage(type, name, path, trail, more, List.of());
    }

    /** {@code entities}: nodes the page is about, placed after it in the graph. */
    private String forPage(String type, String name, String path, List<Breadcrumb> trail, Consumer<ObjectNode> more,
                           List<ObjectNode> entities) {
        String url = site.url(path);
        ArrayNode graph = siteNodes();
        ObjectNode page = node(type, webPageId(url))
                .put("url", url)
                .put("name", name)
                .put("inLanguage", LANGUAGE)
                .set("isPartOf", reference(webSiteId()));
        if (!trail.isEmpty()) {
            page.set("breadcrumb", reference(breadcrumbId(url)));
        }
        more.accept(page);
        graph.add(page);
        entities.forEach(graph::add);
        if (!trail.isEmpty()) {
            graph.add(breadcrumbList(trail, url));
        }
        return document(graph);
    }

    private ArrayNode siteNodes() {
        ArrayNode graph = JSON.arrayNode();
        graph.add(node("WebSite", webSiteId())
                .put("name", site.name())
                .put("url", site.homeUrl())
                .put("inLanguage", LANGUAGE)
                .set("publisher", reference(organizationId())));
        graph.add(organization(site.publisher()));
        return graph;
    }

    /** The publisher with what its settings say, and nothing they leave unset. */
    private ObjectNode organization(Publisher publisher) {
        ObjectNode organization = node("Organization", organizationId())
                .put("name", publisher.name())
                .put("url", site.homeUrl());
        publisher.description().ifPresent(description -> organization.put("description", description));
        if (publisher.logo().isPresent()) {
            HeroImage logo = publisher.logo().get();
            organization.set("logo", imageObject(logo.socialImage(), logo.alt()));
        } else if (imageUrl != null) {
            organization.set("logo", image());
        }
        for (PolicyRole role : PolicyRole.values()) {
            String path = publisher.policyPaths().get(role);
            if (path != null) {
                organization.put(role.property(), site.url(path));
            }
        }
        if (publisher.contact().isSet()) {
            organization.set("contactPoint", contactPoint(publisher.contact()));
        }
        return organization;
    }

    private static ObjectNode contactPoint(ContactPoint contact) {
        ObjectNode point = JSON.objectNode().put("@type", "ContactPoint");
        if (contact.contactType() != null && !contact.contactType().isBlank()) {
            point.put("contactType", contact.contactType());
        }
        if (contact.hasEmail()) {
            point.put("email", contact.email());
        }
        if (contact.hasUrl()) {
            point.put("url", contact.url());
        }
        return point;
    }

    private ObjectNode medicalWebPage(Article article, String url, boolean hasTrail) {
        ObjectNode page = node("MedicalWebPage", webPageId(url))
                .put("url", url)
                .put("name", ArticleTexts.title(article))
                .put("description", ArticleTexts.description(article))
                .put("inLanguage", LANGUAGE)
                .set("isPartOf", reference(webSiteId()));
        if (hasTrail) {
            page.set("breadcrumb", reference(breadcrumbId(url)));
        }
        putDates(page, article);
        ObjectNode image = primaryImageOf(article);
        if (image != null) {
            page.set("primaryImageOfPage", image);
        }
        if (article.hasReview()) {
            putReview(page, article.review());
        }
        return page;
    }

    private void putReview(ObjectNode page, MedicalReview review) {
        if (review.lastReviewed() != null) {
            page.put("lastReviewed", review.lastReviewed().toString());
        }
        ObjectNode reviewer = author(review.reviewer());
        if (review.credentials() != null && !review.credentials().isBlank()) {
            // Person has no stable property for a qualification's name (hasCredential is pending); this is the suffix.
            reviewer.put("honorificSuffix", review.credentials());
        }
        page.set("reviewedBy", reviewer);
    }

    private ObjectNode article(Article article, String url) {
        ObjectNode node = node("Article", url + "#article")
                .put("headline", Truncation.atWordBoundary(article.title(), HEADLINE_MAX))
                .put("description", ArticleTexts.description(article))
                .put("inLanguage", LANGUAGE);
        putDates(node, article);
        node.set("author", author(article.author()));
        node.set("publisher", reference(organizationId()));
        node.set("mainEntityOfPage", reference(webPageId(url)));
        node.set("isPartOf", reference(webPageId(url)));
        if (article.hasTopic()) {
            node.put("articleSection", article.topic());
        }
        if (article.focusKeyword() != null && !article.focusKeyword().isBlank()) {
            node.put("keywords", article.focusKeyword());
        }
        JsonNode images = imagesOf(article);
        if (images != null) {
            node.set("image", images);
        }
        if (article.hasReferences()) {
            node.set("citation", citations(article.references()));
        }
        return node;
    }

    /** The absolute URL of the image that stands for an article: its hero's social image, else the site's default. */
    String imageUrlFor(Article article) {
        return article.hasHeroImage() ? site.url(article.heroImage().socialImage().path()) : imageUrl;
    }

    /**
     * The page's primary image is the hero's social image: the whole picture, as readers see it and as shared links
     * show it (og:image), where each crop cuts part of it away.
     */
    private ObjectNode primaryImageOf(Article article) {
        if (!article.hasHeroImage()) {
            return imageUrl == null ? null : image();
        }
        return imageObject(article.heroImage().socialImage(), article.heroImage().alt());
    }

    /** The Article's images: the hero's crops in the shapes Google asks for (16:9, 4:3, 1:1), else the site's. */
    private JsonNode imagesOf(Article article) {
        if (!article.hasHeroImage()) {
            return imageUrl == null ? null : image();
        }
        ArrayNode images = JSON.arrayNode();
        for (HeroImage.Rendition crop : article.heroImage().crops()) {
            images.add(imageObject(crop, article.heroImage().alt()));
        }
        return images;
    }

    private ObjectNode imageObject(HeroImage.Rendition rendition, String alt) {
        String url = site.url(rendition.path());
        return JSON.objectNode()
                .put("@type", "ImageObject")
                .put("url", url)
                .put("contentUrl", url)
                .put("width", rendition.width())
                .put("height", rendition.height())
                .put("description", alt);
    }

    private static ArrayNode citations(List<Reference> references) {
        ArrayNode citations = JSON.arrayNode();
        for (Reference reference : references) {
            ObjectNode work = JSON.objectNode().put("@type", "CreativeWork").put("name", reference.title());
            if (reference.publisher() != null) {
                work.set("publisher", JSON.objectNode().put("@type", "Organization").put("name", reference.publisher()));
            }
            if (reference.publishedYear() != null) {
                work.put("datePublished", String.valueOf(reference.publishedYear()));
            }
            if (reference.hasUrl()) {
                work.put("url", reference.url());
            }
            citations.add(work);
        }
        return citations;
    }

    private static void putDates(ObjectNode node, Article article) {
        if (article.publishedAt() != null) {
            node.put("datePublished", Timestamps.iso(article.publishedAt()));
        }
        if (article.lastPublicChange() != null) {
            node.put("dateModified", Timestamps.iso(article.lastPublicChange()));
        }
    }

    /**
     * The author or reviewer as a node with the {@code @id} of its profile page's main entity, so that every article
     * and the profile describe one person, and the profile's address as {@code url}, which Google asks authors for.
     * A name not yet linked to a record (the editor's preview of a new article) is a node without either.
     */
    private ObjectNode author(Author author) {
        ObjectNode node = JSON.objectNode().put("@type", author.kind().name());
        if (author.isLinked()) {
            node.put("@id", personId(author.slug(), author.kind()));
        }
        node.put("name", author.name());
        if (author.isLinked()) {
            node.put("url", site.url(author.profilePath()));
        } else if (author.hasUrl()) {
            node.put("url", author.url());
        }
        return node;
    }

    /** The {@code @id} of a person's or organisation's node: its profile page's address with a fragment. */
    String personId(String slug, Author.Kind kind) {
        return site.url(Author.profilePath(slug)) + (kind == Author.Kind.Organization ? "#organization" : "#person");
    }

    private static ObjectNode faqPage(List<FaqItem> faq, String url) {
        ArrayNode questions = JSON.arrayNode();
        for (FaqItem item : faq) {
            questions.add(JSON.objectNode()
                    .put("@type", "Question")
                    .put("name", item.question())
                    .set("acceptedAnswer", JSON.objectNode().put("@type", "Answer").put("text", item.answer())));
        }
        return node("FAQPage", url + "#faq")
                .<ObjectNode>set("isPartOf", reference(webPageId(url)))
                .set("mainEntity", questions);
    }

    private ObjectNode breadcrumbList(List<Breadcrumb> trail, String url) {
        ArrayNode items = JSON.arrayNode();
        for (int i = 0; i < trail.size(); i++) {
            items.add(JSON.objectNode()
                    .put("@type", "ListItem")
                    .put("position", i + 1)
                    .put("name", trail.get(i).name())
                    .put("item", site.url(trail.get(i).path())));
        }
        return node("BreadcrumbList", breadcrumbId(url)).set("itemListElement", items);
    }

    private ObjectNode itemList(List<ArticleSummary> items) {
        ArrayNode elements = JSON.arrayNode();
        for (int i = 0; i < items.size(); i++) {
            elements.add(JSON.objectNode()
                    .put("@type", "ListItem")
                    .put("position", i + 1)
                    .put("url", site.url(Site.articlePath(items.get(i).slug())))
                    .put("name", items.get(i).title()));
        }
        return JSON.objectNode().put("@type", "ItemList").set("itemListElement", elements);
    }

    private ObjectNode image() {
        return JSON.objectNode().put("@type", "ImageObject").put("url", imageUrl);
    }

    private static String document(ArrayNode graph) {
        ObjectNode root = JSON.objectNode().put("@context", "https://schema.org");
        root.set("@graph", graph);
        return JsonLd.scriptSafe(root);
    }

    private static ObjectNode node(String type, String id) {
        return JSON.objectNode().put("@type", type).put("@id", id);
    }

    private static ObjectNode reference(String id) {
        return JSON.objectNode().put("@id", id);
    }

    private String webSiteId() {
        return site.homeUrl() + "#website";
    }

    private String organizationId() {
        return site.homeUrl() + "#organization";
    }

    private static String webPageId(String url) {
        return url + "#webpage";
    }

    private static String breadcrumbId(String url) {
        return url + "#breadcrumb";
    }
}
