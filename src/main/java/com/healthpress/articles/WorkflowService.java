package com.healthpress.articles;

import com.healthpress.access.Actor;
import com.healthpress.access.Permission;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.ReviewQueue;
import com.healthpress.article.WorkflowEvent;
import com.healthpress.article.WorkflowEventKind;
import com.healthpress.article.WorkflowState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The medical review workflow: writers submit, reviewers approve or request changes, editors publish an approved
 * article. Each act is one transaction on the revision the account saw, refused ({@link WorkflowRefused}, or
 * {@link com.healthpress.access.NotPermitted}) with nothing saved when the state, version or account do not allow it.
 */
public final class WorkflowService {

    public static final int COMMENT_MAX_LENGTH = 2000;
    /** A queue lists its first rows; its count says how many there are in all. */
    private static final int QUEUE_ROWS = ReviewCycleService.QUEUE_ROWS;

    private static final Queue WAITING_FOR_YOUR_REVIEW = new Queue("your-review", "Waiting for your review",
            WorkflowState.IN_REVIEW, "waiting since");
    private static final Queue CHANGES_REQUESTED_OF_YOU = new Queue("your-changes",
            "Changes requested on your articles", WorkflowState.CHANGES_REQUESTED, "sent back");
    private static final Queue WAITING_FOR_REVIEW = new Queue("waiting-for-review", "Waiting for review",
            WorkflowState.IN_REVIEW, "waiting since");
    private static final Queue CHANGES_REQUESTED = new Queue("changes-requested", "Changes requested",
            WorkflowState.CHANGES_REQUESTED, "sent back");

    private final Jdbi jdbi;
    private final ArticleService articles;
    private final Clock clock;

    /** A dashboard queue: the articles in one state, with the label of the day they got there. */
    private record Queue(String key, String title, WorkflowState state, String dateLabel) {
    }

    public WorkflowService(Jdbi jdbi, ArticleService articles, Clock clock) {
        this.jdbi = jdbi;
        this.articles = articles;
        this.clock = clock;
    }

    /** Where an article stands, the newest event that carries a comment, and every event, newest first. */
    public record Status(WorkflowState state, Optional<WorkflowEvent> latestComment, List<WorkflowEvent> events) {
    }

    public Status status(long articleId) {
        return jdbi.withHandle(handle -> {
            WorkflowRepository events = handle.attach(WorkflowRepository.class);
            return new Status(ReviewRecords.stateOf(handle, articleId), events.findLatestWithComment(articleId),
                    events.listFor(articleId));
        });
    }

    /**
     * The dashboard's workflow queues for this account, in the order shown: a reviewer's articles waiting for their
     * review and a writer's articles sent back to them first, then every article waiting for review and every one
     * with changes requested.
     */
    public List<ReviewQueue> queues(Actor actor, LocalDate today) {
        return jdbi.withHandle(handle -> {
            WorkflowRepository events = handle.attach(WorkflowRepository.class);
            List<ReviewQueue> queues = new ArrayList<>();
            if (actor.can(Permission.REVIEW)) {
                queues.add(queueOf(events, WAITING_FOR_YOUR_REVIEW, PersonRole.REVIEWER, actor));
            }
            if (actor.can(Permission.EDIT_DRAFT)) {
                queues.add(queueOf(events, CHANGES_REQUESTED_OF_YOU, PersonRole.AUTHOR, actor));
            }
            queues.add(queueOf(events, WAITING_FOR_REVIEW, null, actor));
            queues.add(queueOf(events, CHANGES_REQUESTED, null, actor));
            return queues;
        });
    }

    /** One queue; with a role, only the articles naming the account's person record in that role. */
    private ReviewQueue queueOf(WorkflowRepository events, Queue queue, PersonRole role, Actor actor) {
        List<String> kinds = WorkflowEventKind.storedNamesLeaving(queue.state());
        long count = role == null ? events.countWaiting(kinds)
                : events.countWaitingFor(kinds, role.column(), actor.username());
        List<WorkflowRepository.Waiting> waiting = role == null ? events.listWaiting(kinds, QUEUE_ROWS)
                : events.listWaitingFor(kinds, role.column(), actor.username(), QUEUE_ROWS);
        return new ReviewQueue(queue.key(), queue.title(), role != null, count, waiting.stream()
                .map(article -> new ReviewQueue.Row(article.articleId(), article.title(), queue.dateLabel(),
                        LocalDate.ofInstant(article.occurredAt(), clock.getZone()), article.reviewerName()))
                .toList());
    }

