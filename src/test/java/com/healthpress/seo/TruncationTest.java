package com.healthpress.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TruncationTest {

    @Test
    void textWithinTheLimitIsKeptWhole() {
        assertEquals("Short title", Truncation.atWordBoundary("Short title", 11));
    }

    @Test
    void longTextIsCutAfterTheLastWholeWordThatFits() {
        String text = "The quick brown fox jumps over the lazy dog";

        String cut = Truncation.atWordBoundary(text, 20);

        assertEquals("The quick brown fox…", cut);
        assertTrue(cut.length() <= 20);
    }

    @Test
    void aWordEndingExactlyAtTheLimitIsKept() {
        assertEquals("abcd efgh…", Truncation.atWordBoundary("abcd efgh ijkl", 10));
    }

    @Test
    void punctuationLeftBeforeTheCutIsDropped() {
        assertEquals("Sleep, diet…", Truncation.atWordBoundary("Sleep, diet, and exercise", 14));
    }

    @Test
    void aSingleOverlongWordIsCutHardWithoutSplittingASurrogatePair() {
        String cut = Truncation.atWordBoundary("abcdefgh💊ijk", 10);

        assertEquals("abcdefgh…", cut);
    }

    @Test
    void runsOfWhitespaceBecomeOneSpace() {
        assertEquals("one two three", Truncation.atWordBoundary("  one\n two \t three ", 50));
    }

    @Test
    void missingTextBecomesEmpty() {
        assertEquals("", Truncation.atWordBoundary(null, 10));
    }
}
