package com.healthpress.seo.analysis;

import static com.healthpress.seo.analysis.AnalysisArticles.TODAY;
import static com.healthpress.seo.analysis.AnalysisArticles.analyze;
import static com.healthpress.seo.analysis.AnalysisArticles.check;
import static com.healthpress.seo.analysis.AnalysisArticles.good;
import static com.healthpress.seo.analysis.AnalysisArticles.paragraph;
import static com.healthpress.seo.analysis.AnalysisArticles.sentence;
import static com.healthpress.seo.analysis.Check.Level.FAIL;
import static com.healthpress.seo.analysis.Check.Level.PASS;
import static com.healthpress.seo.analysis.Check.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The analysis an editor sees: each rule judges its own part of the article, and the score follows. */
class SeoAnalyzerTest {

    private static final String GOOD_BODY = good().build().body();

    /** For every check the editor sees, a change to the well-made article that breaks it. */
    static Stream<Arguments> articlesBreakingOneRule() {
        return Stream.of(
                breaking("focus-keyword", a -> a.focusKeyword(""), "keyword-in-meta-title",
                        "keyword-in-meta-description", "keyword-in-lead", "keyword-in-heading", "keyword-in-slug",
                        "keyword-density"),
                breaking("keyword-in-meta-title", a -> a.metaTitle("Good habits for a better night in your bed")),
                breaking("keyword-in-meta-description", a -> a.metaDescription("The daily habits that help you "
                        + "fall asleep and stay asleep. Learn simple steps for your bedroom, your evenings and your "
                        + "mornings.")),
                breaking("keyword-in-lead", a -> a.lead("The habits that help you fall asleep and stay asleep. "
                        + "Small changes can make a big difference.")),
                breaking("keyword-in-heading", a -> a.body(GOOD_BODY.replace("## Why sleep hygiene matters",
                        "## Why it matters") + "\nSleep hygiene is a habit.\n")),
                breaking("keyword-in-slug", a -> a.slug("sleep-habits")),
                breaking("keyword-density", a -> a.body(GOOD_BODY + "\nSleep hygiene. Sleep hygiene. Sleep hygiene. "
                        + "Sleep hygiene. Sleep hygiene. Sleep hygiene. Sleep hygiene.\n")),
                breaking("meta-title-length", a -> a.metaTitle("Sleep hygiene")),
                breaking("meta-description-length", a -> a.metaDescription("Sleep hygiene in short.")),
                breaking("reading-ease", a -> a.body(GOOD_BODY + ("\nCardiovascular rehabilitation necessitates "
                        + "individualized physiological evaluation.\n").repeat(15))),
                breaking("long-sentences", a -> a.body(GOOD_BODY + ("\n" + sentence(30) + "\n").repeat(8))),
                breaking("long-paragraphs", a -> a.body(GOOD_BODY + "\n" + paragraph(200) + "\n")),
                breaking("medical-review", a -> a.review(null)),
                breaking("reviewer-credentials", a -> a.review(new MedicalReview("Dr Jane Roe", null,
                        TODAY.minusMonths(2)))),
                breaking("references", a -> a.references(List.of())),
                breaking("faq-answers", a -> a.faq(List.of(new FaqItem("Do naps help?", "Yes, short ones.")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articlesBreakingOneRule")
    void eachRuleFiresOnAnArticleThatBreaksItAndOnNoUnrelatedRule(String id, UnaryOperator<Article.Builder> breakIt,
            List<String> fires) {
        assertEquals(PASS, check(good().build(), id).level(), "the well-made article follows " + id);

        Analysis broken = analyze(breakIt.apply(good()).build());

        List<String> fired = broken.checks().stream().filter(check -> check.level() != PASS).map(Check::id).toList();
        assertEquals(fires, fired);
        assertTrue(broken.score() < 100, "score " + broken.score());
    }

    @Test
    void everyCheckTheEditorSeesIsBrokenOnceAbove() {
        List<String> reported = analyze(good().build()).checks().stream().map(Check::id).sorted().toList();
        List<String> broken = articlesBreakingOneRule().map(arguments -> (String) arguments.get()[0]).sorted().toList();
        assertEquals(broken, reported, "a check without a breaking article above is a check nothing proves");
    }

    /** The rule {@code id}, a change that breaks it, and the rules that depend on it, which fire with it. */
    private static Arguments breaking(String id, UnaryOperator<Article.Builder> breakIt, String... dependents) {
        return Arguments.of(id, breakIt, Stream.concat(Stream.of(id), Stream.of(dependents)).toList());
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
        assertEquals(15, analyze(nulls).checks().size());
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
