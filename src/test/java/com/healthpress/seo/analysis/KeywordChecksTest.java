package com.healthpress.seo.analysis;

import static com.healthpress.seo.analysis.AnalysisArticles.check;
import static com.healthpress.seo.analysis.AnalysisArticles.good;
import static com.healthpress.seo.analysis.AnalysisArticles.level;
import static com.healthpress.seo.analysis.AnalysisArticles.words;
import static com.healthpress.seo.analysis.Check.Level.FAIL;
import static com.healthpress.seo.analysis.Check.Level.PASS;
import static com.healthpress.seo.analysis.Check.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordChecksTest {

    private static final List<String> KEYWORD_CHECKS = List.of("focus-keyword", "keyword-in-meta-title",
            "keyword-in-meta-description", "keyword-in-lead", "keyword-in-heading", "keyword-in-slug",
            "keyword-density");

    @Test
    void everyKeywordCheckFailsWithoutAFocusKeyword() {
        for (String keyword : new String[] {"", "   ", null, "“!”"}) {
            Article article = good().focusKeyword(keyword).build();
            for (String id : KEYWORD_CHECKS) {
                Check check = check(article, id);
                assertEquals(FAIL, check.level(), id + " for " + keyword);
                assertTrue(check.reason().startsWith("No focus keyword set"), check.reason());
            }
        }
    }

    @Test
    void focusKeywordPassesWhenSet() {
        assertEquals("Focus keyword is “sleep hygiene”.", check(good().build(), "focus-keyword").reason());
    }

    @Test
    void metaTitlePassesWithTheKeywordAndFailsWithoutIt() {
        assertEquals(PASS, level(good().build(), "keyword-in-meta-title"));
        Check without = check(good().metaTitle("Simple habits for a better night").build(), "keyword-in-meta-title");
        assertEquals(FAIL, without.level());
        assertEquals("Focus keyword “sleep hygiene” is not in the meta title.", without.reason());
        Check empty = check(good().metaTitle(" ").build(), "keyword-in-meta-title");
        assertEquals(FAIL, empty.level());
        assertEquals("The meta title is empty.", empty.reason());
    }

    @Test
    void keywordMatchesAcrossCaseAccentsAndQuoteStyles() {
        Article accents = good().focusKeyword("Café crème").metaTitle("CAFE CREME and your sleep").build();
        assertEquals(PASS, level(accents, "keyword-in-meta-title"));
        Article quotes = good().focusKeyword("one's sleep").metaTitle("Guarding one’s sleep at home").build();
        assertEquals(PASS, level(quotes, "keyword-in-meta-title"));
    }

    @Test
    void keywordMatchesWholeWordsInOrder() {
        assertEquals(FAIL, level(good().metaTitle("Sleep and hygienes").build(), "keyword-in-meta-title"));
        assertEquals(FAIL, level(good().metaTitle("Hygiene of sleep").build(), "keyword-in-meta-title"));
        assertEquals(FAIL, level(good().metaTitle("Sleep, then hygiene").build(), "keyword-in-meta-title"));
    }

    @Test
    void metaDescriptionPassesWithTheKeywordAndFailsWithoutIt() {
        assertEquals(PASS, level(good().build(), "keyword-in-meta-description"));
        assertEquals(FAIL, level(good().metaDescription("Habits that help you sleep.").build(),
                "keyword-in-meta-description"));
        assertEquals(FAIL, level(good().metaDescription(null).build(), "keyword-in-meta-description"));
    }

    @Test
    void leadPassesWithTheKeywordAndFailsWithoutIt() {
        assertEquals(PASS, level(good().build(), "keyword-in-lead"));
        assertEquals(FAIL, level(good().lead("Small changes can make a big difference.").build(), "keyword-in-lead"));
        assertEquals("The lead is empty.", check(good().lead("").build(), "keyword-in-lead").reason());
    }

    @Test
    void headingPassesAtLevelsTwoAndThreeOnly() {
        assertEquals("Focus keyword “sleep hygiene” is in 1 of 3 headings.",
                check(good().build(), "keyword-in-heading").reason());
        assertEquals(PASS, level(good().body("## Basics\n\n### Sleep hygiene at home\n\nText.").build(),
                "keyword-in-heading"));
        Check deep = check(good().body("## Basics\n\n#### Sleep hygiene at home\n\nSleep hygiene.").build(),
                "keyword-in-heading");
        assertEquals(WARN, deep.level());
        assertEquals("Focus keyword “sleep hygiene” is in none of 1 heading.", deep.reason());
    }

    @Test
    void headingWarnsWhenTheBodyHasNoHeadings() {
        Check check = check(good().body("Sleep hygiene matters.").build(), "keyword-in-heading");
        assertEquals(WARN, check.level());
        assertEquals("The body has no ## or ### headings yet.", check.reason());
    }

    @Test
    void slugPassesWithAllTheKeywordsWords() {
        Check check = check(good().focusKeyword("sex for back").slug("sex-for-back-pain").build(), "keyword-in-slug");
        assertEquals(PASS, check.level());
        assertEquals("Focus keyword “sex for back” is in the slug as “sex-for-back”.", check.reason());
    }

    @Test
    void slugPassesWithTheKeywordWithoutStopWords() {
        Check check = check(good().focusKeyword("sex for back").slug("navigating-sex-back-pain").build(),
                "keyword-in-slug");
        assertEquals(PASS, check.level());
        assertEquals("Focus keyword “sex for back” is in the slug as “sex-back”.", check.reason());
    }

    @Test
    void slugWarnsWhenTheWordsAreOutOfOrderOrMissing() {
        Check check = check(good().focusKeyword("sex for back").slug("back-pain-and-sex").build(), "keyword-in-slug");
        assertEquals(WARN, check.level());
        assertEquals("Focus keyword “sex for back” is not in the slug “back-pain-and-sex”.", check.reason());
        assertEquals(WARN, level(good().slug("sleep-habits").build(), "keyword-in-slug"));
    }

    @Test
    void slugFailsWhenEmpty() {
        assertEquals(FAIL, level(good().slug("").build(), "keyword-in-slug"));
    }

    @Test
    void citationMarkersAreNotWordsOfTheText() {
        Article plain = good().build();
        Article cited = good().body(plain.body().replace("a night.", "a night.[^1]")
                .replace("same time each day, even at weekends.", "same time each day, even at weekends.[^1]"))
                .build();
        assertEquals(2, cited.body().split("\\[\\^1]", -1).length - 1, cited.body());

        assertEquals(check(plain, "keyword-density").reason(), check(cited, "keyword-density").reason());
        assertEquals(check(plain, "reading-ease").reason(), check(cited, "reading-ease").reason());
    }

    @Test
    void densityPassesFromHalfAPercentToTwoAndAHalf() {
        assertEquals(PASS, level(withDensity(1, 200), "keyword-density"));
        assertEquals(PASS, level(withDensity(5, 200), "keyword-density"));
        assertEquals("Focus keyword “rest” appears 5 times in 200 words: 2.5 % of the text.",
                check(withDensity(5, 200), "keyword-density").reason());
    }

    @Test
    void densityWarnsBelowHalfAPercentAndUpToThreeAndAHalf() {
        Check low = check(withDensity(1, 250), "keyword-density");
        assertEquals(WARN, low.level());
        assertEquals("Focus keyword “rest” appears 1 time in 250 words: 0.4 % of the text; aim for 0.5–2.5 %.",
                low.reason());
        assertEquals(WARN, level(withDensity(6, 200), "keyword-density"));
        assertEquals(WARN, level(withDensity(7, 200), "keyword-density"));
        assertEquals(WARN, level(withDensity(0, 200), "keyword-density"));
    }

    @Test
    void keywordStuffingAboveThreeAndAHalfPercentFails() {
        Check stuffed = check(withDensity(8, 200), "keyword-density");
        assertEquals(FAIL, stuffed.level());
        assertEquals("Focus keyword “rest” appears 8 times in 200 words: 4.0 % of the text; above 3.5 % reads as "
                + "keyword stuffing.", stuffed.reason());
    }

    @Test
    void densityCountsEveryWordOfAPhraseKeyword() {
        // 2 occurrences × 2 words in 100 words is 4 % of the text.
        String body = "sleep hygiene " + words(48) + " sleep hygiene " + words(48);
        assertEquals(FAIL, level(good().body(body).build(), "keyword-density"));
    }

    @Test
    void densityMatchesWholeWordsAcrossQuoteStyles() {
        String body = "“Sex for back” health and sex-for-back advice. Sexy backs and sex for backache. "
                + words(88);
        Check check = check(good().focusKeyword("sex for back").body(body).build(), "keyword-density");
        assertTrue(check.reason().startsWith("Focus keyword “sex for back” appears 2 times in 103 words"),
                check.reason());
    }

    @Test
    void densityIgnoresMarkdownSyntax() {
        String body = "## Rest\n\n**Rest** _well_ and [see](https://example.org/rest-more) `often`.\n\n"
                + "```\nrest rest\n```";
        Check check = check(good().focusKeyword("rest").body(body).build(), "keyword-density");
        assertTrue(check.reason().startsWith("Focus keyword “rest” appears 2 times in 6 words"), check.reason());
    }

    @Test
    void densityWarnsWhenTheBodyIsEmpty() {
        Check check = check(good().body("").build(), "keyword-density");
        assertEquals(WARN, check.level());
        assertEquals("The body has no text yet.", check.reason());
    }

    /** A body of the given length holding the keyword "rest" so many times. */
    private static Article withDensity(int occurrences, int length) {
        String body = ("rest ".repeat(occurrences) + "calm ".repeat(length - occurrences)).strip();
        return good().focusKeyword("rest").body(body).build();
    }
}
