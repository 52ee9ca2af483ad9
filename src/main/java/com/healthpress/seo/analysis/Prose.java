package com.healthpress.seo.analysis;

import com.healthpress.article.Article;
import com.healthpress.markdown.BodyParagraphs;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * An article's text as the checks read it, without Markdown syntax: the paragraphs a reader reads (the lead, then
 * the body's, including those in lists and quotes), the body's headings down to level three, and every word of
 * the body (paragraphs, headings and table cells). Code blocks, raw HTML and citation markers ({@code [^1]}) are
 * not prose and are left out.
 */
record Prose(List<String> paragraphs, List<String> headings, List<String> bodyWords) {

    /** Level one is rendered as level two (the page title is the only H1), so it counts as a heading here. */
    private static final int DEEPEST_HEADING = 3;

    Prose {
        paragraphs = List.copyOf(paragraphs);
        headings = List.copyOf(headings);
        bodyWords = List.copyOf(bodyWords);
    }

    static Prose of(Article article, Parser parser) {
        Collector body = new Collector();
        parser.parse(article.body() == null ? "" : article.body()).accept(body);
        List<String> paragraphs = new ArrayList<>();
        if (article.lead() != null && !article.lead().isBlank()) {
            paragraphs.add(article.lead().strip());
        }
        paragraphs.addAll(body.paragraphs);
        return new Prose(paragraphs, body.headings, Words.of(body.text.toString()));
    }

    private static final class Collector extends AbstractVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> headings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public void visit(Paragraph paragraph) {
            String plain = inlineText(paragraph);
            if (!plain.isEmpty()) {
                paragraphs.add(plain);
                text.append(plain).append('\n');
            }
        }

        @Override
        public void visit(Heading heading) {
            String plain = inlineText(heading);
            if (heading.getLevel() <= DEEPEST_HEADING) {
                headings.add(plain);
            }
            text.append(plain).append('\n');
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableCell) {
                text.append(inlineText(node)).append('\n');
            } else {
                visitChildren(node);
            }
        }
    }

    private static String inlineText(Node block) {
        return BodyParagraphs.inlineText(block).strip();
    }
}
