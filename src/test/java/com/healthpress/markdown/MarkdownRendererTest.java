package com.healthpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.admin.EditorLimits;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void levelTwoHeadingsBecomeSectionsWithAnchorIds() {
        RenderedBody body = renderer.render("## What it is\n\nText.\n\n### Detail\n\nMore.\n\n## Conclusion: Stay safe\n\nEnd.");

        assertEquals(List.of(new Section("what-it-is", "What it is"), new Section("conclusion-stay-safe", "Conclusion: Stay safe")),
                body.sections());
        assertTrue(body.html().contains("<h2 id=\"what-it-is\">What it is</h2>"), body.html());
        assertTrue(body.html().contains("<h3 id=\"detail\">Detail</h3>"), body.html());
    }

    @Test
    void repeatedHeadingsGetDistinctIds() {
        RenderedBody body = renderer.render("## Tips\n\na\n\n## Tips\n\nb");

        assertEquals(List.of("tips", "tips-2"), body.sections().stream().map(Section::id).toList());
    }

    @Test
    void aBodyOfEqualHeadingsAtTheEditorsLimitGetsOneDistinctAnchorPerHeading() {
        int headings = EditorLimits.INSTANCE.bodyMax() / "## h\n".length();
        RenderedBody body = renderer.render("## h\n".repeat(headings));

        List<String> ids = body.sections().stream().map(Section::id).toList();
        assertEquals(headings, new HashSet<>(ids).size());
        assertEquals(List.of("h", "h-2", "h-3"), ids.subList(0, 3));
        assertTrue(body.html().endsWith("<h2 id=\"h-" + headings + "\">h</h2>\n"));
    }

    @Test
    void levelOneHeadingsAreDemotedBecauseThePageTitleIsTheOnlyH1() {
        RenderedBody body = renderer.render("# Big\n\ntext");

        assertFalse(body.html().contains("<h1"), body.html());
        assertTrue(body.html().contains("<h2 id=\"big\">Big</h2>"), body.html());
    }

    @Test
    void headingLevelsAreNeverSkipped() {
        RenderedBody body = renderer.render("## Section\n\n#### Too deep\n\ntext");

        assertTrue(body.html().contains("<h3 id=\"too-deep\">Too deep</h3>"), body.html());
    }

    @Test
    void rawHtmlIsShownAsTextNotMarkup() {
        RenderedBody body = renderer.render("Before <script>alert(1)</script> <img src=x onerror=alert(2)> after");

        assertFalse(body.html().contains("<script"), body.html());
        assertFalse(body.html().contains("<img"), body.html());
        assertTrue(body.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), body.html());
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        RenderedBody body = renderer.render("[click](javascript:alert(1)) and [safe](https://example.org/a)");

        assertFalse(body.html().contains("javascript:"), body.html());
        assertTrue(body.html().contains("href=\"https://example.org/a\""), body.html());
    }

    @Test
    void linksToUnsafeSchemesKeepTheirTextWithoutALink() {
        RenderedBody body = renderer.render("See [the guide](JavaScript:alert(1)), [data](data:text/html,x), "
                + "<javascript:alert(2)>, [home](/articles/knee#care) and [mail](mailto:desk@example.org).");

        assertEquals("<p>See the guide, data, javascript:alert(2), <a rel=\"noopener noreferrer\" href=\"/articles/knee#care\">"
                + "home</a> and <a rel=\"noopener noreferrer\" href=\"mailto:desk&#64;example.org\">mail</a>.</p>\n",
                body.html());
    }

    @Test
    void imagesShowTheirAltText() {
        RenderedBody body = renderer.render("Before ![a *knee* brace](https://example.org/brace.png) after");

        assertEquals("<p>Before a <em>knee</em> brace after</p>\n", body.html());
    }

    @Test
    void listsAndEmphasisSurviveSanitising() {
        RenderedBody body = renderer.render("Some **bold** and *italic*:\n\n- one\n- two\n\n1. first\n2. second");

        assertTrue(body.html().contains("<strong>bold</strong>"), body.html());
        assertTrue(body.html().contains("<em>italic</em>"), body.html());
        assertTrue(body.html().contains("<ul>"), body.html());
        assertTrue(body.html().contains("<ol>"), body.html());
    }

    @Test
    void tablesRenderWithoutObsoleteAlignAttributes() {
        RenderedBody body = renderer.render("| Dose | When |\n|:--|--:|\n| low | morning |");

        assertTrue(body.html().contains("<table>"), body.html());
        assertFalse(body.html().contains("align="), body.html());
    }
}
