package com.healthpress.article;

/** Where an article stands in the medical review: what its newest workflow event left it in. */
public enum WorkflowState {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved");

    private final String label;

    WorkflowState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
