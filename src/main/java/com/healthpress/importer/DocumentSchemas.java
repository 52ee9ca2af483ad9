package com.healthpress.importer;

import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Reference;
import com.healthpress.article.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The structured data of a document and which part of it wins: the {@code ===SCHEMA_JSON===} block over the
 * leading JSON-LD, except that an empty value ("" or missing) never hides a real one. The leading JSON-LD may
 * be objects one after another, an array of them, or an {@code @graph}.
 */
final class DocumentSchemas {

    static final String DEFAULT_AUTHOR = "Editorial team";
    static final int FOCUS_KEYWORD_MAX_LENGTH = 200;
    static final int META_DESCRIPTION_MAX_LENGTH = 1_000;
    private static final int NAME_MAX_LENGTH = 200;
    private static final int URL_MAX_LENGTH = 1_000;
    private static final int TOPIC_MAX_LENGTH = 100;
    private static final int TOPIC_SLUG_MAX_LENGTH = 120;
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting",
            "MedicalWebPage", "MedicalScholarlyArticle", "ScholarlyArticle", "Report", "WebPage");

    private final SourcedJson meta;
    private final SourcedJson metaArticle;
    private final SourcedJson metaFaq;
    private final SourcedJson leadingArticle;
    private final SourcedJson leadingFaq;

    private DocumentSchemas(SourcedJson meta, SourcedJson metaArticle, SourcedJson metaFaq,
                            SourcedJson leadingArticle, SourcedJson leadingFaq) {
        this.meta = meta;
        this.metaArticle = metaArticle;
        this.metaFaq = metaFaq;
        this.leadingArticle = leadingArticle;
        this.leadingFaq = leadingFaq;
    }

    static DocumentSchemas of(DocumentLayout layout) throws ImportException {
        SourcedJson meta = layout.meta();
        List<SourcedJson> objects = new ArrayList<>();
        for (SourcedJson value : layout.leading()) {
            for (SourcedJson item : value.items()) {
                objects.add(item);
                objects.addAll(item.get("@graph").items());
            }
        }
        SourcedJson article = objects.stream()
                .filter(o -> o.isObject() && (ARTICLE_TYPES.contains(o.type()) || !o.get("headline").isAbsent()))
                .findFirst().orElse(SourcedJson.absent());
        SourcedJson faq = objects.stream().filter(o -> o.isObject() && o.hasType("FAQPage"))
                .findFirst().orElse(SourcedJson.absent());
        return new DocumentSchemas(meta, meta.get("article_schema").requireObjectIfPresent(),
                meta.get("faq_schema").requireObjectIfPresent(), article, faq);
    }

    /** The FAQPage whose questions are the FAQ: faq_schema when it has any, else the leading one. */
    SourcedJson faqPage() {
        return FaqSchema.hasQuestions(metaFaq) ? metaFaq : leadingFaq;
    }

    Optional<String> headline() throws ImportException {
        return articleText("headline", LineShapes.TITLE_MAX_LENGTH);
    }

    /** meta_title, else the headline. */
    Optional<String> metaTitle() throws ImportException {
        return first(text(meta.get("meta_title"), LineShapes.TITLE_MAX_LENGTH), headline());
    }

    /** meta_description, else the article's description. */
    Optional<String> metaDescription() throws ImportException {
        return first(text(meta.get("meta_description"), META_DESCRIPTION_MAX_LENGTH),
                articleText("description", META_DESCRIPTION_MAX_LENGTH));
    }

    Optional<String> focusKeyword() throws ImportException {
        return text(meta.get("focus_keyword"), FOCUS_KEYWORD_MAX_LENGTH);
    }

    /** The block's datePublished, else the leading one; both are checked when not empty. */
    Optional<Instant> datePublished() throws ImportException {
        Optional<Instant> fromBlock = SchemaDates.instant(metaArticle.get("datePublished"));
        Optional<Instant> leading = SchemaDates.instant(leadingArticle.get("datePublished"));
        return fromBlock.isPresent() ? fromBlock : leading;
    }

    /** The first author with a name, block first; an organisation named {@value #DEFAULT_AUTHOR} when none has. */
    Author author() throws ImportException {
        for (SourcedJson authors : List.of(metaArticle.get("author"), leadingArticle.get("author"))) {
            for (SourcedJson author : authors.items()) {
                Optional<Author> named = author(author);
                if (named.isPresent()) {
                    return named.get();
                }
            }
        }
        return Author.organization(DEFAULT_AUTHOR);
    }

    /** The extension key {@code topic}. */
    Optional<String> topic() throws ImportException {
        SourcedJson topic = meta.get("topic");
        Optional<String> text = text(topic, TOPIC_MAX_LENGTH);
        if (text.isPresent() && Slugs.of(text.get()).isEmpty()) {
            throw topic.error("\"topic\" must contain letters or digits");
        }
        if (text.isPresent() && Slugs.of(text.get()).length() > TOPIC_SLUG_MAX_LENGTH) {
            throw topic.error("\"topic\" makes a web address longer than " + TOPIC_SLUG_MAX_LENGTH + " characters");
        }
        return text;
    }

    /** The extension keys {@code reviewed_by} ({@code name}, {@code credentials}) and {@code last_reviewed}. */
    Optional<MedicalReview> review(List<ImportWarning> warnings) throws ImportException {
        SourcedJson reviewer = meta.get("reviewed_by");
        SourcedJson lastReviewed = meta.get("last_reviewed");
        Optional<LocalDate> day = SchemaDates.day(lastReviewed);
        Optional<String> name = reviewer.isObject() ? text(reviewer.get("name"), NAME_MAX_LENGTH)
                : text(reviewer, NAME_MAX_LENGTH);
        Optional<String> credentials = reviewer.isObject() ? text(reviewer.get("credentials"), NAME_MAX_LENGTH)
                : Optional.empty();
        if (name.isEmpty()) {
            if (day.isPresent() || credentials.isPresent()) {
                warnings.add(new ImportWarning(reviewer.isAbsent() ? lastReviewed.line() : reviewer.line(),
                        "a review without a reviewer's name is ignored"));
            }
            return Optional.empty();
        }
        return Optional.of(new MedicalReview(name.get(), credentials.orElse(null), day.orElse(null)));
    }

    /** The extension key {@code references}, read by {@link ReferenceSchema}. */
    List<Reference> references() throws ImportException {
        return ReferenceSchema.read(meta.get("references"));
    }

    /** The extension key {@code slug}: the slug wanted for the article, which must be a valid slug. */
    Optional<WantedSlug> slug() throws ImportException {
        SourcedJson slug = meta.get("slug");
        Optional<String> text = slug.text();
        if (text.isPresent() && !Slugs.isValid(text.get())) {
            throw slug.error("\"slug\" must be lower-case letters and digits in words joined by single hyphens, "
                    + "at most " + Slugs.MAX_LENGTH + " characters, got " + Quoting.shortQuote(text.get()));
        }
        return text.map(value -> new WantedSlug(value, slug.line(), slug.column()));
    }

    private static Optional<Author> author(SourcedJson author) throws ImportException {
        if (!author.isObject()) {
            return text(author, NAME_MAX_LENGTH).map(Author::person);
        }
        Optional<String> name = text(author.get("name"), NAME_MAX_LENGTH);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Author.Kind kind = author.type().endsWith("Organization") ? Author.Kind.Organization : Author.Kind.Person;
        return Optional.of(new Author(name.get(), kind, text(author.get("url"), URL_MAX_LENGTH).orElse(null)));
    }

    private Optional<String> articleText(String field, int maxLength) throws ImportException {
        return first(text(metaArticle.get(field), maxLength), text(leadingArticle.get(field), maxLength));
    }

    private static Optional<String> text(SourcedJson value, int maxLength) throws ImportException {
        Optional<String> text = value.text();
        if (text.isPresent() && text.get().length() > maxLength) {
            throw value.error(value.describe() + " is longer than " + maxLength + " characters");
        }
        return text;
    }

    private static Optional<String> first(Optional<String> preferred, Optional<String> fallback) {
        return preferred.isPresent() ? preferred : fallback;
    }
}
