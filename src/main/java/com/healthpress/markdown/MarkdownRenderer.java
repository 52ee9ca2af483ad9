package com.healthpress.markdown;

import com.healthpress.article.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders article Markdown to HTML that is safe to embed: raw HTML in the source is shown as text, headings
 * get stable anchor ids (level one is demoted, since the page title is the only H1, and no level is skipped),
 * citation markers ({@code [^N]}) become links to the numbered references, and the output passes an allow-list
 * sanitiser as a second line of defence.
 */
public final class MarkdownRenderer {

    private static final Pattern ANCHOR_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /**
     * Set by the renderer rather than the sanitizer's requireRelsOnLinks, whose order of the two words changes from
     * one JVM to the next (it keeps them in a Set.of): the same article must render to the same bytes everywhere.
     */
    private static final String LINK_REL = "noopener noreferrer";
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "a", "blockquote",
                    "code", "pre", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub")
            .allowAttributes("id").matching(ANCHOR_ID).onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("id").matching(Pattern.compile("cite-[0-9]+-[0-9]+")).onElements("sup")
            .allowAttributes("href").onElements("a")
            .allowAttributes("rel").matching(Pattern.compile(Pattern.quote(LINK_REL))).onElements("a")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowStandardUrlProtocols()
            .toFactory();

    private final TextContentRenderer plainText = TextContentRenderer.builder().build();

    /** A body without references, whose markers, if any, stay as they were typed. */
    public RenderedBody render(String markdown) {
        return render(markdown, 0);
    }

    /** A body whose article has this many references: a marker citing one of them links to it. */
    public RenderedBody render(String markdown, int referenceCount) {
        Node document = Bodies.parse(markdown);
        AnchorIds ids = new AnchorIds();
        Map<Integer, List<String>> markerIds = linkCitations(document, referenceCount);
        for (int number = 1; number <= referenceCount; number++) {
            ids.reserve(CitationMarker.referenceId(number));
        }
        markerIds.values().forEach(markers -> markers.forEach(ids::reserve));
        Map<Node, String> anchorIds = new IdentityHashMap<>();
        List<Section> sections = new ArrayList<>();
        document.accept(new HeadingOutline(ids, anchorIds, sections));
        HtmlRenderer html = HtmlRenderer.builder()
                .extensions(Bodies.EXTENSIONS)
                .nodeRendererFactory(CitationMarker.Html::new)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    String id = anchorIds.get(node);
                    if (id != null) {
                        attributes.put("id", id);
                    }
                    if (node instanceof Link) {
                        attributes.put("rel", LINK_REL);
                    }
                })
                .build();
        return new RenderedBody(POLICY.sanitize(html.render(document)), sections, markerIds);
    }

    /**
     * The words of the first paragraph, without Markdown and without link addresses: what a page without a
     * description of its own says.
     */
    public String firstParagraph(String markdown) {
        for (Node node = Bodies.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                StringBuilder words = new StringBuilder();
                node.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        words.append(text.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        words.append(code.getLiteral());
                    }

                    @Override
                    public void visit(SoftLineBreak lineBreak) {
                        words.append(' ');
                    }

                    @Override
                    public void visit(HardLineBreak lineBreak) {
                        words.append(' ');
                    }
                });
                return words.toString().strip();
            }
        }
        return "";
    }

    /**
     * Puts a marker node in place of each marker that cites one of the references; a marker citing none stays text
     * (the editor refuses it, but older bodies may hold one). Returns the marker ids of each reference cited.
     */
    private static Map<Integer, List<String>> linkCitations(Node document, int referenceCount) {
        Map<Integer, List<String>> markerIds = new HashMap<>();
        for (MarkedTexts.Marked marked : MarkedTexts.in(document)) {
            Text text = marked.text();
            String literal = text.getLiteral();
            int from = 0;
            for (MatchResult marker : marked.markers()) {
                int number = MarkedTexts.Marked.number(marker);
                if (number < 1 || number > referenceCount) {
                    continue;
                }
                if (marker.start() > from) {
                    text.insertBefore(new Text(literal.substring(from, marker.start())));
                }
                List<String> ids = markerIds.computeIfAbsent(number, n -> new ArrayList<>());
                CitationMarker node = new CitationMarker(number, ids.size() + 1);
                ids.add(node.id());
                text.insertBefore(node);
                from = marker.end();
            }
            if (from == literal.length()) {
                text.unlink();
            } else {
                text.setLiteral(literal.substring(from));
            }
        }
        return markerIds;
    }

    /**
     * The heading's text without Markdown. A heading of plain text alone, the usual kind, is its literal: the text
     * renderer gives the same, but sets itself up anew for every heading, the largest cost of a body of headings.
     */
    private String plainTitle(Heading heading) {
        Node child = heading.getFirstChild();
        if (child instanceof Text text && child.getNext() == null) {
            return text.getLiteral().strip();
        }
        return plainText.render(heading).strip();
    }

    /** Assigns heading levels and unique anchor ids, collecting the level-two headings as sections. */
    private final class HeadingOutline extends AbstractVisitor {
        private final AnchorIds ids;
        private final Map<Node, String> anchorIds;
        private final List<Section> sections;
        private int previousLevel = 1;

        HeadingOutline(AnchorIds ids, Map<Node, String> anchorIds, List<Section> sections) {
            this.ids = ids;
            this.anchorIds = anchorIds;
            this.sections = sections;
        }

        @Override
        public void visit(Heading heading) {
            int level = Math.min(Math.max(2, heading.getLevel()), previousLevel + 1);
            heading.setLevel(level);
            previousLevel = level;
            String title = plainTitle(heading);
            String id = ids.next(Slugs.of(title));
            anchorIds.put(heading, id);
            if (level == 2) {
                sections.add(new Section(id, title));
            }
        }
    }
}
