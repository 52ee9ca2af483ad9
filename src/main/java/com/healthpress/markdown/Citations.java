package com.healthpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;

/** The citation markers of an article body, found exactly as the article page finds them to link them. */
public final class Citations {

    private Citations() {
    }

    /** Every marker of the body in reading order, each with its line. */
    public static List<Citation> in(String markdown) {
        List<Citation> citations = new ArrayList<>();
        for (MarkedTexts.Marked marked : MarkedTexts.in(Bodies.parseWithLines(markdown))) {
            int line = Bodies.lineOf(marked.text());
            for (MatchResult marker : marked.markers()) {
                citations.add(new Citation(MarkedTexts.Marked.number(marker), line));
            }
        }
        return citations;
    }

    /** A text node's words without its markers, which are links to sources rather than words of the prose. */
    public static String withoutMarkers(String text) {
        return text.contains("[^") ? MarkedTexts.MARKER.matcher(text).replaceAll("") : text;
    }

    /** The first marker that cites a reference an article with this many references does not have. */
    public static Optional<Citation> firstUnknown(String markdown, int referenceCount) {
        return in(markdown).stream().filter(citation -> !citation.citesOneOf(referenceCount)).findFirst();
    }
}