    /** A writer asks for a medical review of the version they saw. */
    public void submit(long articleId, int version, Actor actor) {
        actor.require(Permission.EDIT_DRAFT);
        act(articleId, version, (handle, article, state) -> {
            if (state == WorkflowState.IN_REVIEW || state == WorkflowState.APPROVED) {
                throw conflict("The article is " + state.label().toLowerCase() + " already; nothing was changed.");
            }
            ReviewRecords.record(handle, article, WorkflowEventKind.SUBMITTED, actor.username(), null, now());
        });
    }

    /**
     * A reviewer approves the version they saw; a comment is optional. The approval is the article's last review:
     * its day and reviewer are the article's, and the next review is due from it.
     */
    public void approve(long articleId, int version, Actor actor, String comment) {
        actor.require(Permission.REVIEW);
        String checked = comment(comment, false);
        act(articleId, version, (handle, article, state) -> {
            if (state == WorkflowState.APPROVED) {
                throw conflict("This version is approved already; nothing was changed.");
            }
            Instant now = now();
            Long reviewer = ReviewRecords.record(handle, article, WorkflowEventKind.APPROVED, actor.username(),
                    checked, now);
            articles.recordReview(handle, article, WorkflowEvent.dayOf(now), reviewer);
        });
    }

    /** A reviewer sends the article back to its writer, saying what to change. */
    public void requestChanges(long articleId, int version, Actor actor, String comment) {
        actor.require(Permission.REVIEW);
        String checked = comment(comment, true);
        act(articleId, version, (handle, article, state) ->
                ReviewRecords.record(handle, article, WorkflowEventKind.CHANGES_REQUESTED, actor.username(), checked,
                        now()));
    }

    /**
     * An editor publishes an approved article: now, or at its publication time when that is still to come
     * (scheduled). The publication is a new revision and an event of its own.
     */
    public void publish(long articleId, int version, Actor actor) {
        actor.require(Permission.PUBLISH);
        act(articleId, version, (handle, article, state) -> {
            if (article.isPublished()) {
                throw conflict("The article is published already; nothing was changed.");
            }
            if (state != WorkflowState.APPROVED) {
                throw conflict("Only an approved article can be published, and this one is "
                        + state.label().toLowerCase() + ". A medical reviewer approves it first.");
            }
            Instant now = now();
            Instant at = article.publishedAt() != null && article.publishedAt().isAfter(now) ? article.publishedAt()
                    : now;
            Article published = articles.update(handle, article.toBuilder().status(ArticleStatus.PUBLISHED)
                    .publishedAt(at).build(), actor.username(), "Published")
                    .orElseThrow(() -> changedMeanwhile(version));
            ReviewRecords.record(handle, published, WorkflowEventKind.PUBLISHED, actor.username(), null, now);
        });
    }

    private interface Act {
        void on(Handle handle, Article article, WorkflowState state);
    }

    private void act(long articleId, int version, Act act) {
        jdbi.useTransaction(handle -> {
            Article article = ArticleService.findById(handle, articleId)
                    .orElseThrow(() -> new WorkflowRefused(404, "There is no such article."));
            if (article.version() != version) {
                throw changedMeanwhile(version);
            }
            act.on(handle, article, ReviewRecords.stateOf(handle, articleId));
        });
    }

    private static String comment(String comment, boolean required) {
        String stripped = comment == null ? "" : comment.strip();
        if (required && stripped.isEmpty()) {
            throw new WorkflowRefused(WorkflowRefused.INVALID,
                    "Say what should change: a comment is required when requesting changes. Nothing was changed.");
        }
        if (stripped.length() > COMMENT_MAX_LENGTH) {
            throw new WorkflowRefused(WorkflowRefused.INVALID, "A comment may have at most " + COMMENT_MAX_LENGTH
                    + " characters. Nothing was changed.");
        }
        return stripped.isEmpty() ? null : stripped;
    }

    private static WorkflowRefused changedMeanwhile(int version) {
        return conflict("The article was saved again since you opened version " + version + ". Look at the newest "
                + "version, then try again; nothing was changed.");
    }

    private static WorkflowRefused conflict(String message) {
        return new WorkflowRefused(WorkflowRefused.CONFLICT, message);
    }

    private Instant now() {
        return clock.instant();
    }
}
