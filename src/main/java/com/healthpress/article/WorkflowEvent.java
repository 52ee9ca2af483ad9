package com.healthpress.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One recorded act of the review workflow on one revision ({@code version}) of an article. {@code reviewer} is the
 * person record an approval or imported review names (null when the approving account is linked to none);
 * {@code reviewedOn} is an imported review's own date; comment may be null.
 */
public record WorkflowEvent(long id, long articleId, int version, WorkflowEventKind kind, String username,
                            Author reviewer, LocalDate reviewedOn, Instant occurredAt, String comment) {

    /** The day the review happened: an imported review's own date, otherwise the day of the act (UTC). */
    public LocalDate reviewDay() {
        return reviewedOn != null ? reviewedOn : dayOf(occurredAt);
    }

    /** The day an act at this instant counts as reviewing on: the UTC day, the same on every instance. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public boolean hasComment() {
        return comment != null && !comment.isBlank();
    }

    /** Who did it, for the admin: the reviewer's name with credentials when recorded, then the account. */
    public String actorLabel() {
        if (reviewer == null) {
            return username;
        }
        String credentials = reviewer.credentials() == null || reviewer.credentials().isBlank() ? ""
                : ", " + reviewer.credentials();
        return reviewer.name() + credentials + " (" + username + ")";
    }
}
