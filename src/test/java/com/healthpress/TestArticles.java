package com.healthpress;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Articles for tests: a plain builder to change one field at a time, and a rich published article. */
public final class TestArticles {

    public static final Instant PUBLISHED = Instant.parse("2026-03-02T08:15:30.123456Z");
    public static final Instant UPDATED = Instant.parse("2026-04-10T17:45:12.987Z");

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

    /** A published article with plain defaults: no reviewer, topic, FAQ or meta texts. */
    public static Article.Builder article() {
        return Article.builder()
                .slug("managing-back-pain")
                .title("Managing back pain at home")
                .lead("Most back pain gets better on its own within a few weeks.")
                .body("## Overview\n\nBody.")
                .author(Author.person("Alex Writer"))
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(PUBLISHED)
                .createdAt(PUBLISHED)
                .updatedAt(UPDATED)
                .version(1);
    }

    /** A published article with sections, a reviewer, a topic and two FAQ items. */
    public static Article published(String title, Instant publishedAt) {
        return Article.builder()
                .slug(Slugs.fromTitle(title))
                .title(title)
                .metaTitle(title + " | meta")
                .metaDescription("A description of " + title + ".")
                .focusKeyword("sleep hygiene")
                .lead("The lead paragraph of " + title + ".")
                .body(BODY)
                .author(Author.person("Dr. Test Writer"))
                .review(new MedicalReview("Dr. Test Reviewer", "MD", LocalDate.of(2026, 3, 1)))
                .topic("Sleep")
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(publishedAt)
                .faq(List.of(new FaqItem("How long should I sleep?", "Most adults need seven to nine hours."),
                        new FaqItem("Do naps help?", "Short naps of about twenty minutes can help.")))
                .build();
    }

    public static Article draft(String title) {
        return published(title, null).toBuilder().status(ArticleStatus.DRAFT).build();
    }

    public static Article withTopic(Article article, String topic) {
        return article.toBuilder().topic(topic).build();
    }
}
