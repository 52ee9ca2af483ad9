package com.healthpress.importer;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Slugs;
import com.healthpress.articles.ArticleService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns an article document into a stored article with its FAQ, in one transaction.
 *
 * <p>A document is, in order: one or more JSON-LD objects (Article, FAQPage), written with “ ” or " as string
 * delimiters and possibly run together as {@code }{}; the article text (a title line, the lead paragraph, then
 * headings each on their own line followed by one paragraph per line); the FAQ again as question line / answer
 * line pairs; and a {@code ===SCHEMA_JSON_START===} … {@code ===SCHEMA_JSON_END===} block holding one object
 * with {@code meta_title}, {@code meta_description}, {@code focus_keyword}, {@code article_schema} (headline,
 * description, datePublished, author) and {@code faq_schema}. The block wins over the leading JSON-LD, but an
 * empty value never replaces a real one.
 *
 * <p>The block may also carry these extension keys:
 * <ul>
 *   <li>{@code topic}: the article's topic, e.g. "Sleep";</li>
 *   <li>{@code reviewed_by}: {@code {"name": …, "credentials": …}}, the clinician who reviewed it;</li>
 *   <li>{@code last_reviewed}: the day of that review, {@code yyyy-MM-dd};</li>
 *   <li>{@code references}: the sources the body cites as {@code [^1]}, {@code [^2]}… in this order, each
 *   {@code {"title": …, "publisher": …, "year": …, "url": …, "accessed": "yyyy-MM-dd"}} (see {@link ReferenceSchema});
 *   a marker citing a number the list does not have stops the import at its line;</li>
 *   <li>{@code slug}: the slug wanted instead of one made from the title; when another article has it, the
 *   document is rejected unless the editor asked for a new slug ({@link TakenSlug#NUMBER}).</li>
 * </ul>
 */
public final class ArticleImporter {

    /** Who the revision history names for imports from the command line or the demo content. */
    public static final String COMMAND_LINE = "importer";
    private static final String IMPORTED = "Imported";

    private final ArticleService articles;
    private final Clock clock;

    public ArticleImporter(ArticleService articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * Reads and stores one document as a draft, or published when {@code publish} (at its datePublished, or now
     * when it has none). A document that cannot be read, or whose slug is taken, stores nothing.
     */
    public ImportResult importDocument(String text, boolean publish) throws ImportException {
        return importDocument(text, publish, TakenSlug.REJECT, COMMAND_LINE);
    }

    /**
     * As {@link #importDocument(String, boolean)}, doing {@code takenSlug} when the document's slug is taken, and
     * recording who imported it in the first revision.
     */
    public ImportResult importDocument(String text, boolean publish, TakenSlug takenSlug, String savedBy)
            throws ImportException {
        return store(DocumentParser.parse(text), publish, takenSlug, savedBy);
    }

    /** Whether the document gives a slug that another article has (for checking a batch before storing any). */
    boolean givesATakenSlug(ParsedDocument document) {
        return document.slug().filter(articles::slugExists).isPresent();
    }

    /**
     * Stores a document that has been read, in one transaction. A slug made from the title is numbered when taken;
     * one the document gives is kept, or numbered only when {@code takenSlug} says so.
     */
    ImportResult store(ParsedDocument document, boolean publish, TakenSlug takenSlug, String savedBy)
            throws ImportException {
        Article article = article(document, publish);
        Optional<WantedSlug> wanted = document.wantedSlug();
        Article stored = wanted.isPresent() && takenSlug == TakenSlug.REJECT
                ? articles.createUnderItsSlug(article, savedBy, IMPORTED).orElseThrow(wanted.get()::taken)
                : articles.create(article, savedBy, IMPORTED);
        return new ImportResult(stored, document.warnings());
    }

    private Article article(ParsedDocument document, boolean publish) {
        Instant publishedAt = document.datePublished().orElse(publish ? clock.instant() : null);
        return Article.builder()
                .slug(document.slug().orElseGet(() -> Slugs.fromTitle(document.title())))
                .title(document.title())
                .metaTitle(document.metaTitle())
                .metaDescription(document.metaDescription())
                .focusKeyword(document.focusKeyword())
                .lead(document.lead())
                .body(document.body())
                .author(document.author())
                .review(document.review().orElse(null))
                .topic(document.topic().orElse(null))
                .status(publish ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT)
                .publishedAt(publishedAt)
                .faq(document.faq())
                .references(document.references())
                .build();
    }
}
