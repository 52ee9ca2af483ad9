package com.healthpress.seo.analysis;

import com.healthpress.article.Article;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import com.healthpress.site.Dates;
import java.time.LocalDate;
import java.util.List;

/** What makes health content trustworthy and useful beyond search: a recent medical review, FAQ answers that help. */
final class EditorialChecks {

    private static final int FAQ_ANSWER_MIN_WORDS = 20;
    private static final Dates DATES = new Dates();

    private EditorialChecks() {
    }

    static List<Check> of(Article article, LocalDate today) {
        return List.of(medicalReview(article, today), faqAnswers(article.faq()));
    }

    private static Check medicalReview(Article article, LocalDate today) {
        MedicalReview review = article.review();
        if (review == null || Text.clean(review.reviewerName()).isEmpty()) {
            return Rule.MEDICAL_REVIEW.fail("No medical reviewer.");
        }
        String reviewer = Text.clean(review.reviewerWithCredentials());
        LocalDate reviewed = review.lastReviewed();
        if (reviewed == null) {
            return Rule.MEDICAL_REVIEW.warn("Reviewer " + reviewer + " is named, but the review has no date.");
        }
        if (reviewed.isBefore(today.minusYears(1))) {
            return Rule.MEDICAL_REVIEW.warn("Last medical review was on " + DATES.human(reviewed)
                    + ", more than a year ago.");
        }
        LocalDate due = article.nextReviewDue();
        if (due != null && due.isBefore(today)) {
            return Rule.MEDICAL_REVIEW.warn("Next medical review was due on " + DATES.human(due) + ".");
        }
        return Rule.MEDICAL_REVIEW.pass("Reviewed by " + reviewer + " on " + DATES.human(reviewed) + ".");
    }

    private static Check faqAnswers(List<FaqItem> faq) {
        if (faq.isEmpty()) {
            return Rule.FAQ_ANSWERS.warn("No FAQ.");
        }
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
