package com.healthpress.articles;

import com.healthpress.article.WorkflowEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
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

    /**
     * The latest approval or imported review. Every public render reads it, as a plain query
     * ({@link ReviewRecords#publicReview}): attaching this interface for it was a quarter of a render's allocation.
     */
    String LATEST_REVIEW = SELECT + "WHERE e.article_id = :articleId AND e.kind IN ('approved', 'imported_review') "
            + "ORDER BY e.id DESC LIMIT 1";

    @SqlQuery(SELECT + "WHERE e.article_id = :articleId AND e.comment IS NOT NULL ORDER BY e.id DESC LIMIT 1")
    Optional<WorkflowEvent> findLatestWithComment(@Bind("articleId") long articleId);

    @SqlQuery(SELECT + "WHERE e.article_id = :articleId ORDER BY e.id DESC")
    List<WorkflowEvent> listFor(@Bind("articleId") long articleId);

    /**
     * The dashboard's workflow queues: articles whose newest event is of one of the kinds given (those that leave an
     * article in one state), the trash aside, the longest waiting first. Each event of those kinds is found by the
     * (kind, article_id, id) index (V22) and kept when no newer event of its article follows.
     */
    String WAITING = """
             FROM workflow_event e JOIN article a ON a.id = e.article_id LEFT JOIN person p ON p.id = a.reviewer_id
             WHERE e.kind IN (<kinds>) AND a.deleted_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM workflow_event n WHERE n.article_id = e.article_id AND n.id > e.id)
            """;
    String WAITING_ROWS = "SELECT a.id AS article_id, a.title, e.occurred_at, p.name AS reviewer_name";
    /** Only the articles naming the account's person record as their author or reviewer (<role>). */
    String OF_ACCOUNTS_PERSON = """
             AND a.<role> IN (SELECT pr.id FROM person pr JOIN account ac ON ac.id = pr.account_id
                              WHERE ac.username = :username)
            """;
    String LONGEST_WAITING_FIRST = " ORDER BY e.id LIMIT :limit";

    /** An article in a workflow queue, with when it got there. */
    record Waiting(long articleId, String title, Instant occurredAt, String reviewerName) {
    }

    @SqlQuery("SELECT COUNT(*)" + WAITING)
    long countWaiting(@BindList("kinds") List<String> kinds);

    @SqlQuery(WAITING_ROWS + WAITING + LONGEST_WAITING_FIRST)
    @RegisterConstructorMapper(Waiting.class)
    List<Waiting> listWaiting(@BindList("kinds") List<String> kinds, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*)" + WAITING + OF_ACCOUNTS_PERSON)
    long countWaitingFor(@BindList("kinds") List<String> kinds, @Define("role") String role,
                         @Bind("username") String username);

    @SqlQuery(WAITING_ROWS + WAITING + OF_ACCOUNTS_PERSON
            + LONGEST_WAITING_FIRST)
    @RegisterConstructorMapper(Waiting.class)
    List<Waiting> listWaitingFor(@BindList("kinds") List<String> kinds, @Define("role") String role,
                                 @Bind("username") String username, @Bind("limit") int limit);

    /** The person record linked to an account, which an approval by that account names. */
    @SqlQuery("SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE a.username = :username "
            + "ORDER BY p.id LIMIT 1")
    Optional<Long> findPersonOfAccount(@Bind("username") String username);
}
