package com.healthpress.api;

import com.healthpress.api.ApiResources.ArticleItem;
import com.healthpress.api.ApiResources.Byline;
import com.healthpress.api.ApiResources.Faq;
import com.healthpress.api.ApiResources.Image;
import com.healthpress.api.ApiResources.Page;
import com.healthpress.api.ApiResources.Reference;
import com.healthpress.api.ApiResources.Rendition;
import com.healthpress.api.ApiResources.Reviewer;
import com.healthpress.api.ApiResources.TopicRef;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleSummary;
import com.healthpress.article.Author;
import com.healthpress.article.HeroImage;
import com.healthpress.article.Listing;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.PageAt;
import com.healthpress.article.SlugChange;
import com.healthpress.article.Slugs;
import com.healthpress.articles.ArticleService;
import com.healthpress.articles.PersonRole;
import com.healthpress.markdown.MarkdownRenderer;
import com.healthpress.people.PeopleService;
import com.healthpress.person.Person;
import com.healthpress.site.Site;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Content API's read model: public articles, topics and people as {@link ApiResources}, from the same services
 * the site's pages read, so the API shows exactly what readers see (published, publication time passed, not in the
 * trash). Addresses in answers are absolute, on the site's BASE_URL.
 */
public final class ContentApi {

    public static final String ROOT = "/api/v1";
    private static final Instant NO_CHANGE_YET = Instant.parse("9999-12-31T23:59:59Z");

    private final ArticleService articles;
    private final PeopleService people;
    private final MarkdownRenderer markdown;
    private final Site site;

    public ContentApi(ArticleService articles, PeopleService people, MarkdownRenderer markdown, Site site) {
        this.articles = articles;
        this.people = people;
        this.markdown = markdown;
        this.site = site;
    }

    /** A page of public articles: newest publication first, or with updated_since latest change first. */
    public Page<ArticleItem> articles(ArticleQuery query) {
        long authorId = query.author() == null ? 0 : people.find(query.author()).map(Person::id).orElseThrow(() ->
                new ApiRequestException("author", "No person has the address \"" + query.author() + "\"; the "
                        + "addresses are the slugs " + ROOT + "/people lists."));
        Rows rows = query.since().isPresent() ? changed(query, authorId) : published(query, authorId);
        String next = null;
        if (rows.more() && !rows.items().isEmpty()) {
            ArticleSummary last = rows.items().get(rows.items().size() - 1);
            next = nextPage(query, query.cursorAfter(query.since().isPresent() ? last.updatedAt() : last.publishedAt(),
                    last.id()));
        }
        return new Page<>(rows.items().stream().map(this::item).toList(), next);
    }

    /** A page's articles, and whether another page follows. */
    private record Rows(List<ArticleSummary> items, boolean more) {
    }

    /** Reads one more than the page, to know whether another page follows. */
    private Rows changed(ArticleQuery query, long authorId) {
        Instant before = query.after() == null ? NO_CHANGE_YET : query.after().publishedAt();
        long beforeId = query.after() == null ? Long.MAX_VALUE : query.after().id();
        List<ArticleSummary> found = articles.changedSince(query.updatedSince(), before, beforeId,
                query.topic() == null ? "" : query.topic(), authorId, query.limit() + 1);
        boolean more = found.size() > query.limit();
        return new Rows(more ? found.subList(0, query.limit()) : found, more);
    }

    private Rows published(ArticleQuery query, long authorId) {
        PageAt at = query.after() == null ? PageAt.newest() : PageAt.before(query.after());
        Listing listing = query.topic() != null ? articles.latestInTopic(query.topic(), at, query.limit())
                : authorId != 0 ? articles.latestByPerson(authorId, PersonRole.AUTHOR, at, query.limit())
                : articles.latest(at, query.limit());
        return new Rows(listing.items(), listing.hasOlder());
    }

