package com.healthpress.articles;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleBlock;
import com.healthpress.article.ArticleSummary;
import com.healthpress.article.ChangeNote;
import com.healthpress.article.Listing;
import com.healthpress.article.PageAt;
import com.healthpress.article.PublicChange;
import com.healthpress.article.SlugChange;
import com.healthpress.article.Slugs;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.UnusedImages;
import com.healthpress.outbox.ArticleEvents;
import com.healthpress.outbox.Outbox;
import com.healthpress.links.LinkGraph;
import com.healthpress.people.Bylines;
import com.healthpress.redirects.OldSlugRepository;
import com.healthpress.redirects.OldSlugs;
import com.healthpress.revision.ArticleSnapshots;
import com.healthpress.revision.RevisionRepository;
import com.healthpress.search.SearchDocument;
import com.healthpress.search.SearchDocumentRepository;
import com.healthpress.seo.analysis.SeoAnalyzer;
import com.healthpress.storage.Constraints;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Reads and writes whole articles (the row, its FAQ and references) and answers the questions the reader pages
 * ask. Every write stores a revision with the article's full content.
 */
public final class ArticleService {

    public static final int RELATED_COUNT = 4;
    /** The mappers of the queries run without attaching ArticleRepository (see its FIND_PUBLIC_BY_SLUG). */
    private static final ArticleRowMapper ARTICLE = new ArticleRowMapper();
    private static final ArticleSummaryMapper SUMMARY = new ArticleSummaryMapper();

    private final Jdbi jdbi;
    private final Clock clock;
    private final SeoAnalyzer analyzer = new SeoAnalyzer();

    private final ChangeFeed changes;
    private final NewestArticles newest;

    public ArticleService(Jdbi jdbi, Clock clock, ChangeFeed changes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changes = changes;
        this.newest = new NewestArticles(clock);
        changes.subscribe(newest::forget);
    }

    /** A published article with its FAQ, when readers may see it. */
    public Optional<Article> findPublic(String slug) {
        return jdbi.withHandle(handle -> handle.createQuery(ArticleRepository.FIND_PUBLIC_BY_SLUG)
                .bind("slug", slug).bind("now", clock.instant()).map(ARTICLE).findOne()
                .map(article -> whole(handle, article))
                .map(article -> article.toBuilder().review(ReviewRecords.publicReview(handle, article)).build()));
    }

