package com.healthpress.page;

/** The schema.org properties of the Organization that a published page can stand for. */
public enum PolicyRole {
    PUBLISHING_PRINCIPLES("publishingPrinciples", "Publishing principles",
            "How you decide what to publish and how: usually the editorial policy."),
    CORRECTIONS_POLICY("correctionsPolicy", "Corrections policy", "How you correct mistakes."),
    ETHICS_POLICY("ethicsPolicy", "Ethics policy",
            "The ethical standards you hold your work to: often the editorial or medical review policy."),
    ACTIONABLE_FEEDBACK_POLICY("actionableFeedbackPolicy", "Feedback policy",
            "How readers can tell you about a problem and what you do with it.");

    private final String property;
    private final String label;
    private final String hint;

    PolicyRole(String property, String label, String hint) {
        this.property = property;
        this.label = label;
        this.hint = hint;
    }

    /** The Organization's schema.org property. */
    public String property() {
        return property;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
