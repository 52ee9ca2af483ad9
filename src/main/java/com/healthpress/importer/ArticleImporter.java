package com.healthpress.importer;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleService;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Slugs;
import java.time.Clock;
import java.time.Instant;

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
 *   <li>{@code slug}: the slug wanted instead of one made from the title (numbered when taken).</li>
 * </ul>
 */
public final class ArticleImporter {

    /** Who the revision history names for imports from the command line or the demo content. */
    public static final String COMMAND_LINE = "importer";

    private final ArticleService articles;
    private final Clock clock;

    public ArticleImporter(ArticleService articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * Reads and stores one document as a draft, or published when {@code publish} (at its datePublished, or now
     * when it has none). A document that cannot be read stores nothing.
     */
    public ImportResult importDocument(String text, boolean publish) throws ImportException {
        return importDocument(text, publish, COMMAND_LINE);
    }

    /** As {@link #importDocument(String, boolean)}, recording who imported it in the first revision. */
    public ImportResult importDocument(String text, boolean publish, String savedBy) throws ImportException {
        return store(DocumentParser.parse(text), publish, savedBy);
    }

    /** Stores a document that has been read, in one transaction. */
    ImportResult store(ParsedDocument document, boolean publish) {
        return store(document, publish, COMMAND_LINE);
    }

    private ImportResult store(ParsedDocument document, boolean publish, String savedBy) {
        Instant publishedAt = document.datePublished().orElse(publish ? clock.instant() : null);
        Article article = Article.builder()
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
                .build();
        return new ImportResult(articles.create(article, savedBy, "Imported"), document.warnings());
    }
}
