package com.healthpress.seo.analysis;

import com.healthpress.seo.analysis.Check.Level;

/** Every check's id and label, in the order the editor sees them. */
enum Rule {
    FOCUS_KEYWORD("focus-keyword", "Focus keyword"),
    KEYWORD_IN_META_TITLE("keyword-in-meta-title", "Focus keyword in meta title"),
    KEYWORD_IN_META_DESCRIPTION("keyword-in-meta-description", "Focus keyword in meta description"),
    KEYWORD_IN_LEAD("keyword-in-lead", "Focus keyword in lead"),
    KEYWORD_IN_HEADING("keyword-in-heading", "Focus keyword in a heading"),
    KEYWORD_IN_SLUG("keyword-in-slug", "Focus keyword in slug"),
    KEYWORD_DENSITY("keyword-density", "Keyword density"),
    META_TITLE_LENGTH("meta-title-length", "Meta title length"),
    META_DESCRIPTION_LENGTH("meta-description-length", "Meta description length"),
    READING_EASE("reading-ease", "Reading ease"),
    LONG_SENTENCES("long-sentences", "Long sentences"),
    LONG_PARAGRAPHS("long-paragraphs", "Long paragraphs"),
    MEDICAL_REVIEW("medical-review", "Medical review"),
    REVIEWER_CREDENTIALS("reviewer-credentials", "Reviewer's credentials"),
    AUTHOR_CREDENTIALS("author-credentials", "Author's credentials"),
    PROFILE_PHOTOS("profile-photos", "Author's and reviewer's photos"),
    REFERENCES("references", "References"),
    FAQ_ANSWERS("faq-answers", "FAQ answers");

    final String id;
    final String label;

    Rule(String id, String label) {
        this.id = id;
        this.label = label;
    }

    Check pass(String reason) {
        return check(Level.PASS, reason);
    }

    Check warn(String reason) {
        return check(Level.WARN, reason);
    }

    Check fail(String reason) {
        return check(Level.FAIL, reason);
    }

    Check check(Level level, String reason) {
        return new Check(id, label, level, reason);
    }
}
