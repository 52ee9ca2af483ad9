package com.healthpress.articles;

import com.healthpress.article.Article;
import com.healthpress.article.MedicalContent;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.WorkflowEvent;
import com.healthpress.article.WorkflowEventKind;
import com.healthpress.article.WorkflowState;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The review workflow's records inside a caller's transaction: an article's state, the acts recorded on it, the
 * rule that a medical change after approval returns it to review, and the review readers are shown.
 */
public final class ReviewRecords {

    private static final WorkflowEventMapper LATEST_REVIEW_MAPPER = new WorkflowEventMapper();
    /** The comment of an imported review. */
    public static final String IMPORTED_REVIEW = "The reviewer and last-reviewed date the article came with";

    private ReviewRecords() {
    }

    /** The state the article's newest event left it in; an article without events is a draft. */
    public static WorkflowState stateOf(Handle handle, long articleId) {
        return handle.attach(WorkflowRepository.class).findNewest(articleId)
                .map(event -> event.kind().leaves()).orElse(WorkflowState.DRAFT);
    }

    /**
     * Records an act on the article's stored revision. An approval names the person record linked to the approving
     * account, when there is one (returned; otherwise null: the account alone).
     */
    public static Long record(Handle handle, Article stored, WorkflowEventKind kind, String username, String comment,
                              Instant at) {
        WorkflowRepository events = handle.attach(WorkflowRepository.class);
        Long reviewer = kind == WorkflowEventKind.APPROVED ? events.findPersonOfAccount(username).orElse(null) : null;
        events.insert(stored.id(), stored.version(), kind.storedName(), username, reviewer, null, at, comment);
        return reviewer;
    }

    /**
     * An article that arrives published (imported with --publish, the demo content) counts as approved by the
     * review it carries: its reviewer and last-reviewed date, with the account that brought it.
     */
    static void recordImportedReview(Handle handle, Article stored, String username, Instant at) {
        if (!stored.isPublished()) {
            return;
        }
        MedicalReview review = stored.review();
        handle.attach(WorkflowRepository.class).insert(stored.id(), stored.version(),
                WorkflowEventKind.IMPORTED_REVIEW.storedName(), username,
                review != null && review.isLinked() ? review.reviewerId() : null,
                review == null ? null : review.lastReviewed(), at, IMPORTED_REVIEW);
    }

    /** A save that changed the medical content of an approved article returns it to review, saying why. */
    static void afterSave(Handle handle, Article before, Article stored, String username, Instant at) {
        List<String> changed = MedicalContent.changedBetween(before, stored);
        if (!changed.isEmpty() && stateOf(handle, stored.id()) == WorkflowState.APPROVED) {
            record(handle, stored, WorkflowEventKind.RETURNED_TO_REVIEW, username,
                    MedicalContent.returnReason(changed), at);
        }
    }

    /**
     * What the public page says about the medical review: only the latest approval or imported review. An
     * approval by an account linked to no person record vouches for the reviewer the article names.
     */
    static MedicalReview publicReview(Handle handle, Article article) {
        WorkflowEvent review = handle.createQuery(WorkflowRepository.LATEST_REVIEW).bind("articleId", article.id())
                .map(LATEST_REVIEW_MAPPER).findOne().orElse(null);
        if (review == null) {
            return null;
        }
        if (review.reviewer() != null) {
            return new MedicalReview(review.reviewer().personId(), review.reviewer().slug(), review.reviewer().name(),
                    review.reviewer().credentials(), review.reviewDay());
        }
        MedicalReview named = article.review();
        return review.kind() == WorkflowEventKind.APPROVED && named != null
                ? new MedicalReview(named.reviewerId(), named.reviewerSlug(), named.reviewerName(), named.credentials(),
                        review.reviewDay())
                : null;
    }
}
