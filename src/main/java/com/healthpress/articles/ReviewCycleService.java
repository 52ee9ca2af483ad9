package com.healthpress.articles;

import com.healthpress.access.Actor;
import com.healthpress.access.Permission;
import com.healthpress.article.Article;
import com.healthpress.article.ReviewQueue;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.changes.ChangeFeed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Review intervals per topic, every article's stored next-review date true to them, and the review queues. */
public final class ReviewCycleService {

    public static final int DUE_SOON_DAYS = 30;
    /** A queue lists its first rows; its count says how many there are in all. */
    public static final int QUEUE_ROWS = 50;

    private final Jdbi jdbi;
    private final ChangeFeed changes;

    public ReviewCycleService(Jdbi jdbi, ChangeFeed changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    /**
     * The dashboard's queues for this account on this day, in the order shown: a reviewer's own overdue articles
     * first, then every overdue article, then those due within {@link #DUE_SOON_DAYS} days.
     */
    public List<ReviewQueue> queues(Actor actor, LocalDate today) {
        LocalDate soon = today.plusDays(DUE_SOON_DAYS + 1);
        return jdbi.withHandle(handle -> {
            ReviewQueueRepository due = handle.attach(ReviewQueueRepository.class);
            List<ReviewQueue> queues = new ArrayList<>();
            if (actor.can(Permission.REVIEW)) {
                queues.add(new ReviewQueue("your-overdue", "Your reviews overdue", true,
                        due.countDueReviewedBy(actor.username(), ReviewQueueRepository.EVER, today),
                        due.listDueReviewedBy(actor.username(), ReviewQueueRepository.EVER, today, QUEUE_ROWS)));
            }
            queues.add(new ReviewQueue("overdue", "Overdue for review", false,
                    due.countDue(ReviewQueueRepository.EVER, today),
                    due.listDue(ReviewQueueRepository.EVER, today, QUEUE_ROWS)));
            queues.add(new ReviewQueue("due-soon", "Review due within " + DUE_SOON_DAYS + " days", false,
                    due.countDue(today, soon), due.listDue(today, soon, QUEUE_ROWS)));
            return queues;
        });
    }

    public List<ReviewIntervalRepository.TopicInterval> topicsInUse() {
        return jdbi.withHandle(handle -> handle.attach(ReviewIntervalRepository.class).listTopicsInUse());
    }

    /** Sets a topic's interval (null: the default) and moves the due dates of its articles that follow it. */
    public void setTopicInterval(String topicSlug, Integer months) {
        jdbi.useTransaction(handle -> {
            ReviewIntervalRepository intervals = handle.attach(ReviewIntervalRepository.class);
            intervals.deleteMonths(topicSlug);
            if (months != null) {
                intervals.insertMonths(topicSlug, months);
            }
            List<Long> moved = redate(handle, intervals.listInTopic(topicSlug));
            moved.forEach(id -> changes.publish(handle, Set.of(ArticleChanges.article(id))));
        });
    }

    /** The article with the next-review date its topic's interval gives it, inside the caller's transaction. */
    public static Article withReviewDue(Handle handle, Article article) {
        Integer topicMonths = article.hasTopic()
                ? handle.attach(ReviewIntervalRepository.class).findMonths(article.topicSlug()).orElse(null)
                : null;
        return article.withReviewDue(topicMonths);
    }

    /** As {@link #withReviewDue(Handle, Article)} for a batch, reading the topics' intervals once. */
    public static List<Article> withReviewDue(Handle handle, List<Article> articles) {
        Map<String, Integer> topicMonths = handle.attach(ReviewIntervalRepository.class).findAllMonths();
        return articles.stream()
                .map(article -> article.withReviewDue(article.hasTopic() ? topicMonths.get(article.topicSlug()) : null))
                .toList();
    }

    /**
     * Writes every article's next-review date again by the rule: after a restore from an export made before V20,
     * whose rows lack it.
     */
    public static void redateAll(Handle handle) {
        redate(handle, handle.attach(ReviewIntervalRepository.class).listAll());
    }

    private static List<Long> redate(Handle handle, List<ReviewIntervalRepository.ReviewDates> articles) {
        ReviewIntervalRepository intervals = handle.attach(ReviewIntervalRepository.class);
        List<Long> moved = new ArrayList<>();
        for (ReviewIntervalRepository.ReviewDates article : articles) {
            if (!Objects.equals(article.reviewDue(), article.dueByTheRule())) {
                intervals.updateReviewDue(article.id(), article.dueByTheRule());
                moved.add(article.id());
            }
        }
        return moved;
    }
}
