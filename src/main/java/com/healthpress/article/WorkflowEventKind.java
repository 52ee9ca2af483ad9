package com.healthpress.article;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The acts the review workflow records, each with the state it leaves the article in. Stored in lower case. */
public enum WorkflowEventKind {
    SUBMITTED("Submitted for review", WorkflowState.IN_REVIEW),
    APPROVED("Approved", WorkflowState.APPROVED),
    CHANGES_REQUESTED("Changes requested", WorkflowState.CHANGES_REQUESTED),
    PUBLISHED("Published", WorkflowState.APPROVED),
    RETURNED_TO_REVIEW("Returned to review", WorkflowState.IN_REVIEW),
    IMPORTED_REVIEW("Imported review", WorkflowState.APPROVED);

    private final String label;
    private final WorkflowState leaves;

    WorkflowEventKind(String label, WorkflowState leaves) {
        this.label = label;
        this.leaves = leaves;
    }

    public String label() {
        return label;
    }

    public WorkflowState leaves() {
        return leaves;
    }

    /** An act that vouches for the medical content: the public "Medically reviewed by" line comes from these. */
    public boolean isReview() {
        return this == APPROVED || this == IMPORTED_REVIEW;
    }

    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stored names of the acts that leave an article in this state. */
    public static List<String> storedNamesLeaving(WorkflowState state) {
        return Arrays.stream(values()).filter(kind -> kind.leaves == state).map(WorkflowEventKind::storedName)
                .toList();
    }

    public static WorkflowEventKind fromStoredName(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
