package com.healthpress.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The prose of an article body where a link may go, paragraph by paragraph as plain text: paragraphs, list items and
 * quotes, without Markdown and without citation markers. Headings, tables, code blocks and raw HTML are left out:
 * a link belongs in a sentence a reader reads.
 */
public final class BodyParagraphs {

    private BodyParagraphs() {
    }

    public static List<String> of(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        Bodies.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                String plain = inlineText(paragraph).strip();
                if (!plain.isEmpty()) {
                    paragraphs.add(plain);
                }
            }

            @Override
            public void visit(Heading heading) {
                // not a place for a link
            }

            @Override
            public void visit(CustomBlock table) {
                // a table's cells are not prose
            }
        });
        return paragraphs;
    }

    /** A node's words as a reader reads them, on one line (the SEO checks read prose the same way). */
    public static String inlineText(Node parent) {
        StringBuilder text = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text plain) {
                text.append(Citations.withoutMarkers(plain.getLiteral()));
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            } else {
                text.append(inlineText(node));
            }
        }
        return text.toString();
    }
}
