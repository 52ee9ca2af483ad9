package com.healthpress.articles;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleBlock;
import com.healthpress.article.ArticleListRow;
import com.healthpress.article.ArticleSummary;
import com.healthpress.article.ChangeKind;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.SlugChange;
import com.healthpress.article.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * All SQL for the {@code article} table. FAQ items and references live in their own tables; articles returned
 * here carry empty lists of them. "Public" means published, not in the trash, with a publication time that has
 * come.
 */
@RegisterRowMapper(ArticleRowMapper.class)
@RegisterRowMapper(ArticleSummaryMapper.class)
@RegisterConstructorMapper(ArticleListRow.class)
@RegisterConstructorMapper(ArticleBlock.class)
@RegisterConstructorMapper(SlugChange.class)
public interface ArticleRepository extends SqlObject {

    String PUBLIC = "status = 'published' AND published_at <= :now AND deleted_at IS NULL";
    /** The hero image's columns, from the image joined by WITH_HERO_IMAGE (see image.HeroImageColumns). */
    String HERO_COLUMNS = """
            a.hero_image_id, a.hero_alt, i.width AS hero_width, i.height AS hero_height,
            i.content_type AS hero_content_type, i.sha256 AS hero_sha256, i.variants_made AS hero_variants_made
            """;
    String WITH_HERO_IMAGE = " FROM article a LEFT JOIN image i ON i.id = a.hero_image_id ";
    /** The author's and reviewer's records as the article shows them (V15): name, kind, address and credentials. */
    String PEOPLE_COLUMNS = """
            , pa.slug AS author_slug, pa.name AS author_name, pa.kind AS author_kind,
            pa.credentials AS author_credentials, pr.slug AS reviewer_slug, pr.name AS reviewer_name,
            pr.credentials AS reviewer_credentials
            """;
    String WITH_PEOPLE = " JOIN person pa ON pa.id = a.author_id LEFT JOIN person pr ON pr.id = a.reviewer_id ";
    String SELECT_ARTICLE = "SELECT a.*, " + HERO_COLUMNS + PEOPLE_COLUMNS + WITH_HERO_IMAGE + WITH_PEOPLE;
    /** A listing's columns: the teaser's and its hero image's, for the thumbnail. */
    String SUMMARY_COLUMNS = "a.id, a.slug, a.title, a.lead, a.topic, a.published_at, a.updated_at, " + HERO_COLUMNS;
    String LIST_ROW_COLUMNS = "id, slug, title, status, published_at, updated_at, updated_by, "
            + "(SELECT name FROM person WHERE person.id = author_id) AS author_name, seo_score, deleted_at, review_due";
    /** The admin list's filter: all live articles, or drafts, published, scheduled, or the trash. */
    String LIST_FILTER = """
             WHERE (:status = 'trash' AND deleted_at IS NOT NULL OR :status <> 'trash' AND deleted_at IS NULL)
               AND (:status IN ('all', 'trash')
                    OR :status = 'draft' AND status = 'draft'
                    OR :status = 'published' AND status = 'published' AND published_at <= :now
                    OR :status = 'scheduled' AND status = 'published' AND published_at > :now)
               AND (:search = '' OR LOWER(title) LIKE :pattern ESCAPE '!')
            """;

    @SqlQuery(SELECT_ARTICLE + " WHERE a.slug = :slug")
    Optional<Article> findBySlug(@Bind("slug") String slug);

    @SqlQuery(SELECT_ARTICLE + " WHERE a.id = :id")
    Optional<Article> findById(@Bind("id") long id);

    /**
     * The public article with a slug, read for every render of its page. ArticleService runs it, and the related
     * articles' queries, as plain queries: attaching this interface (jdbi builds a handler for each of its methods,
     * some 60 us) took a sixth of a render's processor time.
     */
    String FIND_PUBLIC_BY_SLUG = SELECT_ARTICLE + " WHERE a.slug = :slug AND " + PUBLIC;

