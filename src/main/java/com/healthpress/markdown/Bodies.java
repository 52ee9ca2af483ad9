package com.healthpress.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses article bodies the one way that the page and the editor's checks both read them: the same dialect, and
 * links to unsafe targets and images already turned into their text.
 */
final class Bodies {

    static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /** http(s) and mailto addresses, and relative ones: no scheme before the first "/", "?" or "#". */
    private static final Pattern SAFE_TARGET = Pattern.compile("(?i)(https?:|mailto:|[^:/?#]*([/?#].*)?$).*",
            Pattern.DOTALL);
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** Keeps where each node came from, for messages that name a line; the page has no use for it. */
    private static final Parser WITH_LINES = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private Bodies() {
    }

    static Node parse(String markdown) {
        return prepared(PARSER.parse(markdown == null ? "" : markdown));
    }

    static Node parseWithLines(String markdown) {
        return prepared(WITH_LINES.parse(markdown == null ? "" : markdown));
    }

    /** The line (from 1) a node of a body parsed with lines starts on: its own, else its nearest ancestor's. */
    static int lineOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                return at.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }

    private static Node prepared(Node document) {
        document.accept(new PlainTextInsteadOfUnsafeTargets());
        return document;
    }

    /**
     * A link to anything but http(s), mailto or a relative address keeps its text without the link, and an image
     * (article bodies have none; the hero image is separate) shows its alt text, so neither leaves an empty element.
     */
    private static final class PlainTextInsteadOfUnsafeTargets extends AbstractVisitor {

        @Override
        public void visit(Link link) {
            visitChildren(link);
            if (!SAFE_TARGET.matcher(link.getDestination().strip()).matches()) {
                replaceWithChildren(link);
            }
        }

        @Override
        public void visit(Image image) {
            visitChildren(image);
            replaceWithChildren(image);
        }

        private static void replaceWithChildren(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
    }
}
