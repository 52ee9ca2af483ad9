package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.markdown.MarkdownRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Markup and script in a document are the author's text: stored exactly as given and shown, never run. */
class HostileTextTest {

    private static String source;
    private static ParsedDocument document;

    @BeforeAll
    static void read() throws ImportException {
        source = Documents.read("hostile.txt");
        document = DocumentParser.parse(source);
    }

    @Test
    void textValuesAreStoredExactlyAsGiven() {
        assertEquals("Safety of <script>alert(1)</script> Tags", document.title());
        assertEquals("The lead has <script>alert(1)</script> and <img src=x onerror=alert(1)> and a "
                + "[link](javascript:alert(1)) in it.", document.lead());
        assertEquals("Hostile </title><script>alert(3)</script>", document.metaTitle());
        assertEquals("A description with \" onerror=alert(4) and <script>.", document.metaDescription());
        assertEquals("<script>", document.focusKeyword());
        assertEquals(new Author("Eve <script>alert(1)</script>", Author.Kind.Person, "javascript:alert(1)"),
                document.author());
        assertEquals(List.of(new FaqItem("What if an answer holds </script>?",
                "Then it is text: </script><script>alert(2)</script> stays literal & so does &amp;.")), document.faq());
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void bodyRendersItsMarkupAsLiteralText() {
        Document body = Jsoup.parseBodyFragment(new MarkdownRenderer().render(document.body()).html());

        assertTrue(body.select("script, img, a, em, strong, code, pre, blockquote, table, ul, ol, h1, h3").isEmpty(),
                body.html());
        assertEquals(List.of("Markup That <em>Must</em> Stay Text"), body.select("h2").eachText());
        assertEquals(List.of(
                Documents.lineAfter(source, "Markup That <em>Must</em> Stay Text"),
                Documents.lineAfter(source, Documents.lineAfter(source, "Markup That <em>Must</em> Stay Text"))),
                body.select("p").eachText());
    }
}
