package com.healthpress.articles;

import com.healthpress.article.WorkflowEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * All SQL for the {@code workflow_event} table. Every read of one article walks the (article_id, id) index from its
 * newest end, so the state (the newest event) and the latest review cost one short index read.
 */
@RegisterRowMapper(WorkflowEventMapper.class)
public interface WorkflowRepository {

    String SELECT = """
            SELECT e.id, e.article_id, e.version, e.kind, e.username, e.reviewer_id, e.reviewed_on, e.occurred_at,
                   e.comment, p.slug AS reviewer_slug, p.name AS reviewer_name, p.kind AS reviewer_kind,
                   p.credentials AS reviewer_credentials
            FROM workflow_event e LEFT JOIN person p ON p.id = e.reviewer_id
            """;

    @SqlUpdate("""
            INSERT INTO workflow_event (article_id, version, kind, username, reviewer_id, reviewed_on, occurred_at,
                                        comment)
            VALUES (:articleId, :version, :kind, :username, :reviewerId, :reviewedOn, :at, :comment)""")
    void insert(@Bind("articleId") long articleId, @Bind("version") int version, @Bind("kind") String kind,
                @Bind("username") String username, @Bind("reviewerId") Long reviewerId,
                @Bind("reviewedOn") LocalDate reviewedOn, @Bind("at") Instant at, @Bind("comment") String comment);

    /** Synthetic published articles (the generate command) count as approved by the review they carry. */
    @SqlBatch("""
            INSERT INTO workflow_event (article_id, version, kind, username, reviewer_id, reviewed_on, occurred_at,
                                        comment)
            SELECT id, version, 'imported_review', :username, reviewer_id, last_reviewed, :at, :comment
            FROM article WHERE id = :articleId AND status = 'published'""")
    void insertImportedReviews(@Bind("articleId") List<Long> articleIds, @Bind("username") String username,
                               @Bind("at") Instant at, @Bind("comment") String comment);

    @SqlQuery(SELECT + "WHERE e.article_id = :articleId ORDER BY e.id DESC LIMIT 1")
    Optional<WorkflowEvent> findNewest(@Bind("articleId") long articleId);

    @SqlQuery(SELECT + "WHERE e.article_id = :articleId AND e.kind IN ('approved', 'imported_review') "
            + "ORDER BY e.id DESC LIMIT 1")
    Optional<WorkflowEvent> findLatestReview(@Bind("articleId") long articleId);

    @SqlQuery(SELECT + "WHERE e.article_id = :articleId AND e.comment IS NOT NULL ORDER BY e.id DESC LIMIT 1")
    Optional<WorkflowEvent> findLatestWithComment(@Bind("articleId") long articleId);

    @SqlQuery(SELECT + "WHERE e.article_id = :articleId ORDER BY e.id DESC")
    List<WorkflowEvent> listFor(@Bind("articleId") long articleId);

    /** The person record linked to an account, which an approval by that account names. */
    @SqlQuery("SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE a.username = :username "
            + "ORDER BY p.id LIMIT 1")
    Optional<Long> findPersonOfAccount(@Bind("username") String username);
}
