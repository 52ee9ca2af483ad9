package com.healthpress.seo.analysis;

import com.healthpress.article.Article;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import com.healthpress.site.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes health content trustworthy and useful beyond search: a named medical reviewer with credentials and a
 * review that is not overdue, sources, and FAQ answers that help. A check that cannot apply (credentials without a
 * reviewer, answers without an FAQ) is left out rather than passed or failed: the FAQ is optional content, and
 * search engines no longer show FAQ results, so having none costs nothing.
 */
final class EditorialChecks {

    private static final int FAQ_ANSWER_MIN_WORDS = 20;
    private static final Dates DATES = new Dates();

    private EditorialChecks() {
    }

    static List<Check> of(Article article, LocalDate today) {
        List<Check> checks = new ArrayList<>();
        checks.add(medicalReview(article, today));
        if (hasReviewer(article.review())) {
            checks.add(reviewerCredentials(article.review()));
        }
        checks.add(references(article));
        if (!article.faq().isEmpty()) {
            checks.add(faqAnswers(article.faq()));
        }
        return checks;
    }

    private static Check medicalReview(Article article, LocalDate today) {
        MedicalReview review = article.review();
        if (!hasReviewer(review)) {
            return article.isPublished()
                    ? Rule.MEDICAL_REVIEW.fail("Published without a medical reviewer: name the clinician who "
                            + "checked the medical content.")
                    : Rule.MEDICAL_REVIEW.warn("No medical reviewer yet: name one before publishing.");
        }
        String reviewer = Text.clean(review.reviewerWithCredentials());
        // The due date stored by the review cycle; an article not saved yet has only the one set by hand.
        LocalDate due = article.reviewDue() != null ? article.reviewDue() : article.nextReviewDue();
        if (due != null && due.isBefore(today)) {
            return Rule.MEDICAL_REVIEW.warn("Review overdue: the next medical review was due on " + DATES.human(due)
                    + ".");
        }
        LocalDate reviewed = review.lastReviewed();
        if (reviewed == null) {
            return Rule.MEDICAL_REVIEW.warn("Reviewer " + reviewer + " is named, but the review has no date.");
        }
        // A stored review cycle (of any interval) says when a review is due; without one a year is the rule.
        if (article.reviewDue() == null && reviewed.isBefore(today.minusYears(1))) {
            return Rule.MEDICAL_REVIEW.warn("Last medical review was on " + DATES.human(reviewed)
                    + ", more than a year ago.");
        }
        return Rule.MEDICAL_REVIEW.pass("Reviewed by " + reviewer + " on " + DATES.human(reviewed) + ".");
    }

    private static boolean hasReviewer(MedicalReview review) {
        return review != null && !Text.clean(review.reviewerName()).isEmpty();
    }

    private static Check reviewerCredentials(MedicalReview review) {
        String reviewer = Text.clean(review.reviewerName());
        String credentials = Text.clean(review.credentials());
        if (credentials.isEmpty()) {
            return Rule.REVIEWER_CREDENTIALS.warn(reviewer + " is named without credentials: add them (for example "
                    + "“MD”) so readers see who checked the page.");
        }
        return Rule.REVIEWER_CREDENTIALS.pass(reviewer + ": " + credentials + ".");
    }

    /** Every article is a medical page here (the site marks each one up as a MedicalWebPage), so each cites. */
    private static Check references(Article article) {
        int count = article.references().size();
        if (count == 0) {
            return Rule.REFERENCES.warn("No references: list the sources the medical content relies on and cite "
                    + "them in the text with [^1], [^2]…");
        }
        return Rule.REFERENCES.pass(Text.count(count, "reference", "references") + ".");
    }

    private static Check faqAnswers(List<FaqItem> faq) {
        int tooShort = 0;
        String first = null;
        for (int i = 0; i < faq.size(); i++) {
            int words = Words.of(faq.get(i).answer()).size();
            if (words < FAQ_ANSWER_MIN_WORDS) {
                tooShort++;
                if (first == null) {
                    first = question(faq.get(i), i) + " (" + Text.count(words, "word", "words") + ")";
                }
            }
        }
        if (tooShort == 0) {
            return Rule.FAQ_ANSWERS.pass(faq.size() == 1
                    ? "The FAQ answer has at least 20 words."
                    : "All " + faq.size() + " FAQ answers have at least 20 words.");
        }
        return Rule.FAQ_ANSWERS.warn("FAQ answers under 20 words: " + tooShort + " of " + faq.size() + ", first "
                + first + ".");
    }

    private static String question(FaqItem item, int index) {
        String question = Text.clean(item.question());
        return question.isEmpty() ? "question " + (index + 1) : "“" + question + "”";
    }
}
