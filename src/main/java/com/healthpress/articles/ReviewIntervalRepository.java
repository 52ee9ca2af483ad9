package com.healthpress.articles;

import com.healthpress.article.ReviewCycle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code topic_review_interval} table (V20) and the review dates it moves in {@code article}. */
@RegisterConstructorMapper(ReviewIntervalRepository.TopicInterval.class)
@RegisterConstructorMapper(ReviewIntervalRepository.ReviewDates.class)
public interface ReviewIntervalRepository {

    /** A topic in use (by one article or more, the trash aside) and its months; null months: the default. */
    record TopicInterval(String topicSlug, String topic, Integer months) {
    }

    /** What the review rule needs of one article, and the due date it has now. */
    record ReviewDates(long id, LocalDate lastReviewed, LocalDate nextReviewDue, Integer reviewIntervalMonths,
                       Integer topicMonths, LocalDate reviewDue) {

        /** The due date by today's rule and intervals (article.ReviewCycle). */
        public LocalDate dueByTheRule() {
            return ReviewCycle.due(lastReviewed, nextReviewDue, reviewIntervalMonths, topicMonths);
        }
    }

    String REVIEW_DATES = """
            SELECT a.id, a.last_reviewed, a.next_review_due, a.review_interval_months, t.months AS topic_months,
                a.review_due
            FROM article a LEFT JOIN topic_review_interval t ON t.topic_slug = a.topic_slug
            """;

    @SqlQuery("SELECT topic_slug, months FROM topic_review_interval")
    @KeyColumn("topic_slug")
    @ValueColumn("months")
    Map<String, Integer> findAllMonths();

    @SqlQuery("SELECT months FROM topic_review_interval WHERE topic_slug = :topicSlug")
    Optional<Integer> findMonths(@Bind("topicSlug") String topicSlug);

    @SqlQuery("""
            SELECT a.topic_slug, MIN(a.topic) AS topic, MIN(t.months) AS months
            FROM article a LEFT JOIN topic_review_interval t ON t.topic_slug = a.topic_slug
            WHERE a.topic_slug IS NOT NULL AND a.deleted_at IS NULL
            GROUP BY a.topic_slug ORDER BY a.topic_slug
            """)
    List<TopicInterval> listTopicsInUse();

    @SqlUpdate("DELETE FROM topic_review_interval WHERE topic_slug = :topicSlug")
    void deleteMonths(@Bind("topicSlug") String topicSlug);

    @SqlUpdate("INSERT INTO topic_review_interval (topic_slug, months) VALUES (:topicSlug, :months)")
    void insertMonths(@Bind("topicSlug") String topicSlug, @Bind("months") int months);

    @SqlQuery(REVIEW_DATES + " WHERE a.topic_slug = :topicSlug")
    List<ReviewDates> listInTopic(@Bind("topicSlug") String topicSlug);

    @SqlQuery(REVIEW_DATES)
    List<ReviewDates> listAll();

    @SqlUpdate("UPDATE article SET review_due = :due WHERE id = :id")
    void updateReviewDue(@Bind("id") long id, @Bind("due") LocalDate due);
}
