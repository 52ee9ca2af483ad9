package com.healthpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Queries, search words, marks and excerpts, without a database. */
class SearchTextTest {

    @Test
    void queriesAreTidiedAndMeasuredAfterTidying() {
        assertEquals("back pain", SearchQuery.of("  back \t\n pain\u0000 ").text());
        assertEquals("sleep", SearchQuery.of("\uE000sleep\uE001").text());
        assertTrue(SearchQuery.of("   ").isEmpty());
        assertTrue(SearchQuery.of(null).isEmpty());
        assertFalse(SearchQuery.of("x".repeat(200)).isTooLong());
        assertTrue(SearchQuery.of("x".repeat(201)).isTooLong());
    }

    @Test
    void searchWordsAreTheIndexedWordsOnce() {
        assertEquals(List.of("BACK", "PAIN"), SearchTerms.of("What is back-pain? BACK pain!"));
        assertEquals(List.of("SCRIPT", "ALERT", "1"), SearchTerms.of("<script>alert(1)</script>"));
        assertEquals(List.of(), SearchTerms.of("the and of"));
        assertEquals(SearchTerms.MAX_TERMS, SearchTerms.of("a1 a2 a3 a4 a5 a6 a7 a8 a9 a10").size());
    }

    @Test
    void wholeWordsThatWereSearchedAreMarked() {
        Highlighted title = Highlighted.ofTerms("Back pain: <b>painful</b> backs & back pain", Set.of("BACK", "PAIN"));

        assertEquals("Back pain: <b>painful</b> backs & back pain", title.text());
        assertEquals(List.of("Back", "pain", "back", "pain"),
                title.parts().stream().filter(Highlighted.Part::marked).map(Highlighted.Part::text).toList());
    }

    @Test
    void markersFromTheDatabaseBecomeMarksAndUnpairedOnesDisappear() {
        Highlighted text = Highlighted.fromSentinels("A \uE000sleep\uE001 guide \uE001<i>\uE000");

        assertEquals("A sleep guide <i>", text.text());
        assertEquals(List.of(new Highlighted.Part("A ", false), new Highlighted.Part("sleep", true),
                new Highlighted.Part(" guide ", false), new Highlighted.Part("<i>", false)), text.parts());
    }

    @Test
    void longLeadsAreCutAroundTheFirstMatch() {
        String lead = "Opening words that say little. ".repeat(10) + "Then insomnia appears here. " + "More. ".repeat(60);

        String excerpt = Excerpts.around(lead, Set.of("INSOMNIA"));

        assertTrue(excerpt.startsWith("…") && excerpt.endsWith("…"), excerpt);
        assertTrue(excerpt.contains("insomnia"));
        assertTrue(excerpt.length() <= Excerpts.LENGTH + 2, excerpt.length() + "");
        assertEquals("Short lead.", Excerpts.around("Short lead.", Set.of("LEAD")));
    }
}
