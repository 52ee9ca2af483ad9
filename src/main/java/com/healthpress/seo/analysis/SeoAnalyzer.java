package com.healthpress.seo.analysis;

import com.healthpress.article.Article;
import com.healthpress.person.Person;
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

    /** The checks of the article alone, without advice on its author's and reviewer's records. */
    public Analysis analyze(Article article, LocalDate today) {
        return analyze(article, today, List.of());
    }

    /**
     * The checks with advice on the author's and reviewer's records (credentials, photo), found among {@code people}
     * by id, or by name for an editor's unsaved choice.
     */
    public Analysis analyze(Article article, LocalDate today, List<Person> people) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(today, "today");
        Prose prose = Prose.of(article, parser);
        List<Check> checks = new ArrayList<>();
        checks.addAll(KeywordChecks.of(article, prose));
        checks.addAll(SnippetChecks.of(article));
        checks.addAll(ReadabilityChecks.of(prose));
        checks.addAll(EditorialChecks.of(article, today));
        checks.addAll(PeopleChecks.of(article, people));
        return Analysis.of(checks);
    }
}
