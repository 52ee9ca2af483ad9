package com.healthpress.seo.analysis;

import static com.healthpress.seo.analysis.AnalysisArticles.TODAY;
import static com.healthpress.seo.analysis.AnalysisArticles.check;
import static com.healthpress.seo.analysis.AnalysisArticles.good;
import static com.healthpress.seo.analysis.AnalysisArticles.level;
import static com.healthpress.seo.analysis.AnalysisArticles.words;
import static com.healthpress.seo.analysis.Check.Level.FAIL;
import static com.healthpress.seo.analysis.Check.Level.PASS;
import static com.healthpress.seo.analysis.Check.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorialChecksTest {

    @Test
    void aPublishedArticleWithoutAReviewerFailsWhereADraftIsOnlyReminded() {
        Check published = check(good().status(ArticleStatus.PUBLISHED).review(null).build(), "medical-review");
        assertEquals(FAIL, published.level());
        assertEquals("Published without a medical reviewer: name the clinician who checked the medical content.",
                published.reason());
        Check draft = check(good().review(null).build(), "medical-review");
        assertEquals(WARN, draft.level());
        assertEquals("No medical reviewer yet: name one before publishing.", draft.reason());
        assertEquals(FAIL, level(publishedWith(new MedicalReview("  ", "MD", TODAY)), "medical-review"));
        assertEquals(FAIL, level(publishedWith(new MedicalReview(null, null, TODAY)), "medical-review"));
    }

    @Test
    void medicalReviewPassesWithinAYear() {
        Check check = check(reviewedOn(TODAY.minusYears(1)), "medical-review");
        assertEquals(PASS, check.level());
        assertEquals("Reviewed by Dr Jane Roe, MD on 15 June 2025.", check.reason());
    }

    @Test
    void medicalReviewWarnsWhenOlderThanAYear() {
        Check check = check(reviewedOn(TODAY.minusYears(1).minusDays(1)), "medical-review");
        assertEquals(WARN, check.level());
        assertEquals("Last medical review was on 14 June 2025, more than a year ago.", check.reason());
    }

    @Test
    void aReviewCycleLongerThanAYearIsNotCalledOldBeforeItsDueDate() {
        Article article = reviewedOn(TODAY.minusMonths(18)).toBuilder().reviewEveryMonths(24)
                .reviewDue(TODAY.plusMonths(6)).build();

        assertEquals(PASS, check(article, "medical-review").level());
        assertEquals(WARN, level(article.toBuilder().reviewDue(TODAY.minusDays(1)).build(), "medical-review"));
    }

    @Test
    void medicalReviewWarnsWithoutADate() {
        Check check = check(reviewed(new MedicalReview("Dr Jane Roe", "", null)), "medical-review");
        assertEquals(WARN, check.level());
        assertEquals("Reviewer Dr Jane Roe is named, but the review has no date.", check.reason());
    }

    @Test
    void medicalReviewWarnsWhenTheNextReviewIsOverdue() {
        Check overdue = check(good().nextReviewDue(TODAY.minusDays(1)).build(), "medical-review");
        assertEquals(WARN, overdue.level());
        assertEquals("Review overdue: the next medical review was due on 14 June 2026.", overdue.reason());
        assertEquals(PASS, level(good().nextReviewDue(TODAY).build(), "medical-review"));
        assertEquals(PASS, level(good().nextReviewDue(null).build(), "medical-review"));
    }

    @Test
    void anOverdueReviewIsNamedEvenWhenTheLastReviewIsUndatedOrOld() {
        LocalDate due = TODAY.minusMonths(1);
        for (LocalDate lastReviewed : new LocalDate[] {null, TODAY.minusYears(3)}) {
            Article article = good().review(new MedicalReview("Dr Jane Roe", "MD", lastReviewed))
                    .nextReviewDue(due).build();
            assertEquals("Review overdue: the next medical review was due on 15 May 2026.",
                    check(article, "medical-review").reason());
        }
    }

    @Test
    void aReviewerWithoutCredentialsIsAdvisedToAddThem() {
        Check without = check(reviewed(new MedicalReview("Dr Jane Roe", " ", TODAY)), "reviewer-credentials");
        assertEquals(WARN, without.level());
        assertEquals("Dr Jane Roe is named without credentials: add them (for example “MD”) so readers see who "
                + "checked the page.", without.reason());
        Check with = check(reviewed(new MedicalReview("Dr Jane Roe", "MD, FACP", TODAY)), "reviewer-credentials");
        assertEquals(PASS, with.level());
        assertEquals("Dr Jane Roe: MD, FACP.", with.reason());
    }

    @Test
    void credentialsAreNotJudgedWhileThereIsNoReviewer() {
        Analysis analysis = AnalysisArticles.analyze(good().review(null).build());
        assertTrue(analysis.checks().stream().noneMatch(check -> check.id().equals("reviewer-credentials")),
                analysis.checks().toString());
    }

    @Test
    void anArticleWithoutReferencesIsAdvisedToCiteItsSources() {
        Check none = check(good().references(List.of()).build(), "references");
        assertEquals(WARN, none.level());
        assertEquals("No references: list the sources the medical content relies on and cite them in the text "
                + "with [^1], [^2]…", none.reason());
        assertEquals("1 reference.", check(good().build(), "references").reason());
    }

    @Test
    void anArticleWithoutAnFaqLosesNothingForIt() {
        Analysis withFaq = AnalysisArticles.analyze(good().build());
        Analysis withoutFaq = AnalysisArticles.analyze(good().faq(List.of()).build());

        assertEquals(withFaq.score(), withoutFaq.score());
        assertEquals(0, withoutFaq.warnings() + withoutFaq.failures(), withoutFaq.checks().toString());
    }

    @Test
    void faqPassesWhenEveryAnswerHasTwentyWords() {
        Check check = check(withAnswers(words(20), words(25)), "faq-answers");
        assertEquals(PASS, check.level());
        assertEquals("All 2 FAQ answers have at least 20 words.", check.reason());
    }

    @Test
    void faqWarnsAndNamesTheFirstAnswerUnderTwentyWords() {
        Check check = check(withAnswers(words(20), words(19), "Yes."), "faq-answers");
        assertEquals(WARN, check.level());
        assertEquals("FAQ answers under 20 words: 2 of 3, first “Question 2?” (19 words).", check.reason());
    }

    @Test
    void faqCopesWithBlankQuestionsAndAnswers() {
        Article article = good().faq(List.of(new FaqItem(null, null))).build();
        assertEquals("FAQ answers under 20 words: 1 of 1, first question 1 (0 words).",
                check(article, "faq-answers").reason());
    }

    private static Article publishedWith(MedicalReview review) {
        return good().status(ArticleStatus.PUBLISHED).review(review).build();
    }

    private static Article reviewed(MedicalReview review) {
        return good().review(review).build();
    }

    private static Article reviewedOn(LocalDate date) {
        return reviewed(new MedicalReview("Dr Jane Roe", "MD", date));
    }

    private static Article withAnswers(String... answers) {
        List<FaqItem> faq = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            faq.add(new FaqItem("Question " + (i + 1) + "?", answers[i]));
        }
        return good().faq(faq).build();
    }
}
