package com.healthpress.seo.analysis;

import static com.healthpress.seo.analysis.AnalysisArticles.characters;
import static com.healthpress.seo.analysis.AnalysisArticles.check;
import static com.healthpress.seo.analysis.AnalysisArticles.good;
import static com.healthpress.seo.analysis.AnalysisArticles.level;
import static com.healthpress.seo.analysis.Check.Level.FAIL;
import static com.healthpress.seo.analysis.Check.Level.PASS;
import static com.healthpress.seo.analysis.Check.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.seo.analysis.Check.Level;
import org.junit.jupiter.api.Test;

class SnippetChecksTest {

    @Test
    void metaTitlePassesFromThirtyToSixtyCharacters() {
        assertEquals(WARN, titleLevel(29));
        assertEquals(PASS, titleLevel(30));
        assertEquals(PASS, titleLevel(60));
        assertEquals(WARN, titleLevel(61));
        assertEquals("Meta title is 61 characters; search engines show about 60.",
                check(good().metaTitle(characters(61)).build(), "meta-title-length").reason());
    }

    @Test
    void metaTitleFailsWhenEmptyOrBlank() {
        assertEquals(FAIL, level(good().metaTitle("").build(), "meta-title-length"));
        assertEquals(FAIL, level(good().metaTitle(" \t").build(), "meta-title-length"));
        assertEquals(FAIL, level(good().metaTitle(null).build(), "meta-title-length"));
    }

    @Test
    void metaTitleLengthCountsWhatReadersSee() {
        // Surrounding and doubled spaces are dropped; an emoji is one character, not two UTF-16 units.
        String title = "  " + characters(28) + "  \uD83D\uDE00 ";
        assertEquals("Meta title is 30 characters, within 30–60.",
                check(good().metaTitle(title).build(), "meta-title-length").reason());
    }

    @Test
    void metaDescriptionPassesFromOneHundredTwentyToOneHundredSixty() {
        assertEquals(WARN, descriptionLevel(119));
        assertEquals(PASS, descriptionLevel(120));
        assertEquals(PASS, descriptionLevel(160));
        assertEquals(WARN, descriptionLevel(161));
    }

    @Test
    void metaDescriptionWarnsFromSeventyAndUpToTwoHundred() {
        assertEquals(FAIL, descriptionLevel(69));
        assertEquals(WARN, descriptionLevel(70));
        assertEquals(WARN, descriptionLevel(200));
        assertEquals(FAIL, descriptionLevel(201));
        assertEquals("Meta description is 171 characters; search engines show about 155–160.",
                check(good().metaDescription(characters(171)).build(), "meta-description-length").reason());
    }

    @Test
    void metaDescriptionFailsWhenEmpty() {
        assertEquals(FAIL, level(good().metaDescription("").build(), "meta-description-length"));
        assertEquals(FAIL, level(good().metaDescription(null).build(), "meta-description-length"));
    }

    private static Level titleLevel(int length) {
        return level(good().metaTitle(characters(length)).build(), "meta-title-length");
    }

    private static Level descriptionLevel(int length) {
        return level(good().metaDescription(characters(length)).build(), "meta-description-length");
    }
}
