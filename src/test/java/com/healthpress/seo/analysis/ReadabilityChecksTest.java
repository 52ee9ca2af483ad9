package com.healthpress.seo.analysis;

import static com.healthpress.seo.analysis.AnalysisArticles.check;
import static com.healthpress.seo.analysis.AnalysisArticles.good;
import static com.healthpress.seo.analysis.AnalysisArticles.level;
import static com.healthpress.seo.analysis.AnalysisArticles.paragraph;
import static com.healthpress.seo.analysis.AnalysisArticles.sentence;
import static com.healthpress.seo.analysis.Check.Level.FAIL;
import static com.healthpress.seo.analysis.Check.Level.PASS;
import static com.healthpress.seo.analysis.Check.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityChecksTest {

    private static final String CAT = "The cat sat on the mat.";
    /** Wikipedia's Flesch–Kincaid example: 13 words, 24 syllables, reading ease 37.5. */
    private static final String PLATYPUS = "The Australian platypus is seemingly a hybrid of a mammal and reptilian "
            + "creature.";
    private static final String JARGON = "Cardiovascular rehabilitation necessitates individualized physiological "
            + "evaluation.";

    @Test
    void readingEaseOfTheCatSatOnTheMatIsAbout116() {
        assertEquals(116.1, ReadabilityChecks.readingEase(List.of(CAT)), 5);
    }

    @Test
    void readingEaseOfThePlatypusSentenceIsAbout37() {
        assertEquals(37.5, ReadabilityChecks.readingEase(List.of(PLATYPUS)), 5);
    }

    @Test
    void readingEasePassesFromFiftyWarnsFromThirtyAndFailsBelow() {
        Check plain = check(prose(CAT), "reading-ease");
        assertEquals(PASS, plain.level());
        assertEquals("Reading ease (Flesch) is 116.1; 50 or more suits a general audience.", plain.reason());
        assertEquals(WARN, level(prose(PLATYPUS), "reading-ease"));
        assertEquals(FAIL, level(prose(JARGON), "reading-ease"));
    }

    @Test
    void readingEaseReadsTheLeadAndTheBody() {
        assertEquals(FAIL, level(good().lead(JARGON).body("").build(), "reading-ease"));
        assertEquals(FAIL, level(good().lead("").body("## Heading\n\n" + JARGON).build(), "reading-ease"));
    }

    @Test
    void readingEaseWarnsWithoutText() {
        Check check = check(good().lead("").body("## Only a heading").build(), "reading-ease");
        assertEquals(WARN, check.level());
        assertEquals("No text yet to measure reading ease.", check.reason());
    }

    @Test
    void longSentencesPassUpToAQuarter() {
        assertEquals(PASS, level(prose(sentence(25)), "long-sentences"), "25 words is not long");
        assertEquals(PASS, level(prose(sentences(1, 3)), "long-sentences"));
        assertEquals("Sentences over 25 words: 1 of 4 (25 %).",
                check(prose(sentences(1, 3)), "long-sentences").reason());
    }

    @Test
    void longSentencesWarnAboveAQuarterUpToFortyPercent() {
        Check third = check(prose(sentences(1, 2)), "long-sentences");
        assertEquals(WARN, third.level());
        assertEquals("Sentences over 25 words: 1 of 3 (33 %); keep it to a quarter or fewer.", third.reason());
        assertEquals(WARN, level(prose(sentences(2, 3)), "long-sentences"));
    }

    @Test
    void longSentencesFailAboveFortyPercent() {
        assertEquals(FAIL, level(prose(sentences(1, 1)), "long-sentences"));
        assertEquals(FAIL, level(prose(sentence(26)), "long-sentences"));
    }

    @Test
    void longParagraphsPassUpToOneHundredFiftyWords() {
        Check check = check(prose(paragraph(150)), "long-paragraphs");
        assertEquals(PASS, check.level());
        assertEquals("Paragraphs over 150 words: 0 of 1 (the longest has 150 words).", check.reason());
    }

    @Test
    void longParagraphsWarnWhenAnyHasMoreThanOneHundredFiftyWords() {
        Check check = check(prose(paragraph(151) + "\n\n" + paragraph(20) + "\n\n" + paragraph(20)),
                "long-paragraphs");
        assertEquals(WARN, check.level());
        assertEquals("Paragraphs over 150 words: 1 of 3 (the longest has 151 words); split the long ones.",
                check.reason());
    }

    @Test
    void longParagraphsFailWhenMoreThanAThirdAreLong() {
        assertEquals(FAIL, level(prose(paragraph(151) + "\n\n" + paragraph(20)), "long-paragraphs"));
        Article longLead = good().lead(paragraph(151)).body(paragraph(20)).build();
        assertEquals(FAIL, level(longLead, "long-paragraphs"), "the lead is a paragraph too");
    }

    @Test
    void listItemsAndQuotesAreParagraphsAndHeadingsAreNot() {
        String body = "## " + paragraph(160) + "\n\n- " + paragraph(151) + "\n- " + paragraph(10) + "\n\n> "
                + paragraph(10);
        assertEquals("Paragraphs over 150 words: 1 of 3 (the longest has 151 words); split the long ones.",
                check(prose(body), "long-paragraphs").reason());
    }

    @Test
    void sentencesEndAtFullStopsQuestionAndExclamationMarks() {
        assertEquals(List.of("Is it safe?", "Yes!", "Rest “now.”", "Then walk…", "Sleep."),
                Sentences.of("Is it safe? Yes! Rest “now.” Then walk… Sleep."));
    }

    @Test
    void sentencesDoNotEndAtAbbreviationsInitialsOrDecimals() {
        assertEquals(List.of("Dr. Roe, e.g. in 2024, gave J. Smith 2.5 mg.", "Then he slept."),
                Sentences.of("Dr. Roe, e.g. in 2024, gave J. Smith 2.5 mg. Then he slept."));
        assertEquals(List.of("Take approx. two tablets a day."), Sentences.of("Take approx. two tablets a day."));
    }

    @Test
    void countsSyllablesOfCommonWordShapes() {
        assertEquals(List.of(1, 2, 1, 2, 1, 2, 1, 2, 2, 2, 2, 1, 3, 4),
                List.of("cat", "table", "takes", "boxes", "jumped", "wanted", "make", "being", "creature", "safely",
                        "people", "young", "platypus", "2026").stream().map(Syllables::count).toList());
    }

    /** An article whose lead is empty and whose body is the given Markdown. */
    private static Article prose(String body) {
        return good().lead("").body(body).build();
    }

    /** One paragraph with so many 26-word sentences and so many 10-word ones. */
    private static String sentences(int longOnes, int shortOnes) {
        return (sentence(26) + " ").repeat(longOnes) + (sentence(10) + " ").repeat(shortOnes);
    }
}
