package com.healthpress.seo.analysis;

import static com.healthpress.seo.analysis.AnalysisArticles.TODAY;
import static com.healthpress.seo.analysis.AnalysisArticles.analyze;
import static com.healthpress.seo.analysis.AnalysisArticles.check;
import static com.healthpress.seo.analysis.AnalysisArticles.good;
import static com.healthpress.seo.analysis.Check.Level.FAIL;
import static com.healthpress.seo.analysis.Check.Level.PASS;
import static com.healthpress.seo.analysis.Check.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.MedicalReview;
import com.healthpress.faq.FaqItem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeoAnalyzerTest {

    private static final List<String> IDS = List.of("focus-keyword", "keyword-in-meta-title",
            "keyword-in-meta-description", "keyword-in-lead", "keyword-in-heading", "keyword-in-slug",
            "keyword-density", "meta-title-length", "meta-description-length", "reading-ease", "long-sentences",
            "long-paragraphs", "medical-review", "faq-answers");

    @Test
    void runsFourteenChecksInTheEditorsOrder() {
        List<String> ids = analyze(good().build()).checks().stream().map(Check::id).toList();
        assertEquals(IDS, ids);
        assertEquals(IDS, Arrays.stream(Rule.values()).map(rule -> rule.id).toList());
    }

    @Test
    void wellMadeArticlePassesEveryCheck() {
        Analysis analysis = analyze(good().build());
        List<Check> notPassed = analysis.checks().stream().filter(check -> check.level() != PASS).toList();
        assertEquals(List.of(), notPassed);
        assertEquals(100, analysis.score());
    }

    @Test
    void emptyDraftIsAnalysedWithoutError() {
        Analysis analysis = analyze(Article.builder().build());
        assertEquals(14, analysis.checks().size());
        assertEquals(FAIL, analysis.checks().get(0).level());
        assertTrue(analysis.score() < 30, "score " + analysis.score());
    }

    @Test
    void draftWithNullFieldsIsAnalysedWithoutError() {
        Article nulls = Article.builder()
                .slug(null).title(null).metaTitle(null).metaDescription(null).focusKeyword(null)
                .lead(null).body(null).status(ArticleStatus.DRAFT)
                .review(new MedicalReview(null, null, null))
                .faq(List.of(new FaqItem(null, null)))
                .build();
        assertEquals(14, analyze(nulls).checks().size());
    }

    @Test
    void draftWithOnlyAKeywordIsAnalysedWithoutError() {
        Article draft = Article.builder().focusKeyword("back pain").body("## \n\n---\n\n| a |\n|---|\n| |").build();
        Analysis analysis = analyze(draft);
        assertEquals(PASS, analysis.checks().get(0).level());
        assertEquals(FAIL, check(draft, "keyword-in-slug").level());
    }

    @Test
    void betterArticleScoresHigher() {
        int best = analyze(good().build()).score();
        int oneFailure = analyze(good().review(null).build()).score();
        int noKeyword = analyze(good().focusKeyword("").build()).score();
        int empty = analyze(Article.builder().build()).score();
        assertTrue(best > oneFailure && oneFailure > noKeyword && noKeyword > empty,
                List.of(best, oneFailure, noKeyword, empty).toString());
    }

    @Test
    void reviewIsJudgedOnTheDayGiven() {
        Article article = good().build();
        SeoAnalyzer analyzer = new SeoAnalyzer();
        assertEquals(PASS, check(analyzer.analyze(article, TODAY), "medical-review").level());
        assertEquals(WARN, check(analyzer.analyze(article, TODAY.plusYears(1)), "medical-review").level());
    }
}
