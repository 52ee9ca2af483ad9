package com.healthpress.markdown;

import com.healthpress.article.Slugs;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders article Markdown to HTML that is safe to embed: raw HTML in the source is shown as text, headings
 * get stable anchor ids (level one is demoted, since the page title is the only H1, and no level is skipped),
 * and the output passes an allow-list sanitiser as a second line of defence.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /** http(s) and mailto addresses, and relative ones: no scheme before the first "/", "?" or "#". */
    private static final Pattern SAFE_TARGET = Pattern.compile("(?i)(https?:|mailto:|[^:/?#]*([/?#].*)?$).*",
            Pattern.DOTALL);
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
            .allowAttributes("href").onElements("a")
            .allowAttributes("rel").matching(Pattern.compile(Pattern.quote(LINK_REL))).onElements("a")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowStandardUrlProtocols()
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final TextContentRenderer plainText = TextContentRenderer.builder().build();

    public RenderedBody render(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        Map<Node, String> anchorIds = new IdentityHashMap<>();
        List<Section> sections = new ArrayList<>();
        document.accept(new HeadingOutline(anchorIds, sections));
        document.accept(new PlainTextInsteadOfUnsafeTargets());
        HtmlRenderer html = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
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
        return new RenderedBody(POLICY.sanitize(html.render(document)), sections);
    }

    /**
     * The words of the first paragraph, without Markdown and without link addresses: what a page without a
     * description of its own says.
     */
    public String firstParagraph(String markdown) {
        for (Node node = parser.parse(markdown == null ? "" : markdown).getFirstChild(); node != null;
                node = node.getNext()) {
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
        private final Map<Node, String> anchorIds;
        private final List<Section> sections;
        private final AnchorIds ids = new AnchorIds();
        private int previousLevel = 1;

        HeadingOutline(Map<Node, String> anchorIds, List<Section> sections) {
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