    /*
     * Keyset pages of public articles, all or one topic's, in the order of the (status, published_at, id) and
     * (topic_slug, status, published_at, id) indexes, ascending and descending (V1, V12). :upper is the earlier of now
     * and the cursor's time, so the index range starts at the cursor however old it is; :at and :id are the cursor.
     * The orders name the columns the WHERE clause fixes (status, topic_slug) too: H2 reads rows in an index's
     * order, and stops after :limit rows, only when the ORDER BY starts with the index's own columns; otherwise it
     * sorts every public article on each call. PostgreSQL drops fixed columns from an order by itself.
     */
    String OLDER = " AND published_at <= :upper AND (published_at < :at OR published_at = :at AND a.id < :id)";
    String NEWER = " AND published_at >= :at AND (published_at > :at OR published_at = :at AND a.id > :id)";
    String NEWEST_FIRST = " ORDER BY status, published_at DESC, a.id DESC LIMIT :limit";
    String OLDEST_FIRST = " ORDER BY status, published_at, a.id LIMIT :limit";
    String NEWEST_FIRST_IN_TOPIC = " ORDER BY topic_slug, status, published_at DESC, a.id DESC LIMIT :limit";
    String OLDEST_FIRST_IN_TOPIC = " ORDER BY topic_slug, status, published_at, a.id LIMIT :limit";
    /* The hero image is joined by its key, one row per listed article; the article stays the table read in order. */
    String LISTED = "SELECT " + SUMMARY_COLUMNS + WITH_HERO_IMAGE + "WHERE " + PUBLIC;
    String LISTED_IN_TOPIC = "SELECT " + SUMMARY_COLUMNS + WITH_HERO_IMAGE + "WHERE topic_slug = :topicSlug AND "
            + PUBLIC;

    String NEWEST = LISTED + NEWEST_FIRST;
    String NEWEST_IN_TOPIC = LISTED_IN_TOPIC + NEWEST_FIRST_IN_TOPIC;

