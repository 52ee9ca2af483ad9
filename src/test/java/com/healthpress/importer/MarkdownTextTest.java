package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.markdown.MarkdownRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    private static final List<String> PLAIN_TEXTS = List.of(
            "<script>alert(1)</script>",
            "a <img src=x onerror=alert(1)> b",
            "[link](javascript:alert(1)) and ![image](x.png) and <https://example.org>",
            "*stars*, **bold**, _under_ and __more__",
            "`code` and ``more code``",
            "&amp; &copy; &#60; stay as typed",
            "# not a heading",
            "## not a heading either #",
            "+ not a list",
            "- not a list",
            "* not a list",
            "1. not a list",
            "2026) not a list",
            "> not a quote",
            "= not a heading underline",
            "--- not a rule",
            "~~~ not a fence",
            "``` not a fence",
            "| not | a | table |",
            "a backslash \\ and an escaped \\* star",
            "“typographic” quotes, an en dash – and an emoji 😀 stay",
            "cited.[^1] Not a link: [^2](https://example.org), not a definition: [^3]: x",
            "[^4]: not a definition either");

    @Test
    void scriptTagIsBackslashEscaped() {
        assertEquals("\\<script\\>alert(1)\\</script\\>", MarkdownText.escape("<script>alert(1)</script>"));
    }

    @Test
    void lineStartsThatWouldBeMarkupAreEscaped() {
        assertEquals("\\# x", MarkdownText.escape("# x"));
        assertEquals("\\+ x", MarkdownText.escape("+ x"));
        assertEquals("\\- x", MarkdownText.escape("- x"));
        assertEquals("\\= x", MarkdownText.escape("= x"));
        assertEquals("\\> x", MarkdownText.escape("> x"));
        assertEquals("1\\. x", MarkdownText.escape("1. x"));
        assertEquals("2026\\) x", MarkdownText.escape("2026) x"));
        assertEquals("\\~~~", MarkdownText.escape("~~~"));
        assertEquals("a - b + c = d", MarkdownText.escape("a - b + c = d"));
    }

    @Test
    void aCitationMarkerIsKeptAsTypedUnlessItWouldOpenALinkOrADefinition() {
        assertEquals("Helps.[^1] Twice.[^1][^2]", MarkdownText.escape("Helps.[^1] Twice.[^1][^2]"));
        assertEquals("\\[^1\\](x) \\[^2\\]: y", MarkdownText.escape("[^1](x) [^2]: y"));
    }

    @Test
    void everyEscapedTextRendersAsExactlyItself() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (String text : PLAIN_TEXTS) {
            Document html = Jsoup.parseBodyFragment(renderer.render(MarkdownText.escape(text)).html());

            assertEquals(List.of(text), html.select("p").eachText(), html.html());
            assertEquals(1, html.body().children().size(), html.html());
        }
    }
}
