package com.healthpress.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * All SQL for the {@code article} table. FAQ items are stored by {@link com.healthpress.faq.FaqRepository};
 * articles returned here carry an empty FAQ list. "Public" means published with a publication time
 * that has come.
 */
@RegisterRowMapper(ArticleRowMapper.class)
@RegisterConstructorMapper(ArticleSummary.class)
public interface ArticleRepository extends SqlObject {

    String SUMMARY_COLUMNS = "slug, title, lead, topic, published_at, updated_at";
    String PUBLIC = "status = 'published' AND published_at <= :now";

    @SqlQuery("SELECT * FROM article WHERE slug = :slug")
    Optional<Article> findBySlug(@Bind("slug") String slug);

    @SqlQuery("SELECT * FROM article WHERE id = :id")
    Optional<Article> findById(@Bind("id") long id);

    @SqlQuery("SELECT * FROM article WHERE slug = :slug AND " + PUBLIC)
    Optional<Article> findPublicBySlug(@Bind("slug") String slug, @Bind("now") Instant now);

    @SqlQuery("SELECT " + SUMMARY_COLUMNS + " FROM article WHERE " + PUBLIC
            + " ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<ArticleSummary> listPublic(@Bind("now") Instant now, @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM article WHERE " + PUBLIC)
    long countPublic(@Bind("now") Instant now);

    @SqlQuery("SELECT " + SUMMARY_COLUMNS + " FROM article WHERE topic_slug = :topicSlug AND " + PUBLIC
            + " ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<ArticleSummary> listPublicInTopic(@Bind("topicSlug") String topicSlug, @Bind("now") Instant now,
                                           @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM article WHERE topic_slug = :topicSlug AND " + PUBLIC)
    long countPublicInTopic(@Bind("topicSlug") String topicSlug, @Bind("now") Instant now);

    /** Published articles other than the given one, same topic first, newest first. */
    @SqlQuery("SELECT " + SUMMARY_COLUMNS + " FROM article WHERE id <> :id AND " + PUBLIC
            + " ORDER BY CASE WHEN topic = :topic THEN 0 ELSE 1 END, published_at DESC, id DESC LIMIT :limit")
    List<ArticleSummary> listRelated(@Bind("id") long id, @Bind("topic") String topic, @Bind("now") Instant now,
                                     @Bind("limit") int limit);

    /** The topic's display name, when a public article has it. */
    @SqlQuery("SELECT topic FROM article WHERE topic_slug = :topicSlug AND " + PUBLIC + " LIMIT 1")
    Optional<String> findPublicTopicName(@Bind("topicSlug") String topicSlug, @Bind("now") Instant now);

    /** Every public article, newest first, for the sitemap. */
    @SqlQuery("SELECT " + SUMMARY_COLUMNS + " FROM article WHERE " + PUBLIC + " ORDER BY published_at DESC, id DESC")
    List<ArticleSummary> listAllPublic(@Bind("now") Instant now);

    /** The newest public articles in full (without FAQ), for the feed. */
    @SqlQuery("SELECT * FROM article WHERE " + PUBLIC + " ORDER BY published_at DESC, id DESC LIMIT :limit")
    List<Article> listLatestPublic(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM article")
    long countAll();

    @SqlQuery("SELECT COUNT(*) > 0 FROM article WHERE slug = :slug")
    boolean slugExists(@Bind("slug") String slug);

    /** Inserts a new article (its id, version and timestamps are ignored) and returns the stored copy. */
    default Article insert(Article article, Instant now) {
        Update update = getHandle().createUpdate("""
                INSERT INTO article (slug, title, meta_title, meta_description, focus_keyword, lead, body,
                    author_name, author_kind, author_url, reviewer_name, reviewer_credentials, last_reviewed,
                    topic, topic_slug, status, published_at, created_at, updated_at, version)
                VALUES (:slug, :title, :meta_title, :meta_description, :focus_keyword, :lead, :body,
                    :author_name, :author_kind, :author_url, :reviewer_name, :reviewer_credentials, :last_reviewed,
                    :topic, :topic_slug, :status, :published_at, :now, :now, 1)
                """);
        bindContent(update, article).bindByType("now", now, Instant.class);
        long id = update.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return findById(id).orElseThrow();
    }

    private static Update bindContent(Update update, Article article) {
        MedicalReview review = article.review();
        return update
                .bind("slug", article.slug())
                .bind("title", article.title())
                .bind("meta_title", article.metaTitle())
                .bind("meta_description", article.metaDescription())
                .bind("focus_keyword", article.focusKeyword())
                .bind("lead", article.lead())
                .bind("body", article.body())
                .bind("author_name", article.author().name())
                .bind("author_kind", article.author().kind().name())
                .bind("author_url", article.author().url())
                .bind("reviewer_name", review == null ? null : review.reviewerName())
                .bind("reviewer_credentials", review == null ? null : review.credentials())
                .bindByType("last_reviewed", review == null ? null : review.lastReviewed(), LocalDate.class)
                .bind("topic", article.topic())
                .bind("topic_slug", article.hasTopic() ? Slugs.of(article.topic()) : null)
                .bind("status", article.status().storedName())
                .bindByType("published_at", article.publishedAt(), Instant.class);
    }
}
