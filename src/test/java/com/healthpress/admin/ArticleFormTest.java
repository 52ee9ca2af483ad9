package com.healthpress.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleFormTest {

    private static ArticleForm faqForm(String... questions) {
        return ArticleForm.read(Map.of("faqQuestion", List.of(questions),
                "faqAnswer", List.of(questions).stream().map(q -> "answer to " + q).toList()));
    }

    private static List<String> questions(ArticleForm form) {
        return form.faq().stream().map(ArticleForm.FaqRow::question).toList();
    }

    @Test
    void rowButtonsAddRemoveAndMoveFaqQuestions() {
        ArticleForm form = faqForm("a", "b", "c");

        assertEquals(List.of("a", "b", "c", ""), questions(form.apply("faq-add")));
        assertEquals(List.of("a", "c"), questions(form.apply("faq-remove-1")));
        assertEquals(List.of("b", "a", "c"), questions(form.apply("faq-up-1")));
        assertEquals(List.of("a", "c", "b"), questions(form.apply("faq-down-1")));
        assertEquals(List.of("a", "b", "c"), questions(form.apply("faq-up-0")), "the first row cannot move up");
        assertEquals(List.of("a", "b", "c"), questions(form.apply("faq-down-2")), "the last row cannot move down");
        assertEquals(List.of("a", "b", "c"), questions(form.apply("faq-remove-9")), "no such row");
        assertEquals(List.of("a", "b", "c"), questions(form.apply("faq-explode-1")), "no such action");
    }

    @Test
    void movingARowKeepsItsAnswerWithIt() {
        ArticleForm moved = faqForm("a", "b").apply("faq-down-0");

        assertEquals(new ArticleForm.FaqRow("a", "answer to a"), moved.faq().get(1));
    }

    @Test
    void referenceRowsHaveTheSameButtons() {
        ArticleForm form = ArticleForm.read(Map.of("refTitle", List.of("x", "y"), "refUrl", List.of("", "")));

        assertEquals("y", form.apply("ref-up-1").references().get(0).title());
        assertEquals(3, form.apply("ref-add").references().size());
        assertTrue(form.isRowAction("ref-add"));
        assertFalse(form.isRowAction("save"));
    }

    @Test
    void aStoredArticleRoundTripsThroughItsForm() {
        // Stored articles name their people by record.
        Article article = TestArticles.published("Sleep basics", Instant.parse("2026-05-01T10:15:00Z"))
                .toBuilder().id(4).version(7)
                .author(Author.linked(3, "dr-test-writer", "Dr. Test Writer", Author.Kind.Person, null))
                .review(new MedicalReview(5, "dr-test-reviewer", "Dr. Test Reviewer", "MD", LocalDate.of(2026, 3, 1)))
                .build();

        ArticleForm form = ArticleForm.of(article, Instant.parse("2026-11-25T00:00:00Z"));
        ArticleFormValidator.Result result = new ArticleFormValidator().validate(form, article,
                Instant.parse("2026-11-25T00:00:00Z"));

        assertTrue(result.isValid(), result.errors().toString());
        assertEquals("published", form.status());
        assertEquals("2026-05-01T10:15", form.publishedAt());
        assertEquals(article, result.article());
    }

    @Test
    void aFuturePublicationShowsAsScheduled() {
        Article article = TestArticles.published("Later", Instant.parse("2027-01-01T00:00:00Z"));

        assertEquals("scheduled", ArticleForm.of(article, Instant.parse("2026-11-25T00:00:00Z")).status());
    }

    @Test
    void browserLineEndsBecomeUnixLineEnds() {
        ArticleForm form = ArticleForm.read(Map.of("body", List.of("## A\r\n\r\nText\r\n"),
                "faqAnswer", List.of("one\r\ntwo")));

        assertEquals("## A\n\nText\n", form.body());
        assertEquals("one\ntwo", form.faq().get(0).answer());
    }
}
