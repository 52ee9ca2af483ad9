package com.healthpress.seo.analysis;

import com.healthpress.article.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * The SEO and readability checks an editor sees on the edit page, and the score the admin list shows. Each check
 * passes, warns or fails with a one-line reason; the checks advise and never block saving. Pure: no I/O, no
 * clock (today is given), and copes with drafts whose fields are empty or null. Safe to share between threads.
 */
public final class SeoAnalyzer {

    /** The same Markdown dialect as the article page, so tables are read as tables. */
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    public Analysis analyze(Article article, LocalDate today) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(today, "today");
        Prose prose = Prose.of(article, parser);
        List<Check> checks = new ArrayList<>();
        checks.addAll(KeywordChecks.of(article, prose));
        checks.addAll(SnippetChecks.of(article));
        checks.addAll(ReadabilityChecks.of(prose));
        checks.addAll(EditorialChecks.of(article, today));
        return Analysis.of(checks);
    }
}
