package com.healthpress.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The generate command's SQL: whole batches of article, FAQ and revision rows, each batch one prepared statement.
 * The rows have the shape {@code ArticleService.create} writes; search documents go through
 * {@link com.healthpress.search.SearchDocumentRepository}.
 */
interface GeneratorRepository {

    /**
     * An article row as ArticleRepository.insert and ArticleService.create leave it, with its SEO score. Every
     * generated article is public already, so its publication counts as announced (no scheduled announcement).
     */
    record ArticleRow(String slug, String title, String metaTitle, String metaDescription, String focusKeyword,
                      String lead, String body, String authorName, String authorKind, String authorUrl,
                      String reviewerName, String reviewerCredentials, LocalDate lastReviewed,
                      LocalDate nextReviewDue, String topic, String topicSlug, String status, Instant publishedAt,
                      Instant createdAt, Instant updatedAt, String updatedBy, int seoScore) {
    }

    record FaqRow(long articleId, int position, String question, String answer) {
    }

    record RevisionRow(long articleId, int version, String savedBy, Instant savedAt, String summary, String content) {
    }

    @SqlBatch("""
            INSERT INTO article (slug, title, meta_title, meta_description, focus_keyword, lead, body,
                author_name, author_kind, author_url, reviewer_name, reviewer_credentials, last_reviewed,
                next_review_due, topic, topic_slug, status, published_at, hero_image_id, hero_alt,
                publication_announced, created_at, updated_at, updated_by, version, seo_score)
            VALUES (:slug, :title, :metaTitle, :metaDescription, :focusKeyword, :lead, :body,
                :authorName, :authorKind, :authorUrl, :reviewerName, :reviewerCredentials, :lastReviewed,
                :nextReviewDue, :topic, :topicSlug, :status, :publishedAt, NULL, NULL,
                TRUE, :createdAt, :updatedAt, :updatedBy, 1, :seoScore)""")
    @GetGeneratedKeys("id")
    long[] insertArticles(@BindMethods List<ArticleRow> rows);

    @SqlBatch("INSERT INTO faq_item (article_id, position, question, answer) "
            + "VALUES (:articleId, :position, :question, :answer)")
    void insertFaq(@BindMethods List<FaqRow> rows);

    @SqlBatch("""
            INSERT INTO article_revision (article_id, version, saved_by, saved_at, summary, content)
            VALUES (:articleId, :version, :savedBy, :savedAt, :summary, :content)""")
    void insertRevisions(@BindMethods List<RevisionRow> rows);

    @SqlQuery("SELECT slug FROM article WHERE slug IN (<slugs>)")
    List<String> takenSlugs(@BindList("slugs") List<String> slugs);

    @SqlQuery("SELECT COUNT(*) > 0 FROM article WHERE slug = :slug")
    boolean slugExists(@Bind("slug") String slug);

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM article")
    long maxId();
}
