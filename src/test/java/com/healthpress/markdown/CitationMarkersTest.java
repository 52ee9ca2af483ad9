package com.healthpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Citation markers in a rendered body: links to the numbered references, with ids the references link back to. */
class CitationMarkersTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void aMarkerBecomesASuperscriptLinkToItsNumberedReference() {
        RenderedBody body = renderer.render("Most adults need seven hours.[^2]", 2);

        assertEquals("<p>Most adults need seven hours.<sup id=\"cite-2-1\"><a href=\"#ref-2\">[2]</a></sup></p>\n",
                body.html());
        assertEquals(List.of("cite-2-1"), body.markersCiting(2));
        assertEquals(List.of(), body.markersCiting(1));
    }

    @Test
    void severalCitationsOfOneReferenceGetDistinctIdsInReadingOrder() {
        RenderedBody body = renderer.render("Sleep[^1] matters.[^2]\n\n- Light[^1][^2]\n\n## Naps [^1]\n\nShort.", 2);

        assertEquals(List.of("cite-1-1", "cite-1-2", "cite-1-3"), body.markersCiting(1));
        assertEquals(List.of("cite-2-1", "cite-2-2"), body.markersCiting(2));
        for (String id : List.of("cite-1-1", "cite-1-2", "cite-1-3", "cite-2-1", "cite-2-2")) {
            assertEquals(1, occurrences(body.html(), "id=\"" + id + "\""), id + " in " + body.html());
        }
    }

    @Test
    void markersInCodeSpansAndCodeBlocksStayAsTyped() {
        RenderedBody body = renderer.render("Write `[^1]` to cite.\n\n```\nfenced [^1]\n```\n\n    indented [^1]\n", 1);

        assertFalse(body.html().contains("<sup"), body.html());
        assertTrue(body.html().contains("<code>[^1]</code>"), body.html());
        assertTrue(body.html().contains("fenced [^1]"), body.html());
        assertTrue(body.html().contains("indented [^1]"), body.html());
        assertEquals(List.of(), body.markersCiting(1));
    }

    @Test
    void aMarkerInsideALinkStaysTextBecauseALinkCannotHoldAnother() {
        RenderedBody body = renderer.render("[the guideline [^1]](https://www.nice.org.uk/)", 1);

        assertFalse(body.html().contains("<sup"), body.html());
        assertTrue(body.html().contains(">the guideline [^1]</a>"), body.html());
    }

    @Test
    void aMarkerCitingNoReferenceStaysAsTyped() {
        RenderedBody body = renderer.render("Cited twice.[^3] And zero.[^0]", 2);

        assertEquals("<p>Cited twice.[^3] And zero.[^0]</p>\n", body.html());
    }

    @Test
    void markersNextToEscapesAndEmphasisAreFound() {
        RenderedBody body = renderer.render("Text with \\[brackets\\] and *emphasis*[^1], then \\*stars\\*[^1].", 1);

        assertEquals(List.of("cite-1-1", "cite-1-2"), body.markersCiting(1), body.html());
    }

    @Test
    void aMarkerInAHeadingLinksButStaysOutOfItsAnchorAndTheTableOfContents() {
        RenderedBody body = renderer.render("## Dosing[^1]\n\nText.", 1);

        assertEquals(List.of(new Section("dosing", "Dosing")), body.sections());
        assertTrue(body.html().startsWith("<h2 id=\"dosing\">Dosing<sup id=\"cite-1-1\">"), body.html());
    }

    @Test
    void headingsNeverTakeTheIdsOfReferencesOrMarkers() {
        RenderedBody body = renderer.render("## Ref 1\n\nText.[^1]\n\n## Cite 1 1\n\nMore.", 1);

        assertEquals(List.of("ref-1-2", "cite-1-1-2"), body.sections().stream().map(Section::id).toList());
    }

    @Test
    void withoutReferencesTheBodyRendersAsBefore() {
        RenderedBody body = renderer.render("A note.[^1]");

        assertEquals("<p>A note.[^1]</p>\n", body.html());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
