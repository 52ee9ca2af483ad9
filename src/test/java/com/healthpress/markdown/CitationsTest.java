package com.healthpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The markers a body cites, with their lines, found the way the page links them. */
class CitationsTest {

    @Test
    void eachMarkerIsFoundWithItsLineAndCodeIsSkipped() {
        String body = String.join("\n",
                "Intro.[^1]",
                "",
                "```",
                "[^9]",
                "```",
                "",
                "- an item [^2] and `[^8]`",
                "",
                "| Dose | Source |",
                "|---|---|",
                "| low | [^3] |");

        assertEquals(List.of(new Citation(1, 1), new Citation(2, 7), new Citation(3, 11)), Citations.in(body));
    }

    @Test
    void theFirstUnknownMarkerIsTheOneReported() {
        String body = "## One\n\nFine.[^1]\n\nToo far.[^7] Also.[^9]\n";

        assertEquals(Optional.of(new Citation(7, 5)), Citations.firstUnknown(body, 5));
        assertEquals(Optional.empty(), Citations.firstUnknown(body, 9));
    }

    @Test
    void theReasonCountsTheReferences() {
        assertEquals("there are only 5 references", new Citation(7, 1).whyUnknown(5));
        assertEquals("there is only 1 reference", new Citation(2, 1).whyUnknown(1));
        assertEquals("there are no references", new Citation(1, 1).whyUnknown(0));
        assertEquals("references are numbered from 1", new Citation(0, 1).whyUnknown(3));
    }
}
