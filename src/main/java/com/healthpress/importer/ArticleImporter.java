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
        return store(DocumentParser.parse(text), publish);
    }

    /** Stores a document that has been read, in one transaction. */
    ImportResult store(ParsedDocument document, boolean publish) {
        Instant publishedAt = document.datePublished().orElse(publish ? clock.instant() : null);
        Article article = new Article(
                0,
                document.slug().orElseGet(() -> Slugs.fromTitle(document.title())),
                document.title(),
                document.metaTitle(),
                document.metaDescription(),
                document.focusKeyword(),
                document.lead(),
                document.body(),
                document.author(),
                document.review().orElse(null),
                document.topic().orElse(null),
                publish ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT,
                publishedAt,
                null,
                null,
                0,
                document.faq());
        return new ImportResult(articles.create(article), document.warnings());
    }
}