    public Optional<Article> findBySlug(String slug) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .findBySlug(slug)
                .map(article -> whole(handle, article)));
    }

    /** A page of the public articles, newest first, found from a cursor (see {@link PageAt}). */
    public Listing latest(PageAt at, int pageSize) {
        Instant now = clock.instant();
        return jdbi.withHandle(handle ->
                Listings.page(Listings.everything(handle.attach(ArticleRepository.class), now), at, pageSize));
    }

    /** A page of one topic's public articles, newest first. */
    public Listing latestInTopic(String topicSlug, PageAt at, int pageSize) {
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> Listings.page(
                Listings.inTopic(handle.attach(ArticleRepository.class), topicSlug, now), at, pageSize));
    }

    /** A page of the public articles a person wrote or reviewed, newest first. */
    public Listing latestByPerson(long personId, PersonRole role, PageAt at, int pageSize) {
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> Listings.page(
                Listings.byPerson(handle.attach(ArticleRepository.class), role, personId, now), at, pageSize));
    }

    /**
     * Public articles whose row changed at {@code since} or later and before ({@code beforeUpdate}, {@code beforeId}),
     * latest change first; a blank topic and author 0 filter nothing (for the Content API's updated_since).
     */
    public List<ArticleSummary> changedSince(Instant since, Instant beforeUpdate, long beforeId, String topicSlug,
                                             long authorId, int limit) {
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .listChanged(now, since, beforeUpdate, beforeId, topicSlug, authorId, limit));
    }

    /** The profile pages of the people a public article names, and when each (or one of its articles) last changed. */
    public List<SlugChange> publicProfiles() {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .listPublicProfileChanges(clock.instant()));
    }

    /** The display name of a topic that has at least one public article. */
    public Optional<String> findPublicTopic(String topicSlug) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .findPublicTopicName(topicSlug, clock.instant()));
    }

    /**
     * Up to {@link #RELATED_COUNT} other public articles: the newest of the same topic, then the newest of all. Two
     * short index reads, where one query ordering every article by "same topic first" would read the whole table;
     * both lists are the same for every article, so they are kept ({@link NewestArticles}).
     */
    public List<ArticleSummary> related(Article article) {
        Map<Long, ArticleSummary> related = new LinkedHashMap<>();
        if (article.hasTopic()) {
            newest.get("topic:" + article.topicSlug(), () -> readNewest(ArticleRepository.NEWEST_IN_TOPIC,
                    article.topicSlug(), RELATED_COUNT + 1)).forEach(item -> related.put(item.id(), item));
        }
        if (related.size() <= RELATED_COUNT) {
            newest.get("all", () -> readNewest(ArticleRepository.NEWEST, null, 2 * RELATED_COUNT + 1))
                    .forEach(item -> related.putIfAbsent(item.id(), item));
        }
        related.remove(article.id());
        return related.values().stream().limit(RELATED_COUNT).toList();
    }

    private List<ArticleSummary> readNewest(String sql, String topicSlug, int limit) {
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery(sql).bind("now", clock.instant()).bind("limit", limit);
            return (topicSlug == null ? query : query.bind("topicSlug", topicSlug)).map(SUMMARY).list();
        });
    }

    /** The blocks of {@code blockSize} ids that hold public articles, with when each last changed. */
    public List<ArticleBlock> publicBlocks(int blockSize) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .listPublicBlocks(clock.instant(), blockSize));
    }

    /** The public articles of one block of ids, in id order, with when each last changed. */
    public List<SlugChange> publicInBlock(int blockNumber, int blockSize) {
        long first = (long) (blockNumber - 1) * blockSize + 1;
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .listPublicInIdRange(first, first + blockSize - 1, clock.instant()));
    }

    /** Every topic with a public article (by slug) and when one of its articles last changed. */
    public List<SlugChange> publicTopics() {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class).listPublicTopicChanges(clock.instant()));
    }

    /** When a public article last changed, which is when the home page did; empty when none is public. */
    public Optional<Instant> lastPublicChange() {
        return Optional.ofNullable(jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .findLastPublicChange(clock.instant())));
    }

    /** The newest public articles with author and lead but without their FAQ, which is not read here. */
    public List<Article> latestWithoutFaq(int limit) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .listLatestPublic(clock.instant(), limit));
    }

    public boolean isEmpty() {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class).countAll() == 0);
    }

    public Optional<Article> findById(long id) {
        return jdbi.withHandle(handle -> findById(handle, id));
    }

    /** The whole article (row, FAQ, references) as stored now, read inside the caller's transaction. */
    public static Optional<Article> findById(Handle handle, long id) {
        return handle.attach(ArticleRepository.class).findById(id).map(article -> whole(handle, article));
    }

    /**
     * Stores a new article with its FAQ and references, and its first revision, in one transaction. Its slug is
     * made unique by numbering ("-2", "-3"…) when taken; the stored article is returned.
     */
    public Article create(Article article, String savedBy, String summary) {
        return jdbi.inTransaction(handle -> createWithItsReview(handle, article, savedBy, summary));
    }

    /**
     * As {@link #create(Article, String, String)}, but the slug is kept as it is: empty, with nothing written, when
     * another article has it.
     */
    public Optional<Article> createUnderItsSlug(Article article, String savedBy, String summary) {
        try {
            return jdbi.inTransaction(handle -> handle.attach(ArticleRepository.class).slugExists(article.slug())
                    ? Optional.<Article>empty()
                    : Optional.of(createWithItsReview(handle, article, savedBy, summary)));
        } catch (UnableToExecuteStatementException e) {
            // Another writer took the slug between the check and the insert: the unique constraint caught it.
            if (Constraints.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether an article (in the trash too) has this slug. */
    public boolean slugExists(String slug) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class).slugExists(slug));
    }

    /** A published article created outside the editor (an import, the demo content) counts as approved as it is. */
    private Article createWithItsReview(Handle handle, Article article, String savedBy, String summary) {
        Article stored = create(handle, article, savedBy, summary);
        ReviewRecords.recordImportedReview(handle, stored, savedBy, clock.instant());
        return stored;
    }

    /**
     * As {@link #create(Article, String, String)}, inside a transaction the caller already holds, recording no
     * review: the editor records the approval and publication itself.
     */
    public Article create(Handle handle, Article article, String savedBy, String summary) {
        ArticleRepository articles = handle.attach(ArticleRepository.class);
        String slug = uniqueSlug(articles, article.slug());
        Article linked = ReviewCycleService.withReviewDue(handle,
                Bylines.link(handle, article.toBuilder().slug(slug).build(), clock.instant()));
        long id = articles.insert(linked, clock.instant(), savedBy);
        storeChildren(handle, id, article);
        Article stored = findById(handle, id).orElseThrow();
        storeRevision(handle, stored, ChangeNote.MINOR, savedBy, summary);
        announce(handle, null, stored, true);
        return stored;
    }

    /**
     * Saves new content over a stored article if its version is still {@code article.version()}, with a new
     * revision, inside the caller's transaction. Returns the stored article, or empty when someone else saved
     * first (then nothing was written).
     */
    public Optional<Article> update(Handle handle, Article unlinked, String savedBy, String summary) {
        return update(handle, unlinked, ChangeNote.MINOR, savedBy, summary);
    }

    /**
     * As {@link #update(Handle, Article, String, String)}, telling what kind of change it is: only an update or a
     * correction moves the public dates, and its note goes on the article's history.
     */
    public Optional<Article> update(Handle handle, Article unlinked, ChangeNote change, String savedBy,
                                    String summary) {
        Optional<Article> before = findById(handle, unlinked.id()); // with its FAQ, which ArticleChanges compares
        if (before.isEmpty()) {
            return Optional.empty();
        }
        boolean wasAnnounced = handle.attach(ArticleRepository.class).isPublicationAnnounced(unlinked.id());
        Article article = ReviewCycleService.withReviewDue(handle, Bylines.link(handle, unlinked, clock.instant()));
        if (!handle.attach(ArticleRepository.class).update(article, change.kind(), clock.instant(), savedBy)) {
            return Optional.empty();
        }
        rememberOldAddress(handle, before.get(), article);
        storeChildren(handle, article.id(), article);
        Article stored = findById(handle, article.id()).orElseThrow();
        storeRevision(handle, stored, change, savedBy, summary);
        ReviewRecords.afterSave(handle, before.get(), stored, savedBy, clock.instant());
        announce(handle, before.get(), stored, wasAnnounced);
        return Optional.of(stored);
    }

    /**
     * Marks the stored article medically reviewed on this day, by this person record when known (otherwise by the
     * reviewer it names), inside the caller's transaction: its next review moves and its public page changes.
     */
    public Article recordReview(Handle handle, Article stored, LocalDate day, Long reviewerId) {
        handle.attach(ArticleRepository.class).updateLastReview(stored.id(), day, reviewerId);
        Article reviewed = ReviewCycleService.withReviewDue(handle, findById(handle, stored.id()).orElseThrow());
        handle.attach(ReviewIntervalRepository.class).updateReviewDue(stored.id(), reviewed.reviewDue());
        announce(handle, stored, reviewed, true);
        return reviewed;
    }

    /** Takes an article off the site into the trash; false when there is no such article outside the trash. */
    public boolean moveToTrash(long id, String by) {
        return jdbi.inTransaction(handle -> {
            Optional<Article> article = handle.attach(ArticleRepository.class).findById(id);
            if (article.isEmpty() || handle.attach(ArticleRepository.class).moveToTrash(id, clock.instant(), by) != 1) {
                return false;
            }
            announce(handle, article.get(), null, true);
            return true;
        });
    }

    /** Brings an article back from the trash as it was; false when it is not in the trash. */
    public boolean restoreFromTrash(long id, String by) {
        return jdbi.inTransaction(handle -> {
            if (handle.attach(ArticleRepository.class).restoreFromTrash(id, clock.instant(), by) != 1) {
                return false;
            }
            Article article = handle.attach(ArticleRepository.class).findById(id).orElseThrow();
            announce(handle, null, article, true);
            return true;
        });
    }

    /**
     * Deletes every article in the trash for good, with its FAQ, references and revisions, and then the images
     * that only they used.
     */
    public int emptyTrash() {
        return jdbi.inTransaction(handle -> {
            ArticleRepository repository = handle.attach(ArticleRepository.class);
            Set<Long> images = new HashSet<>();
            int deleted = 0;
            for (long id : repository.listTrashedIds()) {
                images.addAll(imagesOf(handle, id));
                deleted += repository.deleteTrashed(id);
            }
            UnusedImages.deleteIfUnused(handle, images);
            return deleted;
        });
    }

    /**
     * Tells every instance which pages a write changed, and writes the events it makes into the outbox (webhooks,
     * IndexNow), both in the write's own transaction. before is null for a new article, after null for one taken to
     * the trash; beforeAnnounced is false for a scheduled article whose time came but whose publication was not
     * announced yet (its readers and receivers still await its article.published).
     */
    private void announce(Handle handle, Article before, Article after, boolean beforeAnnounced) {
        Instant now = clock.instant();
        changes.publish(handle, ArticleChanges.between(before, after, now));
        Outbox.record(handle, ArticleEvents.between(before, after, now, beforeAnnounced), now);
    }

    /** The hero images the article and its revisions show. */
    private static Set<Long> imagesOf(Handle handle, long articleId) {
        Set<Long> images = new HashSet<>();
        findById(handle, articleId).filter(Article::hasHeroImage).ifPresent(a -> images.add(a.heroImage().imageId()));
        for (String content : handle.attach(RevisionRepository.class).listContents(articleId)) {
            Article snapshot = ArticleSnapshots.fromJson(content);
            if (snapshot.hasHeroImage()) {
                images.add(snapshot.heroImage().imageId());
            }
        }
        return images;
    }

    /**
     * What readers are told of a public article's changes, newest first: its updates and corrections since it was
     * published, and the publication itself. Empty for an article that is not published.
     */
    public List<PublicChange> publicHistory(Article article) {
        if (article.publishedAt() == null) {
            return List.of();
        }
        List<PublicChange> history = new ArrayList<>();
        jdbi.useHandle(handle -> handle.attach(RevisionRepository.class).listNotedChanges(article.id()).stream()
                .filter(revision -> !revision.savedAt().isBefore(article.publishedAt()))
                .map(revision -> PublicChange.noted(revision.savedAt(), revision.change()))
                .forEach(history::add));
        history.add(PublicChange.published(article.publishedAt()));
        return history;
    }

    /** A convenience for callers without a transaction of their own, such as tests. */
    public Article create(Article article) {
        return create(article, "system", "Created");
    }

    /** As {@link #update(Handle, Article, String, String)} in a transaction of its own; fails on a conflict. */
    public Article update(Article article) {
        return jdbi.inTransaction(handle -> update(handle, article, "system", "Edited"))
                .orElseThrow(() -> new IllegalStateException("article " + article.id() + " changed meanwhile"));
    }

    public Instant now() {
        return clock.instant();
    }

    /** The current slug of a public article that used to be published under {@code oldSlug}. */
    public Optional<String> findRedirect(String oldSlug) {
        return jdbi.withHandle(handle -> handle.attach(SlugRedirectRepository.class)
                .findCurrentPublicSlug(oldSlug, clock.instant()));
    }

    /** A published article's old address keeps working: links and search results point at it. */
    private void rememberOldAddress(Handle handle, Article before, Article after) {
        OldSlugRepository redirects = handle.attach(OldSlugRepository.class);
        if (before.slug().equals(after.slug())) {
            return;
        }
        if (before.isPublished()) {
            redirects.remember(OldSlugs.ARTICLE, before.slug(), after.slug(), after.id(), clock.instant());
        } else {
            redirects.forget(OldSlugs.ARTICLE, after.slug());
        }
    }

    private static void storeChildren(Handle handle, long articleId, Article article) {
        handle.attach(FaqRepository.class).replaceAll(articleId, article.faq());
        handle.attach(ReferenceRepository.class).replaceAll(articleId, article.references());
    }

    /**
     * The revision, the SEO score, the search document and the body's links belong to every write, so no path can
     * skip them.
     */
    private void storeRevision(Handle handle, Article stored, ChangeNote change, String savedBy, String summary) {
        handle.attach(ArticleRepository.class).updateSeoScore(stored.id(), analyzer.analyze(stored,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), Bylines.people(handle, stored)).score());
        handle.attach(RevisionRepository.class).insert(stored.id(), stored.version(), savedBy, clock.instant(),
                summary, ArticleSnapshots.toJson(stored), change.kind().storedName(), change.note());
        handle.attach(SearchDocumentRepository.class).store(SearchDocument.of(stored));
        LinkGraph.store(handle, stored.id(), stored.body());
    }

    private static String uniqueSlug(ArticleRepository articles, String wanted) {
        String slug = wanted;
        for (int number = 2; articles.slugExists(slug); number++) {
            slug = Slugs.numbered(wanted, number);
        }
        return slug;
    }

    private static Article whole(Handle handle, Article article) {
        return article.toBuilder()
                .faq(handle.attach(FaqRepository.class).listFor(article.id()))
                .references(handle.attach(ReferenceRepository.class).listFor(article.id()))
                .build();
    }
}
