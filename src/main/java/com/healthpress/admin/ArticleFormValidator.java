package com.healthpress.admin;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.ReviewCycle;
import com.healthpress.article.SafeUrls;
import com.healthpress.article.Slugs;
import com.healthpress.markdown.Citations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's rules: which values an article may have. Errors are keyed by the id of the field they belong to
 * ("title", "faq-2-answer") and say what is wrong in words an editor understands.
 */
public final class ArticleFormValidator {

    public static final int TITLE_MAX = 200;
    public static final int META_TITLE_MAX = 120;
    public static final int META_DESCRIPTION_MAX = 320;
    public static final int KEYWORD_MAX = 100;
    public static final int LEAD_MAX = 2_000;
    public static final int BODY_MAX = 200_000;
    public static final int NAME_MAX = 200;
    public static final int URL_MAX = 1_000;
    public static final int TOPIC_MAX = 80;
    public static final int QUESTION_MAX = 500;
    public static final int ANSWER_MAX = 5_000;
    static final int FAQ_ROWS_MAX = 50;
    static final int REFERENCE_ROWS_MAX = 100;
    public static final int REFERENCE_TITLE_MAX = 500;

    /** The outcome: the article when there are no errors (otherwise null), and the errors by field id. */
    public record Result(Article article, Map<String, String> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks a form. {@code stored} is the article being edited (null for a new one): its id, hero image and
     * timestamps carry over. A blank slug on a new article is made from the title.
     */
    public Result validate(ArticleForm form, Article stored, Instant now) {
        Errors errors = new Errors();
        String title = required(errors, "title", "Title", form.title(), TITLE_MAX);
        String slug = slug(errors, form, stored);
        String metaTitle = optional(errors, "metaTitle", "Meta title", form.metaTitle(), META_TITLE_MAX);
        String metaDescription = optional(errors, "metaDescription", "Meta description", form.metaDescription(),
                META_DESCRIPTION_MAX);
        String keyword = optional(errors, "focusKeyword", "Focus keyword", form.focusKeyword(), KEYWORD_MAX);
        String lead = optional(errors, "lead", "Lead paragraph", form.lead(), LEAD_MAX);
        String body = form.body().isBlank() ? "" : form.body();
        optional(errors, "body", "Body", body, BODY_MAX);
        String topic = optional(errors, "topic", "Topic", form.topic(), TOPIC_MAX);
        Author author = keptIfSameName(author(errors, form), stored == null ? null : stored.author());
        MedicalReview review = keptIfSameName(review(errors, form, stored == null ? null : stored.lastReviewed()),
                stored == null ? null : stored.review());
        LocalDate nextReviewDue = date(errors, "nextReviewDue", "Next review due", form.nextReviewDue());
        if (review != null && review.lastReviewed() != null && nextReviewDue != null
                && !nextReviewDue.isAfter(review.lastReviewed())) {
            errors.add("nextReviewDue", "Next review due must be after the last review date.");
        }
        Integer reviewEveryMonths = reviewInterval(errors, form.reviewEveryMonths());
        Publication publication = publication(errors, form, stored, now);
        if (publication.status() == ArticleStatus.PUBLISHED) {
            if (lead.isEmpty()) {
                errors.add("lead", "A published article needs a lead paragraph.");
            }
            if (body.isEmpty()) {
                errors.add("body", "A published article needs a body.");
            }
        }
        if (!errors.containsKey("body")) {
            checkCitations(errors, body, form.filledReferences().size());
        }
        checkFaq(errors, form.faq());
        checkReferences(errors, form.references(), LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (!errors.isEmpty()) {
            return new Result(null, errors.asMap());
        }
        Article.Builder article = stored == null ? Article.builder() : stored.toBuilder();
        return new Result(article
                .title(title).slug(slug).metaTitle(metaTitle).metaDescription(metaDescription)
                .focusKeyword(keyword).lead(lead).body(body).topic(topic.isEmpty() ? null : topic)
                .author(author).review(review).nextReviewDue(nextReviewDue)
                .reviewEveryMonths(reviewEveryMonths)
                .status(publication.status()).publishedAt(publication.publishedAt())
                .faq(form.filledFaq()).references(form.filledReferences())
                .version(form.version())
                .build(), Map.of());
    }

    private static Integer reviewInterval(Errors errors, String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            int months = Integer.parseInt(typed.strip());
            if (ReviewCycle.isValidInterval(months)) {
                return months;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as for a number out of range
        }
        errors.add("reviewEveryMonths", "Review every: a whole number of months from 1 to " + ReviewCycle.MAX_MONTHS
                + ", or empty for the topic's interval.");
        return null;
    }

    private record Publication(ArticleStatus status, Instant publishedAt) {
    }

    private static String slug(Errors errors, ArticleForm form, Article stored) {
        String slug = form.slug().strip();
        if (slug.isEmpty() && stored == null) {
            return Slugs.fromTitle(form.title());
        }
        if (slug.isEmpty()) {
            errors.add("slug", "Slug is required: the article's address is /articles/<slug>.");
        } else if (!Slugs.isValid(slug)) {
            errors.add("slug", "Slug may only hold lower-case letters, digits and single hyphens, up to "
                    + Slugs.MAX_LENGTH + " characters (for example “managing-back-pain”).");
        }
        return slug;
    }

    private static Author author(Errors errors, ArticleForm form) {
        String name = required(errors, "authorName", "Author name", form.authorName(), NAME_MAX);
        Author.Kind kind = Author.Kind.Organization;
        try {
            kind = Author.Kind.valueOf(form.authorKind());
        } catch (IllegalArgumentException e) {
            errors.add("authorKind", "Choose whether the author is a person or an organisation.");
        }
        return new Author(name, kind, null);
    }

    /** The stored article's author record while the form still shows its name, which other records may share. */
    private static Author keptIfSameName(Author typed, Author stored) {
        return stored != null && stored.isLinked() && stored.name().equals(typed.name()) ? stored : typed;
    }

    private static MedicalReview keptIfSameName(MedicalReview typed, MedicalReview stored) {
        if (typed == null || stored == null || !stored.isLinked()
                || !stored.reviewerName().equals(typed.reviewerName())) {
            return typed;
        }
        return new MedicalReview(stored.reviewerId(), stored.reviewerSlug(), stored.reviewerName(),
                stored.credentials(), typed.lastReviewed());
    }

    /** The reviewer the form names, with the day of the article's last review, which only an approval sets. */
    private static MedicalReview review(Errors errors, ArticleForm form, LocalDate lastReviewed) {
        String reviewer = optional(errors, "reviewerName", "Reviewer name", form.reviewerName(), NAME_MAX);
        return reviewer.isEmpty() ? null : new MedicalReview(reviewer, null, lastReviewed);
    }

    private static Publication publication(Errors errors, ArticleForm form, Article stored, Instant now) {
        Instant typed = dateTime(errors, form.publishedAt());
        switch (form.status()) {
            case ArticleForm.DRAFT -> {
                return new Publication(ArticleStatus.DRAFT, typed);
            }
            case ArticleForm.PUBLISHED -> {
                if (typed != null && typed.isAfter(now)) {
                    errors.add("publishedAt", "The publication date is in the future: choose “Scheduled”, "
                            + "or clear the date to publish now.");
                }
                Instant when = typed != null ? typed
                        : stored != null && stored.publishedAt() != null && !stored.publishedAt().isAfter(now)
                        ? stored.publishedAt() : now;
                return new Publication(ArticleStatus.PUBLISHED, when);
            }
            case ArticleForm.SCHEDULED -> {
                if (typed == null) {
                    errors.add("publishedAt", "A scheduled article needs its publication date and time.");
                } else if (!typed.isAfter(now)) {
                    errors.add("publishedAt", "A scheduled publication time must be in the future (UTC).");
                }
                return new Publication(ArticleStatus.PUBLISHED, typed);
            }
            default -> {
                errors.add("status", "Choose draft, published or scheduled.");
                return new Publication(ArticleStatus.DRAFT, typed);
            }
        }
    }

    private static void checkFaq(Errors errors, List<ArticleForm.FaqRow> rows) {
        if (rows.size() > FAQ_ROWS_MAX) {
            errors.add("faq", "An article can have at most " + FAQ_ROWS_MAX + " FAQ questions.");
        }
        for (int i = 0; i < rows.size(); i++) {
            ArticleForm.FaqRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String at = "FAQ question " + (i + 1);
            if (row.question().isBlank()) {
                errors.add("faq-" + i + "-question", at + " has an answer but no question.");
            } else if (row.question().length() > QUESTION_MAX) {
                errors.add("faq-" + i + "-question", at + " is longer than " + QUESTION_MAX + " characters.");
            }
            if (row.answer().isBlank()) {
                errors.add("faq-" + i + "-answer", at + " has no answer.");
            } else if (row.answer().length() > ANSWER_MAX) {
                errors.add("faq-" + i + "-answer", "The answer to " + at.toLowerCase(java.util.Locale.ROOT)
                        + " is longer than " + ANSWER_MAX + " characters.");
            }
        }
    }

    private static void checkReferences(Errors errors, List<ArticleForm.ReferenceRow> rows, LocalDate today) {
        if (rows.size() > REFERENCE_ROWS_MAX) {
            errors.add("references", "An article can have at most " + REFERENCE_ROWS_MAX + " references.");
        }
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        for (int i = 0; i < rows.size(); i++) {
            ArticleForm.ReferenceRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String at = "Reference " + (i + 1);
            if (row.title().isBlank()) {
                errors.add("reference-" + i + "-title", at + " needs a title.");
            } else if (row.title().length() > REFERENCE_TITLE_MAX) {
                errors.add("reference-" + i + "-title", at + ": the title is longer than " + REFERENCE_TITLE_MAX
                        + " characters.");
            }
            if (row.publisher().length() > NAME_MAX) {
                errors.add("reference-" + i + "-publisher", at + ": the publisher is longer than " + NAME_MAX
                        + " characters.");
            }
            String year = row.year().strip();
            if (!year.isEmpty() && (!year.matches("\\d{4}") || Integer.parseInt(year) < 1800
                    || Integer.parseInt(year) > thisYear + 1)) {
                errors.add("reference-" + i + "-year", at + ": the year must be four digits, such as 2024.");
            }
            String url = row.url().strip();
            if (url.length() > URL_MAX) {
                errors.add("reference-" + i + "-url", at + ": the URL is longer than " + URL_MAX + " characters.");
            } else if (!url.isEmpty() && !SafeUrls.isHttp(url)) {
                errors.add("reference-" + i + "-url", at + ": the URL must start with https:// or http://.");
            }
            LocalDate accessed = date(errors, "reference-" + i + "-accessed", at + ": the accessed date",
                    row.accessed());
            if (accessed != null && accessed.isAfter(today)) {
                errors.add("reference-" + i + "-accessed", at + ": the accessed date is in the future.");
            }
        }
    }

    /** Every citation marker must cite a reference the article has: "[^7] on line 12: there are only 5 references". */
    private static void checkCitations(Errors errors, String body, int referenceCount) {
        Citations.firstUnknown(body, referenceCount).ifPresent(citation -> errors.add("body", citation.marker()
                + " on line " + citation.line() + ": " + citation.whyUnknown(referenceCount) + "."));
    }

    private static String required(Errors errors, String field, String label, String value, int max) {
        String text = value.strip();
        if (text.isEmpty()) {
            errors.add(field, label + " is required.");
        } else if (text.length() > max) {
            errors.add(field, label + " is " + text.length() + " characters; the limit is " + max + ".");
        }
        return text;
    }

    private static String optional(Errors errors, String field, String label, String value, int max) {
        String text = value.strip();
        if (text.length() > max) {
            errors.add(field, label + " is " + text.length() + " characters; the limit is " + max + ".");
        }
        return text;
    }

    private static LocalDate date(Errors errors, String field, String label, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, label + " must be a date like 2026-03-31.");
            return null;
        }
    }

    private static Instant dateTime(Errors errors, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add("publishedAt", "Publication date must be a date and time like 2026-03-31T09:30 (UTC).");
            return null;
        }
    }

    /** Errors in the order the form shows its fields; the first error of a field wins. */
    private static final class Errors {
        private final Map<String, String> byField = new LinkedHashMap<>();

        void add(String field, String message) {
            byField.putIfAbsent(field, message);
        }

        boolean isEmpty() {
            return byField.isEmpty();
        }

        boolean containsKey(String field) {
            return byField.containsKey(field);
        }

        Map<String, String> asMap() {
            return byField;
        }
    }
}
