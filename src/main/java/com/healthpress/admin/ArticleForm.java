package com.healthpress.admin;

import com.healthpress.article.Article;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Reference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The article editor's form exactly as the admin typed it: every value a string, so that a form with errors can
 * be shown again with nothing lost. {@link ArticleFormValidator} turns it into an {@link Article}. The author and
 * reviewer are person records chosen by name (or address name); createAuthor and createReviewer ask for a record to
 * be made for a name that has none (authorKind says what kind of author it is). nextReviewDue is a date set by hand;
 * reviewEveryMonths the article's own review interval (both empty: the topic's or the default, see ReviewCycle).
 */
public record ArticleForm(
        String title,
        String slug,
        String metaTitle,
        String metaDescription,
        String focusKeyword,
        String lead,
        String body,
        String topic,
        String authorName,
        String authorKind,
        boolean createAuthor,
        String reviewerName,
        boolean createReviewer,
        String nextReviewDue,
        String reviewEveryMonths,
        String status,
        String publishedAt,
        List<FaqRow> faq,
        List<ReferenceRow> references,
        int version) {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
    public static final String SCHEDULED = "scheduled";
    /** Publication times are typed and shown in UTC, as the form's label says. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    public ArticleForm {
        faq = List.copyOf(faq);
        references = List.copyOf(references);
    }

    /** One FAQ row as typed. */
    public record FaqRow(String question, String answer) {
        boolean isEmpty() {
            return question.isBlank() && answer.isBlank();
        }
    }

    /** One reference row as typed; {@code accessed} is the day the URL was read, as yyyy-MM-dd. */
    public record ReferenceRow(String title, String publisher, String year, String url, String accessed) {
        boolean isEmpty() {
            return title.isBlank() && publisher.isBlank() && year.isBlank() && url.isBlank() && accessed.isBlank();
        }
    }

    /** A new article's author until the editor chooses another. */
    public static final String DEFAULT_AUTHOR = "Editorial team";

    /** The form of a new article: a draft by the editorial team (a record made at start) with one empty FAQ row. */
    public static ArticleForm blank() {
        return new ArticleForm("", "", "", "", "", "", "", "", DEFAULT_AUTHOR, "Organization", false, "", false, "",
                "", DRAFT, "", List.of(new FaqRow("", "")), List.of(), 0);
    }

    /** The form showing a stored article; {@code now} decides whether a published article is still scheduled. */
    public static ArticleForm of(Article a, Instant now) {
        MedicalReview review = a.review();
        return new ArticleForm(a.title(), a.slug(), a.metaTitle(), a.metaDescription(), a.focusKeyword(), a.lead(),
                a.body(), text(a.topic()), a.author().name(), a.author().kind().name(), false,
                review == null ? "" : review.reviewerName(), false,
                a.nextReviewDue() == null ? "" : a.nextReviewDue().toString(),
                a.reviewEveryMonths() == null ? "" : a.reviewEveryMonths().toString(),
                a.isScheduledAfter(now) ? SCHEDULED : a.isPublished() ? PUBLISHED : DRAFT,
                a.publishedAt() == null ? "" : DATE_TIME.format(a.publishedAt().truncatedTo(ChronoUnit.MINUTES)),
                a.faq().stream().map(f -> new FaqRow(f.question(), f.answer())).toList(),
                a.references().stream().map(r -> new ReferenceRow(r.title(), text(r.publisher()),
                        r.publishedYear() == null ? "" : r.publishedYear().toString(), text(r.url()),
                        r.accessedOn() == null ? "" : r.accessedOn().toString())).toList(),
                a.version());
    }

    /** Reads a submitted form; repeated fields (FAQ and reference rows) keep their order. */
    public static ArticleForm read(Map<String, List<String>> submitted) {
        Map<String, List<String>> params = withUnixLineEnds(submitted);
        Function<String, String> one = name -> {
            List<String> values = params.getOrDefault(name, List.of());
            return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
        };
        List<String> questions = params.getOrDefault("faqQuestion", List.of());
        List<String> answers = params.getOrDefault("faqAnswer", List.of());
        List<FaqRow> faq = new ArrayList<>();
        for (int i = 0; i < Math.max(questions.size(), answers.size()); i++) {
            faq.add(new FaqRow(at(questions, i), at(answers, i)));
        }
        List<String> titles = params.getOrDefault("refTitle", List.of());
        List<String> publishers = params.getOrDefault("refPublisher", List.of());
        List<String> years = params.getOrDefault("refYear", List.of());
        List<String> urls = params.getOrDefault("refUrl", List.of());
        List<String> accessed = params.getOrDefault("refAccessed", List.of());
        List<ReferenceRow> references = new ArrayList<>();
        int rows = Stream.of(titles, publishers, years, urls, accessed).mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < rows; i++) {
            references.add(new ReferenceRow(at(titles, i), at(publishers, i), at(years, i), at(urls, i),
                    at(accessed, i)));
        }
        return new ArticleForm(one.apply("title"), one.apply("slug"), one.apply("metaTitle"),
                one.apply("metaDescription"), one.apply("focusKeyword"), one.apply("lead"), one.apply("body"),
                one.apply("topic"), one.apply("authorName"), one.apply("authorKind"),
                !one.apply("createAuthor").isEmpty(), one.apply("reviewerName"),
                !one.apply("createReviewer").isEmpty(), one.apply("nextReviewDue"), one.apply("reviewEveryMonths"), one.apply("status"), one.apply("publishedAt"), faq, references,
                parseVersion(one.apply("version")));
    }

    /**
     * The form after a row button ("faq-add", "faq-remove-2", "faq-up-2", "faq-down-2", and the same with
     * "ref-"); any other action leaves it as it is.
     */
    public ArticleForm apply(String action) {
        if (action == null) {
            return this;
        }
        if (action.startsWith("faq-")) {
            return withFaq(RowAction.apply(action.substring(4), faq, new FaqRow("", "")));
        }
        if (action.startsWith("ref-")) {
            return withReferences(RowAction.apply(action.substring(4), references, new ReferenceRow("", "", "", "", "")));
        }
        return this;
    }

    public boolean isRowAction(String action) {
        return action != null && (action.startsWith("faq-") || action.startsWith("ref-"));
    }

    /** The same form with the author's and reviewer's names as their records spell them. */
    public ArticleForm withPeople(String author, String reviewer) {
        return new ArticleForm(title, slug, metaTitle, metaDescription, focusKeyword, lead, body, topic, author,
                authorKind, createAuthor, reviewer, createReviewer, nextReviewDue, reviewEveryMonths, status,
                publishedAt, faq, references, version);
    }

    public ArticleForm withVersion(int newVersion) {
        return new ArticleForm(title, slug, metaTitle, metaDescription, focusKeyword, lead, body, topic, authorName,
                authorKind, createAuthor, reviewerName, createReviewer, nextReviewDue, reviewEveryMonths, status,
                publishedAt, faq, references, newVersion);
    }

    private ArticleForm withFaq(List<FaqRow> rows) {
        return new ArticleForm(title, slug, metaTitle, metaDescription, focusKeyword, lead, body, topic, authorName,
                authorKind, createAuthor, reviewerName, createReviewer, nextReviewDue, reviewEveryMonths, status,
                publishedAt, rows, references, version);
    }

    private ArticleForm withReferences(List<ReferenceRow> rows) {
        return new ArticleForm(title, slug, metaTitle, metaDescription, focusKeyword, lead, body, topic, authorName,
                authorKind, createAuthor, reviewerName, createReviewer, nextReviewDue, reviewEveryMonths, status,
                publishedAt, faq, rows, version);
    }

    public List<FaqItem> filledFaq() {
        return faq.stream().filter(row -> !row.isEmpty())
                .map(row -> new FaqItem(row.question().strip(), row.answer().strip())).toList();
    }

    public List<Reference> filledReferences() {
        return Collections.unmodifiableList(references.stream().filter(row -> !row.isEmpty())
                .map(row -> new Reference(row.title().strip(), blankToNull(row.publisher()),
                        parseYear(row.year()), blankToNull(row.url()), parseDate(row.accessed())))
                .toList());
    }

    /** Browsers send text areas with CRLF line ends; stored text uses LF only. */
    private static Map<String, List<String>> withUnixLineEnds(Map<String, List<String>> params) {
        Map<String, List<String>> result = new java.util.HashMap<>();
        params.forEach((name, values) -> result.put(name, values.stream()
                .map(value -> value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n'))
                .toList()));
        return result;
    }

    private static Integer parseYear(String year) {
        return year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
    }

    private static LocalDate parseDate(String date) {
        try {
            return date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String at(List<String> values, int index) {
        return index < values.size() && values.get(index) != null ? values.get(index) : "";
    }

    private static int parseVersion(String value) {
        return value.matches("\\d{1,9}") ? Integer.parseInt(value) : 0;
    }
}