    private String nextPage(ArticleQuery query, String cursor) {
        StringBuilder next = new StringBuilder(site.url(ROOT + "/articles")).append("?limit=").append(query.limit());
        if (query.topic() != null) {
            next.append("&topic=").append(encoded(query.topic()));
        }
        if (query.author() != null) {
            next.append("&author=").append(encoded(query.author()));
        }
        query.since().ifPresent(since -> next.append("&updated_since=").append(since));
        return next.append("&cursor=").append(encoded(cursor)).toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The public article at this address, in full. */
    public Optional<ApiResources.Article> article(String slug) {
        return articles.findPublic(slug).map(this::whole);
    }

    /** The address a public article has now, when {@code slug} was one of its earlier ones. */
    public Optional<String> movedTo(String slug) {
        return articles.findRedirect(slug).map(this::articleUrl);
    }

    /** An article's absolute address in the API. */
    public String articleUrl(String slug) {
        return site.url(ROOT + "/articles/" + slug);
    }

    /** Every topic with a public article, the topic of the newest article first. */
    public List<ApiResources.Topic> topics() {
        List<ApiResources.Topic> topics = new ArrayList<>();
        for (SlugChange topic : articles.publicTopics()) {
            String name = articles.findPublicTopic(topic.slug()).orElse(topic.slug());
            topics.add(new ApiResources.Topic(topic.slug(), name, site.url(Site.topicPath(topic.slug())),
                    site.url(ROOT + "/articles?topic=" + encoded(topic.slug())), topic.changedAt()));
        }
        return topics;
    }

    /** Everyone with a profile page (who wrote or reviewed a public article), by address. */
    public List<ApiResources.Person> people() {
        Set<String> profiles = articles.publicProfiles().stream().map(SlugChange::slug).collect(Collectors.toSet());
        return people.all().stream()
                .filter(person -> profiles.contains(person.slug()))
                .sorted((a, b) -> a.slug().compareTo(b.slug()))
                .map(person -> new ApiResources.Person(person.slug(), person.name(), person.kind().name(),
                        person.credentials(), person.jobTitle(), person.bio(), person.sameAs(),
                        site.url(Author.profilePath(person.slug())), image(person.photo())))
                .toList();
    }

    private ArticleItem item(ArticleSummary summary) {
        return new ArticleItem(summary.id(), summary.slug(), summary.title(), summary.lead(),
                topic(summary.topic()), summary.publishedAt(), summary.updatedAt(),
                site.articleUrl(summary.slug()), articleUrl(summary.slug()),
                image(summary.heroImage()));
    }

    private ApiResources.Article whole(Article article) {
        return new ApiResources.Article(article.id(), article.slug(), site.articleUrl(article.slug()),
                article.title(), article.lead(), article.metaTitle(), article.metaDescription(),
                topic(article.topic()), article.publishedAt(), article.contentUpdatedAt(), article.updatedAt(),
                byline(article.author()), reviewer(article.review()),
                markdown.render(article.body(), article.references().size()).html(), article.body(),
                article.faq().stream().map(item -> new Faq(item.question(), item.answer())).toList(),
                article.references().stream().map(ref -> new Reference(ref.title(), ref.publisher(),
                        ref.publishedYear(), ref.url(), ref.accessedOn())).toList(),
                image(article.heroImage()));
    }

    private TopicRef topic(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String slug = Slugs.of(name);
        return new TopicRef(slug, name, site.url(Site.topicPath(slug)));
    }

    private Byline byline(Author author) {
        String profile = author.profilePath();
        return new Byline(author.name(), author.kind().name(), author.credentials(), profile == null ? null
                : author.slug(), profile == null ? null : site.url(profile));
    }

    private Reviewer reviewer(MedicalReview review) {
        if (review == null) {
            return null;
        }
        String profile = review.profilePath();
        return new Reviewer(review.reviewerName(), review.credentials(), review.isLinked() ? review.reviewerSlug()
                : null, profile == null ? null : site.url(profile), review.lastReviewed());
    }

    private Image image(HeroImage hero) {
        if (hero == null) {
            return null;
        }
        return new Image(hero.alt(), hero.width(), hero.height(), rendition(hero.original()),
                hero.variants().stream().map(this::rendition).toList());
    }

    private Rendition rendition(HeroImage.Rendition rendition) {
        return new Rendition(site.url(rendition.path()), rendition.width(), rendition.height(),
                rendition.contentType());
    }
}
