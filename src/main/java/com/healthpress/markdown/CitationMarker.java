package com.healthpress.markdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A citation marker in the parsed body, rendered as a superscript link to its reference ({@code #ref-N}) with an id
 * of its own ({@code cite-N-K} for the K-th marker citing reference N), which the reference links back to.
 */
final class CitationMarker extends CustomNode {

    private final int number;
    private final String id;

    CitationMarker(int number, int occurrence) {
        this.number = number;
        this.id = idOf(number, occurrence);
    }

    static String idOf(int number, int occurrence) {
        return "cite-" + number + "-" + occurrence;
    }

    static String referenceId(int number) {
        return "ref-" + number;
    }

    String id() {
        return id;
    }

    /** Writes a marker as {@code <sup id="cite-2-1"><a href="#ref-2">[2]</a></sup>}. */
    static final class Html implements NodeRenderer {
        private final HtmlWriter html;

        Html(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(CitationMarker.class);
        }

        @Override
        public void render(Node node) {
            CitationMarker marker = (CitationMarker) node;
            html.tag("sup", Map.of("id", marker.id));
            html.tag("a", Map.of("href", "#" + referenceId(marker.number)));
            html.text("[" + marker.number + "]");
            html.tag("/a");
            html.tag("/sup");
        }
    }
}
