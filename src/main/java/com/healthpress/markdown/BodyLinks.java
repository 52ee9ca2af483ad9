package com.healthpress.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;

/**
 * The links of an article body, found as the article page renders them: inline, reference-style and autolinks, in
 * reading order. A link written inside a code span or a code block is code, not a link, and raw HTML is shown as
 * text, so neither counts; nor does a link to an unsafe target, which the page shows as plain text.
 */
public final class BodyLinks {

    private BodyLinks() {
    }

    public static List<BodyLink> in(String markdown) {
        List<BodyLink> links = new ArrayList<>();
        Bodies.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(new BodyLink(link.getDestination(), BodyParagraphs.inlineText(link).strip()));
            }
        });
        return links;
    }
}
