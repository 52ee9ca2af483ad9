package com.healthpress.articles;

import com.healthpress.article.ReviewQueue;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The dashboard's review queues: published articles (scheduled ones too), the trash aside, whose next review falls
 * in [from, until), earliest first, by the (review_due, id) index (V20).
 */
@RegisterConstructorMapper(ReviewQueue.Row.class)
public interface ReviewQueueRepository {

    /** Early enough for "overdue": every due date is after it. */
    LocalDate EVER = LocalDate.of(1, 1, 1);

    String DUE = """
             FROM article a LEFT JOIN person p ON p.id = a.reviewer_id
             WHERE a.review_due >= :from AND a.review_due < :until AND a.status = 'published'
               AND a.deleted_at IS NULL
            """;
    String ROWS = """
            SELECT a.id AS article_id, a.title, 'review due' AS date_label, a.review_due AS date,
                   p.name AS reviewer_name""";
    String ORDER = " ORDER BY a.review_due, a.id LIMIT :limit";
    /** The articles whose reviewer is the person record linked to the account. */
    String REVIEWED_BY = """
             AND a.reviewer_id IN (SELECT pr.id FROM person pr JOIN account ac ON ac.id = pr.account_id
                                   WHERE ac.username = :username)
            """;

    @SqlQuery("SELECT COUNT(*)" + DUE)
    long countDue(@Bind("from") LocalDate from, @Bind("until") LocalDate until);

    @SqlQuery(ROWS + DUE + ORDER)
    List<ReviewQueue.Row> listDue(@Bind("from") LocalDate from, @Bind("until") LocalDate until,
                                  @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*)" + DUE + REVIEWED_BY)
    long countDueReviewedBy(@Bind("username") String username, @Bind("from") LocalDate from,
                            @Bind("until") LocalDate until);

    @SqlQuery(ROWS + DUE + REVIEWED_BY + ORDER)
    List<ReviewQueue.Row> listDueReviewedBy(@Bind("username") String username, @Bind("from") LocalDate from,
                                            @Bind("until") LocalDate until, @Bind("limit") int limit);
}
