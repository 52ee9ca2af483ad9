package com.healthpress.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleFormValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final ArticleFormValidator validator = new ArticleFormValidator();

    private static Map<String, List<String>> valid() {
        Map<String, List<String>> params = new HashMap<>();
        params.put("title", List.of("Managing back pain at home"));
        params.put("slug", List.of(""));
        params.put("metaTitle", List.of("Back pain at home: what helps"));
        params.put("metaDescription", List.of("Simple steps that ease back pain."));
        params.put("focusKeyword", List.of("back pain"));
        params.put("lead", List.of("Most back pain gets better within weeks."));
        params.put("body", List.of("## Keep moving\n\nGentle activity helps."));
        params.put("topic", List.of("Back pain"));
        params.put("authorName", List.of("Dr Sam Lee"));
        params.put("authorKind", List.of("Person"));
        params.put("reviewerName", List.of("Dr Jane Roe"));
        params.put("nextReviewDue", List.of("2027-10-01"));
        params.put("status", List.of("published"));
        params.put("publishedAt", List.of(""));
        params.put("faqQuestion", List.of("Should I rest?", "", "When should I see a doctor?"));
        params.put("faqAnswer", List.of("Short rest only; keep moving gently.", "", "If pain lasts six weeks."));
        params.put("refTitle", List.of("Low back pain guideline"));
        params.put("refPublisher", List.of("NICE"));
        params.put("refYear", List.of("2020"));
        params.put("refUrl", List.of("https://www.nice.org.uk/guidance/ng59"));
        params.put("version", List.of("3"));
        return params;
    }

    private static ArticleForm form(Map<String, List<String>> params) {
        return ArticleForm.read(params);
    }

    private static ArticleForm with(String field, String... values) {
        Map<String, List<String>> params = valid();
        params.put(field, List.of(values));
        return form(params);
    }

    private ArticleFormValidator.Result validate(ArticleForm form) {
        return validator.validate(form, null, NOW);
    }

    @Test
    void aCompleteFormBecomesTheArticleItDescribes() {
        ArticleFormValidator.Result result = validate(form(valid()));

        assertTrue(result.isValid(), result.errors().toString());
        Article article = result.article();
        assertEquals("managing-back-pain-home", article.slug(), "a blank slug on a new article comes from the title");
        assertEquals(Author.person("Dr Sam Lee"), article.author(), "a name, which the editor then looks up");
        assertEquals("Dr Jane Roe", article.review().reviewerName());
        assertEquals(LocalDate.of(2027, 10, 1), article.nextReviewDue());
        assertEquals(ArticleStatus.PUBLISHED, article.status());
        assertEquals(NOW, article.publishedAt(), "published without a date means now");
        assertEquals(2, article.faq().size(), "the empty FAQ row is dropped");
        assertEquals("When should I see a doctor?", article.faq().get(1).question());
        assertEquals(2020, article.references().get(0).publishedYear());
        assertEquals(3, article.version());
    }

    @Test
    void aMarkerCitingAReferenceTheArticleLacksIsAnErrorOnTheBodyWithItsLine() {
        String body = "## Keep moving\n\nGentle activity helps.[^1]\n\nBed rest slows recovery.[^3]\n";

        ArticleFormValidator.Result result = validate(with("body", body));

        assertFalse(result.isValid());
        assertEquals("[^3] on line 5: there is only 1 reference.", result.errors().get("body"));
    }

    @Test
    void markersCitingTheReferencesAndMarkersInCodeAreAccepted() {
        Map<String, List<String>> params = valid();
        params.put("body", List.of("## Keep moving\n\nGentle activity helps.[^1] Bed rest does not.[^2]\n\n"
                + "Write `[^9]` to cite the ninth."));
        params.put("refTitle", List.of("Low back pain guideline", "", "Back pain leaflet"));
        params.put("refPublisher", List.of("NICE", "", "NHS"));
        params.put("refYear", List.of("2020", "", ""));
        params.put("refUrl", List.of("https://www.nice.org.uk/guidance/ng59", "", ""));

        ArticleFormValidator.Result result = validate(form(params));

        assertTrue(result.isValid(), result.errors().toString());
        assertEquals(2, result.article().references().size(), "[^2] is the second reference the page lists");
    }

    @Test
    void aReferenceKeepsTheDayItsPageWasRead() {
        Map<String, List<String>> params = valid();
        params.put("refAccessed", List.of("2026-11-20"));

        ArticleFormValidator.Result result = validate(form(params));

        assertTrue(result.isValid(), result.errors().toString());
        assertEquals(LocalDate.of(2026, 11, 20), result.article().references().get(0).accessedOn());
        assertEquals("2026-11-20", ArticleForm.of(result.article(), NOW).references().get(0).accessed());
    }

    @Test
    void anAccessedDateMustBeADayThatHasCome() {
        assertEquals("Reference 1: the accessed date must be a date like 2026-03-31.",
                validate(with("refAccessed", "20 Nov 2026")).errors().get("reference-0-accessed"));
        assertEquals("Reference 1: the accessed date is in the future.",
                validate(with("refAccessed", "2026-11-26")).errors().get("reference-0-accessed"));
        assertTrue(validate(with("refAccessed", "2026-11-25")).isValid());
    }

    @Test
    void aMissingTitleIsReportedOnTheTitleField() {
        ArticleFormValidator.Result result = validate(with("title", "  "));

        assertFalse(result.isValid());
        assertNull(result.article());
        assertEquals("Title is required.", result.errors().get("title"));
    }

    @Test
    void aMalformedSlugIsRejected() {
        assertTrue(validate(with("slug", "Back Pain!")).errors().containsKey("slug"));
        assertTrue(validate(with("slug", "back--pain")).errors().containsKey("slug"));
        assertTrue(validate(with("slug", "back-pain")).isValid());
    }

    @Test
    void aStoredArticleMustKeepASlug() {
        Article stored = validate(form(valid())).article().toBuilder().id(5).build();

        ArticleFormValidator.Result result = validator.validate(with("slug", ""), stored, NOW);

        assertTrue(result.errors().containsKey("slug"));
    }

    @Test
    void aTooLongMetaDescriptionNamesItsLengthAndTheLimit() {
        String description = "x".repeat(ArticleFormValidator.META_DESCRIPTION_MAX + 1);

        String error = validate(with("metaDescription", description)).errors().get("metaDescription");

        assertEquals("Meta description is 321 characters; the limit is 320.", error);
    }

    @Test
    void badDatesAreReportedOnTheirFields() {
        assertTrue(validate(with("nextReviewDue", "2026-02-30")).errors().containsKey("nextReviewDue"));
        assertTrue(validate(with("publishedAt", "yesterday")).errors().containsKey("publishedAt"));
    }

    @Test
    void theLastReviewIsTheStoredOnesWhateverTheFormSaysAndTheNextComesAfterIt() {
        Article reviewed = TestArticles.article().id(7).review(new MedicalReview("Dr Jane Roe", "MD",
                LocalDate.parse("2026-10-01"))).build();
        Map<String, List<String>> params = valid();
        params.put("slug", List.of("back-pain"));
        params.put("lastReviewed", List.of("2030-01-01"));

        ArticleFormValidator.Result result = validator.validate(form(params), reviewed, NOW);

        assertTrue(result.isValid(), result.errors().toString());
        assertEquals(LocalDate.parse("2026-10-01"), result.article().lastReviewed());
        assertNull(validate(form(params)).article().lastReviewed(), "a new article is not reviewed yet");
        params.put("nextReviewDue", List.of("2026-09-01"));
        assertTrue(validator.validate(form(params), reviewed, NOW).errors()
                .containsKey("nextReviewDue"), "the next review comes after the last one");
    }

    @Test
    void aQuestionWithoutAnAnswerIsReportedOnItsRow() {
        Map<String, List<String>> params = valid();
        params.put("faqQuestion", List.of("Should I rest?", "Is it serious?"));
        params.put("faqAnswer", List.of("Keep moving.", " "));

        ArticleFormValidator.Result result = validate(form(params));

        assertEquals("FAQ question 2 has no answer.", result.errors().get("faq-1-answer"));
    }

    @Test
    void anAnswerWithoutAQuestionIsReportedOnItsRow() {
        Map<String, List<String>> params = valid();
        params.put("faqQuestion", List.of(""));
        params.put("faqAnswer", List.of("An orphan answer."));

        assertTrue(validate(form(params)).errors().containsKey("faq-0-question"));
    }

    @Test
    void referencesNeedATitleAYearAndAnHttpUrl() {
        Map<String, List<String>> params = valid();
        params.put("refTitle", List.of(""));
        params.put("refYear", List.of("20"));
        params.put("refUrl", List.of("javascript:alert(1)"));

        Map<String, String> errors = validate(form(params)).errors();

        assertTrue(errors.containsKey("reference-0-title"));
        assertTrue(errors.containsKey("reference-0-year"));
        assertTrue(errors.containsKey("reference-0-url"));
    }

    @Test
    void schedulingNeedsAFutureTime() {
        assertTrue(validate(with("status", "scheduled")).errors().containsKey("publishedAt"));
        Map<String, List<String>> past = valid();
        past.put("status", List.of("scheduled"));
        past.put("publishedAt", List.of("2026-01-01T09:00"));
        assertTrue(validate(form(past)).errors().containsKey("publishedAt"));

        Map<String, List<String>> future = valid();
        future.put("status", List.of("scheduled"));
        future.put("publishedAt", List.of("2026-12-01T09:30"));
        ArticleFormValidator.Result result = validate(form(future));
        assertTrue(result.isValid(), result.errors().toString());
        assertEquals(Instant.parse("2026-12-01T09:30:00Z"), result.article().publishedAt());
        assertTrue(result.article().isScheduledAfter(NOW));
    }

    @Test
    void publishingWithAFutureDateAsksToSchedule() {
        assertTrue(validate(with("publishedAt", "2027-01-01T00:00")).errors().containsKey("publishedAt"));
    }

    @Test
    void aPublishedArticleNeedsALeadAndABodyButADraftDoesNot() {
        Map<String, List<String>> params = valid();
        params.put("lead", List.of(""));
        params.put("body", List.of(""));
        assertTrue(validate(form(params)).errors().keySet().containsAll(List.of("lead", "body")));

        params.put("status", List.of("draft"));
        assertTrue(validate(form(params)).isValid());
    }

    @Test
    void anUnknownStatusIsAnError() {
        assertTrue(validate(with("status", "deleted")).errors().containsKey("status"));
    }

    @Test
    void errorsFollowTheOrderOfTheForm() {
        Map<String, List<String>> params = valid();
        params.put("title", List.of(""));
        params.put("nextReviewDue", List.of("someday"));
        params.put("refUrl", List.of("nope"));

        assertEquals(List.of("title", "nextReviewDue", "reference-0-url"),
                new ArrayList<>(validate(form(params)).errors().keySet()));
    }

    /** A form value longer than any the field allows, and the field the error must name. */
    record Overlong(String name, String value, String errorField) {
        @Override
        public String toString() {
            return name + " → " + errorField;
        }
    }

    static List<Overlong> overlongValues() {
        String url = "https://example.org/" + "x".repeat(ArticleFormValidator.URL_MAX);
        String padding = "x".repeat(1_000);
        return List.of(
                new Overlong("title", over(ArticleFormValidator.TITLE_MAX), "title"),
                new Overlong("slug", "a".repeat(Slugs.MAX_LENGTH + 1), "slug"),
                new Overlong("metaTitle", over(ArticleFormValidator.META_TITLE_MAX), "metaTitle"),
                new Overlong("metaDescription", over(ArticleFormValidator.META_DESCRIPTION_MAX), "metaDescription"),
                new Overlong("focusKeyword", over(ArticleFormValidator.KEYWORD_MAX), "focusKeyword"),
                new Overlong("lead", over(ArticleFormValidator.LEAD_MAX), "lead"),
                new Overlong("body", over(ArticleFormValidator.BODY_MAX), "body"),
                new Overlong("topic", over(ArticleFormValidator.TOPIC_MAX), "topic"),
                new Overlong("authorName", over(ArticleFormValidator.NAME_MAX), "authorName"),
                new Overlong("authorKind", "Person" + padding, "authorKind"),
                new Overlong("reviewerName", over(ArticleFormValidator.NAME_MAX), "reviewerName"),
                new Overlong("nextReviewDue", "2027-10-01" + padding, "nextReviewDue"),
                new Overlong("status", "draft" + padding, "status"),
                new Overlong("publishedAt", "2026-10-01T09:30" + padding, "publishedAt"),
                new Overlong("faqQuestion", over(ArticleFormValidator.QUESTION_MAX), "faq-0-question"),
                new Overlong("faqAnswer", over(ArticleFormValidator.ANSWER_MAX), "faq-0-answer"),
                new Overlong("refTitle", over(ArticleFormValidator.REFERENCE_TITLE_MAX), "reference-0-title"),
                new Overlong("refPublisher", over(ArticleFormValidator.NAME_MAX), "reference-0-publisher"),
                new Overlong("refYear", "2020" + padding, "reference-0-year"),
                new Overlong("refUrl", url, "reference-0-url"));
    }

    private static String over(int limit) {
        return "x".repeat(limit + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlongValues")
    void aValueOverItsFieldsLimitIsAnErrorOnThatField(Overlong overlong) {
        ArticleForm form = with(overlong.name(), overlong.value());

        ArticleFormValidator.Result result = validate(form);

        assertNull(result.article());
        assertTrue(result.errors().containsKey(overlong.errorField()), result.errors().toString());
    }

    @Test
    void moreRowsThanAllowedAreAnErrorOnTheirSection() {
        String[] questions = new String[ArticleFormValidator.FAQ_ROWS_MAX + 1];
        String[] titles = new String[ArticleFormValidator.REFERENCE_ROWS_MAX + 1];
        Arrays.fill(questions, "A question?");
        Arrays.fill(titles, "A source");
        Map<String, List<String>> params = valid();
        params.put("faqQuestion", List.of(questions));
        params.put("faqAnswer", List.of(questions));
        params.put("refTitle", List.of(titles));

        Map<String, String> errors = validate(form(params)).errors();

        assertTrue(errors.containsKey("faq"), errors.toString());
        assertTrue(errors.containsKey("references"), errors.toString());
    }

    @Test
    void anOverlongReferenceUrlIsToldByItsLength() {
        String error = validate(with("refUrl", "https://example.org/" + "x".repeat(ArticleFormValidator.URL_MAX)))
                .errors().get("reference-0-url");

        assertEquals("Reference 1: the URL is longer than " + ArticleFormValidator.URL_MAX + " characters.", error);
    }
}
