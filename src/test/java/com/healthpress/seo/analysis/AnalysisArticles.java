package com.healthpress.seo.analysis;

import static org.junit.jupiter.api.Assertions.fail;

import com.healthpress.article.Article;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Reference;
import java.time.LocalDate;
import java.util.List;

/** Articles for the analysis tests: one that passes every check, and words, sentences and paragraphs by length. */
final class AnalysisArticles {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final SeoAnalyzer ANALYZER = new SeoAnalyzer();

    private AnalysisArticles() {
    }

    /** Passes every check; tests change one field to reach an edge. */
    static Article.Builder good() {
        return Article.builder()
                .slug("sleep-hygiene-habits")
                .title("Sleep hygiene: habits that help you sleep")
                .metaTitle("Sleep hygiene: simple habits for a better night")
                .metaDescription("Sleep hygiene means the daily habits that help you fall asleep and stay asleep. "
                        + "Learn simple steps for your bedroom, your evenings and your mornings.")
                .focusKeyword("sleep hygiene")
                .lead("Sleep hygiene means the habits that help you fall asleep and stay asleep. "
                        + "Small changes can make a big difference.")
                .body("""
                        ## Why sleep hygiene matters

                        Good sleep helps your body heal. It helps your mood and your memory. Most adults need \
                        seven to nine hours a night. Poor sleep can raise the risk of heart disease and low mood.

                        ## What helps

                        Go to bed and get up at the same time each day, even at weekends. Keep your bedroom \
                        dark, quiet and cool. Put your phone away an hour before bed. Avoid coffee after lunch. \
                        A short walk in daylight in the morning sets your body clock.

                        ## When to see a doctor

                        See your doctor if poor sleep lasts more than three months, or if you snore loudly and \
                        feel tired all day.
                        """)
                .review(new MedicalReview("Dr Jane Roe", "MD", TODAY.minusMonths(2)))
                .references(List.of(new Reference("Sleep hygiene", "NHS", 2024,
                        "https://www.nhs.uk/live-well/sleep-and-tiredness/", TODAY.minusMonths(3))))
                .nextReviewDue(TODAY.plusMonths(10))
                .faq(List.of(
                        new FaqItem("How long should I sleep?", "Most adults need seven to nine hours of sleep "
                                + "each night. Children and teenagers need more, and the need changes little "
                                + "with age."),
                        new FaqItem("Do naps help?", "A short nap of about twenty minutes in the early afternoon "
                                + "can help you feel alert. Longer or later naps can make it harder to sleep "
                                + "at night.")));
    }

    static Analysis analyze(Article article) {
        return ANALYZER.analyze(article, TODAY);
    }

    static Check check(Article article, String id) {
        return check(analyze(article), id);
    }

    static Check check(Analysis analysis, String id) {
        return analysis.checks().stream()
                .filter(check -> check.id().equals(id))
                .findFirst()
                .orElseGet(() -> fail("no check " + id));
    }

    static Check.Level level(Article article, String id) {
        return check(article, id).level();
    }

    /** n one-syllable words without punctuation: "rest well well …". */
    static String words(int n) {
        return "rest" + " well".repeat(Math.max(0, n - 1));
    }

    static String sentence(int words) {
        return "Rest" + " well".repeat(words - 1) + ".";
    }

    /** A paragraph of the given number of words in sentences of at most ten. */
    static String paragraph(int words) {
        StringBuilder paragraph = new StringBuilder();
        for (int left = words; left > 0; left -= 10) {
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(sentence(Math.min(10, left)));
        }
        return paragraph.toString();
    }

    static String characters(int n) {
        return "a".repeat(n);
    }
}
