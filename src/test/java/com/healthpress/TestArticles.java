package com.healthpress;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Slugs;
import com.healthpress.faq.FaqItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Articles for tests, built in code: a published one with sections, FAQ and a reviewer, and variations. */
public final class TestArticles {

    public static final String BODY = """
            ## What it is

            Sleep hygiene means the habits that help you fall asleep and stay asleep.

            ## What helps

            Keep a regular wake-up time, even at weekends.

            ### Light in the morning

            Daylight early in the day sets your body clock.

            ## When to see a doctor

            See a doctor if poor sleep lasts more than three months.
            """;

    private TestArticles() {
    }

    public static Article published(String title, Instant publishedAt) {
        return new Article(0, Slugs.fromTitle(title), title, title + " | meta", "A description of " + title + ".",
                "sleep hygiene", "The lead paragraph of " + title + ".", BODY,
                Author.person("Dr. Test Writer"),
                new MedicalReview("Dr. Test Reviewer", "MD", LocalDate.of(2026, 3, 1)),
                "Sleep", ArticleStatus.PUBLISHED, publishedAt, null, null, 0,
                List.of(new FaqItem("How long should I sleep?", "Most adults need seven to nine hours."),
                        new FaqItem("Do naps help?", "Short naps of about twenty minutes can help.")));
    }

    public static Article draft(String title) {
        Article a = published(title, null);
        return new Article(0, a.slug(), a.title(), a.metaTitle(), a.metaDescription(), a.focusKeyword(), a.lead(),
                a.body(), a.author(), a.review(), a.topic(), ArticleStatus.DRAFT, null, null, null, 0, a.faq());
    }

    public static Article withTopic(Article a, String topic) {
        return new Article(0, a.slug(), a.title(), a.metaTitle(), a.metaDescription(), a.focusKeyword(), a.lead(),
                a.body(), a.author(), a.review(), topic, a.status(), a.publishedAt(), null, null, 0, a.faq());
    }
}
