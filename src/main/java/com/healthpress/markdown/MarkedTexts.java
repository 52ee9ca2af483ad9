package com.healthpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The text nodes of a parsed body that hold citation markers ({@code [^N]}), in reading order. Only text counts:
 * code spans and code blocks are other nodes, so a marker shown as code stays code; a link's text is left alone,
 * as a link cannot hold another.
 */
final class MarkedTexts {

    static final Pattern MARKER = Pattern.compile("\\[\\^([0-9]{1,9})\\]");

    /** A text node and its markers. */
    record Marked(Text text, List<MatchResult> markers) {

        static int number(MatchResult marker) {
            return Integer.parseInt(marker.group(1));
        }
    }

    private MarkedTexts() {
    }

    static List<Marked> in(Node document) {
        List<Marked> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                // its text stays as it is
            }

            @Override
            public void visit(Text text) {
                String literal = text.getLiteral();
                if (literal.contains("[^")) {
                    List<MatchResult> markers = MARKER.matcher(literal).results().toList();
                    if (!markers.isEmpty()) {
                        found.add(new Marked(text, markers));
                    }
                }
            }
        });
        return found;
    }
}