    @SqlQuery(NEWEST)
    List<ArticleSummary> listNewest(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery(LISTED + OLDEST_FIRST)
    List<ArticleSummary> listOldest(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery(LISTED + OLDER + NEWEST_FIRST)
    List<ArticleSummary> listOlder(@Bind("now") Instant now, @Bind("upper") Instant upper, @Bind("at") Instant at,
                                   @Bind("id") long id, @Bind("limit") int limit);

    @SqlQuery(LISTED + NEWER + OLDEST_FIRST)
    List<ArticleSummary> listNewer(@Bind("now") Instant now, @Bind("at") Instant at, @Bind("id") long id,
                                   @Bind("limit") int limit);

    /*
     * The Content API's changes: public articles whose row changed at :since or later and before the cursor (:at,
     * :id), latest change first, read as one range of the article_by_update index (V29); a topic or author filter
     * is checked on the rows of that range (an empty topic and author 0 filter nothing).
     */
    String CHANGED = LISTED + " AND a.updated_at >= :since AND (a.updated_at < :at OR a.updated_at = :at AND a.id < :id)"
            + " AND (:topicSlug = '' OR topic_slug = :topicSlug) AND (:authorId = 0 OR author_id = :authorId)"
            + " ORDER BY status, a.updated_at DESC, a.id DESC LIMIT :limit";

    @SqlQuery(CHANGED)
    List<ArticleSummary> listChanged(@Bind("now") Instant now, @Bind("since") Instant since, @Bind("at") Instant at,
                                     @Bind("id") long id, @Bind("topicSlug") String topicSlug,
                                     @Bind("authorId") long authorId, @Bind("limit") int limit);

    @SqlQuery(NEWEST_IN_TOPIC)
    List<ArticleSummary> listNewestInTopic(@Bind("topicSlug") String topicSlug, @Bind("now") Instant now,
                                           @Bind("limit") int limit);

    @SqlQuery(LISTED_IN_TOPIC + OLDEST_FIRST_IN_TOPIC)
    List<ArticleSummary> listOldestInTopic(@Bind("topicSlug") String topicSlug, @Bind("now") Instant now,
                                           @Bind("limit") int limit);

    @SqlQuery(LISTED_IN_TOPIC + OLDER + NEWEST_FIRST_IN_TOPIC)
    List<ArticleSummary> listOlderInTopic(@Bind("topicSlug") String topicSlug, @Bind("now") Instant now,
                                          @Bind("upper") Instant upper, @Bind("at") Instant at, @Bind("id") long id,
                                          @Bind("limit") int limit);

    @SqlQuery(LISTED_IN_TOPIC + NEWER + OLDEST_FIRST_IN_TOPIC)
    List<ArticleSummary> listNewerInTopic(@Bind("topicSlug") String topicSlug, @Bind("now") Instant now,
                                          @Bind("at") Instant at, @Bind("id") long id, @Bind("limit") int limit);

    /*
     * A person's public articles as author (<role> = author_id) or reviewer (reviewer_id), in the order of the
     * article_by_author and article_by_reviewer indexes (V15), as the listings above.
     */
    String LISTED_BY_PERSON = "SELECT " + SUMMARY_COLUMNS + WITH_HERO_IMAGE + "WHERE a.<role> = :personId AND "
            + PUBLIC;
    String NEWEST_FIRST_BY_PERSON = " ORDER BY <role>, status, published_at DESC, a.id DESC LIMIT :limit";
    String OLDEST_FIRST_BY_PERSON = " ORDER BY <role>, status, published_at, a.id LIMIT :limit";

    @SqlQuery(LISTED_BY_PERSON + NEWEST_FIRST_BY_PERSON)
    List<ArticleSummary> listNewestByPerson(@Define("role") String role, @Bind("personId") long personId,
                                            @Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery(LISTED_BY_PERSON + OLDEST_FIRST_BY_PERSON)
    List<ArticleSummary> listOldestByPerson(@Define("role") String role, @Bind("personId") long personId,
                                            @Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery(LISTED_BY_PERSON + OLDER + NEWEST_FIRST_BY_PERSON)
    List<ArticleSummary> listOlderByPerson(@Define("role") String role, @Bind("personId") long personId,
                                           @Bind("now") Instant now, @Bind("upper") Instant upper,
                                           @Bind("at") Instant at, @Bind("id") long id, @Bind("limit") int limit);

    @SqlQuery(LISTED_BY_PERSON + NEWER + OLDEST_FIRST_BY_PERSON)
    List<ArticleSummary> listNewerByPerson(@Define("role") String role, @Bind("personId") long personId,
                                           @Bind("now") Instant now, @Bind("at") Instant at, @Bind("id") long id,
                                           @Bind("limit") int limit);

    /*
     * The latest public change of the articles naming a person as author (or reviewer): the newest publication, from
     * the article_by_author_newest index (V15), and the latest update, from the article_by_author_content_updated
     * index (V25), each read from its top until the first public article. The later of the two is the latest
     * LAST_CHANGE of the person's public articles, found without reading them all (a MAX over every public article
     * joined to its people read all 100,000 of them: 2.5 s on H2). The update's filter compares the publication time
     * through COALESCE (a published article has one), so that H2 finds no range on published_at for the listing
     * indexes to read and takes the index of the ORDER BY, in its order.
     */
    String PUBLIC_IN_ANY_ORDER = "status = 'published' AND COALESCE(published_at, :now) <= :now AND deleted_at IS NULL";
    String PUBLISHED_WHERE = "(SELECT published_at FROM article WHERE " + PUBLIC + " AND ";
    String NEWEST_PUBLISHED = ", status, published_at DESC, id DESC LIMIT 1)";
    String UPDATED_WHERE = "(SELECT content_updated_at FROM article WHERE content_updated_at IS NOT NULL AND "
            + PUBLIC_IN_ANY_ORDER + " AND ";
    String LATEST_UPDATED = ", status, content_updated_at DESC, id DESC LIMIT 1)";
    String WROTE = PUBLISHED_WHERE + "author_id = p.id ORDER BY author_id" + NEWEST_PUBLISHED;
    String WROTE_UPDATED = UPDATED_WHERE + "author_id = p.id ORDER BY author_id" + LATEST_UPDATED;
    String REVIEWED = PUBLISHED_WHERE + "reviewer_id = p.id ORDER BY reviewer_id" + NEWEST_PUBLISHED;
    String REVIEWED_UPDATED = UPDATED_WHERE + "reviewer_id = p.id ORDER BY reviewer_id" + LATEST_UPDATED;
    /* Not from a derived table: H2 plans a subquery inside one without reading an index in its order. */
    String PUBLIC_PROFILE_CHANGES = "SELECT p.slug, GREATEST(p.updated_at, COALESCE(" + WROTE + ", p.updated_at), "
            + "COALESCE(" + WROTE_UPDATED + ", p.updated_at), COALESCE(" + REVIEWED + ", p.updated_at), "
            + "COALESCE(" + REVIEWED_UPDATED + ", p.updated_at)) AS changed_at FROM person p "
            + "WHERE " + WROTE + " IS NOT NULL OR " + REVIEWED + " IS NOT NULL ORDER BY p.slug";

    /**
     * The profiles of people named by a public article, by address, each with the later of its own last change and
     * its articles' (a role without public articles stands in with the person's own change: H2's GREATEST is null
     * when any value is).
     */
    @SqlQuery(PUBLIC_PROFILE_CHANGES)
    List<SlugChange> listPublicProfileChanges(@Bind("now") Instant now);

    /** The topic's display name, when a public article has it. */
    @SqlQuery("SELECT topic FROM article WHERE topic_slug = :topicSlug AND " + PUBLIC + " LIMIT 1")
    Optional<String> findPublicTopicName(@Bind("topicSlug") String topicSlug, @Bind("now") Instant now);

    /**
     * When readers last saw an article change: its publication, or a later update or correction; minor edits do not
     * count (the SQL form of Article.lastPublicChange).
     */
    String LAST_CHANGE = "CASE WHEN published_at > content_updated_at THEN published_at ELSE content_updated_at END";

    /** The blocks of :size ids that hold public articles, each with its last change, for the sitemap index. */
    @SqlQuery("SELECT block_number, MAX(changed_at) AS changed_at FROM (SELECT (id - 1) / :size + 1 AS block_number, "
            + LAST_CHANGE + " AS changed_at FROM article WHERE " + PUBLIC + ") blocks "
            + "GROUP BY block_number ORDER BY block_number")
    List<ArticleBlock> listPublicBlocks(@Bind("now") Instant now, @Bind("size") int size);

    /** Read from the article_public_by_id index alone (V12); the order names status for H2, as listings do. */
    String PUBLIC_IN_ID_RANGE = "SELECT slug, " + LAST_CHANGE + " AS changed_at FROM article "
            + "WHERE id BETWEEN :first AND :last AND " + PUBLIC + " ORDER BY status, id";

    /** The public articles with ids from :first to :last, in id order. */
    @SqlQuery(PUBLIC_IN_ID_RANGE)
    List<SlugChange> listPublicInIdRange(@Bind("first") long first, @Bind("last") long last, @Bind("now") Instant now);

    /** Every topic with a public article and its last change, the topic of the newest article first. */
    @SqlQuery("SELECT topic_slug AS slug, MAX(" + LAST_CHANGE + ") AS changed_at FROM article WHERE " + PUBLIC
            + " AND topic_slug <> '' GROUP BY topic_slug ORDER BY MAX(published_at) DESC, topic_slug")
    List<SlugChange> listPublicTopicChanges(@Bind("now") Instant now);

    /*
     * The newest publication (article_listing_newest, V12) and the latest update (article_content_updated, V25) of a
     * public article, each read from its index's top: the latest LAST_CHANGE of all without reading every article.
     */
    String LAST_PUBLIC_CHANGE = "SELECT GREATEST(newest, COALESCE(updated, newest)) FROM (SELECT "
            + "(SELECT published_at FROM article WHERE " + PUBLIC + " ORDER BY status, published_at DESC, id DESC"
            + " LIMIT 1) AS newest, (SELECT content_updated_at FROM article WHERE content_updated_at IS NOT NULL AND "
            + PUBLIC_IN_ANY_ORDER + " ORDER BY status, content_updated_at DESC, id DESC LIMIT 1) AS updated) latest";

    /** The last change of any public article; null when there is none. */
    @SqlQuery(LAST_PUBLIC_CHANGE)
    Instant findLastPublicChange(@Bind("now") Instant now);

    String LATEST_PUBLIC = SELECT_ARTICLE + " WHERE " + PUBLIC + " ORDER BY status, published_at DESC, a.id DESC "
            + "LIMIT :limit";

    /** The newest public articles in full (without FAQ), for the feed. */
    @SqlQuery(LATEST_PUBLIC)
    List<Article> listLatestPublic(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM article")
    long countAll();

    /** Whether the article's publication was announced: false for a scheduled one until ScheduledPublisher claims it. */
    @SqlQuery("SELECT publication_announced FROM article WHERE id = :id")
    boolean isPublicationAnnounced(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) > 0 FROM article WHERE slug = :slug")
    boolean slugExists(@Bind("slug") String slug);

    String ADMIN_LIST = "SELECT " + LIST_ROW_COLUMNS + " FROM article" + LIST_FILTER
            + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset";

    /** The admin list: one page of articles matching a status filter and a title search, last changed first (V12). */
    @SqlQuery(ADMIN_LIST)
    List<ArticleListRow> listForAdmin(@Bind("status") String status, @Bind("search") String search,
                                      @Bind("pattern") String pattern, @Bind("now") Instant now,
                                      @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM article" + LIST_FILTER)
    long countForAdmin(@Bind("status") String status, @Bind("search") String search,
                       @Bind("pattern") String pattern, @Bind("now") Instant now);

    @SqlQuery("SELECT deleted_at IS NOT NULL FROM article WHERE id = :id")
    Optional<Boolean> isInTrash(@Bind("id") long id);

    @SqlUpdate("UPDATE article SET deleted_at = :now, updated_at = :now, updated_by = :by WHERE id = :id AND deleted_at IS NULL")
    int moveToTrash(@Bind("id") long id, @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("UPDATE article SET deleted_at = NULL, updated_at = :now, updated_by = :by WHERE id = :id AND deleted_at IS NOT NULL")
    int restoreFromTrash(@Bind("id") long id, @Bind("now") Instant now, @Bind("by") String by);

    @SqlQuery("SELECT id FROM article WHERE deleted_at IS NOT NULL")
    List<Long> listTrashedIds();

    @SqlUpdate("DELETE FROM article WHERE id = :id AND deleted_at IS NOT NULL")
    int deleteTrashed(@Bind("id") long id);

    /**
     * A medical review's mark on the article: its day, and the reviewer's record when the approving account has one
     * (otherwise the article keeps the reviewer it names). Only the workflow writes it; a save keeps it.
     */
    @SqlUpdate("UPDATE article SET last_reviewed = :day, reviewer_id = COALESCE(:reviewerId, reviewer_id) "
            + "WHERE id = :id")
    void updateLastReview(@Bind("id") long id, @Bind("day") LocalDate day, @Bind("reviewerId") Long reviewerId);

    @SqlUpdate("UPDATE article SET seo_score = :score WHERE id = :id")
    void updateSeoScore(@Bind("id") long id, @Bind("score") int score);

    /** Every column a new article row gets; {@link #insert} and {@link #insertAll} both write it. */
    String INSERT = """
            INSERT INTO article (slug, title, meta_title, meta_description, focus_keyword, lead, body,
                author_id, reviewer_id, last_reviewed,
                next_review_due, review_interval_months, review_due, topic, topic_slug, status, published_at,
                hero_image_id, hero_alt, publication_announced, created_at, updated_at, content_updated_at, updated_by,
                version, seo_score)
            VALUES (:slug, :title, :meta_title, :meta_description, :focus_keyword, :lead, :body,
                :author_id, :reviewer_id, :last_reviewed,
                :next_review_due, :review_interval_months, :review_due, :topic, :topic_slug, :status, :published_at,
                :hero_image_id, :hero_alt, :announced, :created_at, :updated_at, :content_updated_at, :by, 1, :seo_score)
            """;

    /** Inserts a new article (its id, version and timestamps are ignored) and returns its id. */
    default long insert(Article article, Instant now, String by) {
        Update update = getHandle().createUpdate(INSERT);
        bindNewRow(update, article, now, now, now, now, by, null);
        return update.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /**
     * Inserts new articles in one batch and returns their ids in order. Unlike {@link #insert}, each keeps its own
     * creation and update times (synthetic articles come with a history) and gets its SEO score in the same row.
     */
    default List<Long> insertAll(List<Article> articles, List<Integer> seoScores, Instant now, String by) {
        PreparedBatch batch = getHandle().prepareBatch(INSERT);
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            bindNewRow(batch, article, article.createdAt(), article.updatedAt(), article.lastPublicChange(), now, by,
                    seoScores.get(i)).add();
        }
        return batch.executePreparedBatch("id").mapTo(Long.class).list();
    }

    /** The slugs among these that an article (in the trash too) has. */
    @SqlQuery("SELECT slug FROM article WHERE slug IN (<slugs>)")
    List<String> listTakenSlugs(@BindList("slugs") List<String> slugs);

    /** The highest id given so far; 0 for an empty table. */
    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM article")
    long maxId();

    /**
     * Overwrites the article's content when its stored version is still {@code article.version()}, raising the
     * version by one; an update or a correction (not a minor edit) also moves the date readers see. Returns false,
     * changing nothing, when someone else saved in between.
     */
    default boolean update(Article article, ChangeKind kind, Instant now, String by) {
        Update update = getHandle().createUpdate("""
                UPDATE article SET slug = :slug, title = :title, meta_title = :meta_title,
                    meta_description = :meta_description, focus_keyword = :focus_keyword, lead = :lead, body = :body,
                    author_id = :author_id, reviewer_id = :reviewer_id, last_reviewed = :last_reviewed, next_review_due = :next_review_due,
                    review_interval_months = :review_interval_months, review_due = :review_due, topic = :topic,
                    topic_slug = :topic_slug, status = :status, published_at = :published_at,
                    hero_image_id = :hero_image_id, hero_alt = :hero_alt, publication_announced = :announced,
                    updated_at = :now, updated_by = :by, version = version + 1,
                    content_updated_at = CASE WHEN :noted THEN :now ELSE content_updated_at END
                WHERE id = :id AND version = :version
                """);
        bindContent(update, article)
                .bindByType("now", now, Instant.class)
                .bind("by", by)
                .bind("noted", kind.isNoted())
                .bind("announced", article.isPublicAt(now))
                .bind("id", article.id())
                .bind("version", article.version());
        return update.execute() == 1;
    }

    /**
     * A write that makes an article public announces it itself (its change event drops the pages); a scheduled one
     * waits for {@link com.healthpress.publishing.ScheduledPublisher}.
     */
    private static <S extends SqlStatement<S>> S bindNewRow(S statement, Article article, Instant createdAt,
                                                            Instant updatedAt, Instant contentUpdatedAt,
                                                            Instant now, String by, Integer seoScore) {
        return bindContent(statement, article)
                .bindByType("created_at", createdAt, Instant.class)
                .bindByType("updated_at", updatedAt, Instant.class)
                .bindByType("content_updated_at", contentUpdatedAt, Instant.class)
                .bind("by", by)
                .bind("announced", article.isPublicAt(now))
                .bindByType("seo_score", seoScore, Integer.class);
    }

    /** Articles are written with their people linked (people.Bylines); an unlinked one is a bug, not a null. */
    private static long linkedId(long personId) {
        if (personId <= 0) {
            throw new IllegalArgumentException("the article's author or reviewer is not linked to a person record");
        }
        return personId;
    }

    private static <S extends SqlStatement<S>> S bindContent(S statement, Article article) {
        MedicalReview review = article.review();
        return statement
                .bind("slug", article.slug())
                .bind("title", article.title())
                .bind("meta_title", article.metaTitle())
                .bind("meta_description", article.metaDescription())
                .bind("focus_keyword", article.focusKeyword())
                .bind("lead", article.lead())
                .bind("body", article.body())
                .bind("author_id", linkedId(article.author().personId()))
                .bindByType("reviewer_id", review == null ? null : linkedId(review.reviewerId()), Long.class)
                .bindByType("last_reviewed", review == null ? null : review.lastReviewed(), LocalDate.class)
                .bindByType("next_review_due", article.nextReviewDue(), LocalDate.class)
                .bindByType("review_interval_months", article.reviewEveryMonths(), Integer.class)
                .bindByType("review_due", article.reviewDue(), LocalDate.class)
                .bind("topic", article.topic())
                .bind("topic_slug", article.hasTopic() ? Slugs.of(article.topic()) : null)
                .bind("status", article.status().storedName())
                .bindByType("published_at", article.publishedAt(), Instant.class)
                .bindByType("hero_image_id", article.hasHeroImage() ? article.heroImage().imageId() : null, Long.class)
                .bind("hero_alt", article.hasHeroImage() ? article.heroImage().alt() : null);
    }
}
