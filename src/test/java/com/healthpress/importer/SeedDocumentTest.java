package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.markdown.MarkdownRenderer;
import com.healthpress.markdown.Section;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real article document the format was taken from, read in full. */
class SeedDocumentTest {

    private static final List<String> SECTIONS = List.of(
            "The Intersection of Physical Pain and Emotional Intimacy",
            "Identifying Pain Profiles to Optimize Movement",
            "Ergonomic Modifications and Practical Positioning",
            "Addressing Performance Anxiety and the Fear-Avoidance Model",
            "Integrating Clinical Support and Therapeutic Modalities",
            "A Holistic Framework for Long-Term Recovery",
            "Conclusion: Prioritizing Connection and Physical Safety");
    private static final List<String> QUESTIONS = List.of(
            "How can I prevent back pain during intimacy?",
            "What are the best positions for lower back pain?",
            "Why does my back hurt after sexual activity?",
            "Can psychological therapy help with pain-related intimacy issues?",
            "Which medical professionals should I consult for pain-free intimacy?");

    private static String seed;
    private static ParsedDocument document;

    @BeforeAll
    static void read() throws ImportException {
        seed = Documents.read("seed.txt");
        document = DocumentParser.parse(seed);
    }

    @Test
    void titleIsTheFirstLineOfText() {
        assertEquals("Strategies for Navigating Sex for Back Pain Relief and Emotional Connection", document.title());
    }

    @Test
    void sevenSectionsInOrderEndingWithTheConclusion() {
        assertEquals(SECTIONS, document.sectionHeadings());
        assertTrue(document.sectionHeadings().get(6).startsWith("Conclusion:"));
    }

    @Test
    void bodyRendersWithTheSameSections() {
        List<String> rendered = new MarkdownRenderer().render(document.body()).sections().stream()
                .map(Section::title).toList();

        assertEquals(SECTIONS, rendered);
    }

    @Test
    void leadIsTheParagraphAfterTheTitle() {
        assertEquals("Chronic spinal discomfort often creates a significant barrier to physical intimacy, leading to a "
                + "complex cycle of avoidance, frustration, and emotional distance between partners. Addressing the "
                + "intersection of physical ergonomics and psychological well-being is essential for maintaining a "
                + "healthy relationship while prioritizing long-term recovery and spinal integrity in 2026.",
                document.lead());
        assertFalse(document.body().contains("Chronic spinal discomfort"), "the lead is not repeated in the body");
    }

    @Test
    void bodyIsEachSectionHeadingFollowedByItsParagraph() {
        String body = document.body();
        for (String section : SECTIONS) {
            String paragraph = Documents.lineAfter(seed, section);
            assertTrue(body.contains("## " + section + "\n\n" + paragraph), "section " + section);
        }
        assertTrue(body.startsWith("## The Intersection of Physical Pain and Emotional Intimacy\n\n"));
        assertTrue(body.endsWith("remain robust for years to come."));
    }

    @Test
    void faqIsTheSchemasFiveQuestionsWithTheirAnswersExactly() {
        List<FaqItem> expected = QUESTIONS.stream()
                .map(question -> new FaqItem(question, Documents.lineAfter(seed, question)))
                .toList();

        assertEquals(expected, document.faq());
        assertTrue(document.faq().get(1).answer().contains("the side-lying “spooning” position remains"));
        assertTrue(document.faq().get(2).answer().contains("clinicians also point to “rebound pain,” where the"));
    }

    @Test
    void faqTextIsNotBodyText() {
        for (String question : QUESTIONS) {
            assertFalse(document.body().contains(question), question);
        }
        assertFalse(document.body().contains("Preventing back pain during intimacy involves"));
        assertFalse(document.body().contains("SCHEMA_JSON"));
        assertFalse(document.body().contains("@context"));
    }

    @Test
    void metaValuesComeFromTheSchemaBlock() {
        assertEquals("Sex for Back Pain: 2026 Guide to Safe Positions & Intimacy", document.metaTitle());
        assertEquals("Discover ergonomic positions and psychological strategies for sex for back pain relief. "
                + "Improve intimacy and manage spinal health with expert advice.", document.metaDescription());
        assertEquals("sex for back", document.focusKeyword());
    }

    @Test
    void datePublishedComesFromTheBlockAndTheEmptyLeadingOneIsIgnored() {
        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), document.datePublished());
    }

    @Test
    void authorIsTheBlocksOrganizationNotTheEmptyLeadingPerson() {
        assertEquals(Author.organization("Site editorial team"), document.author());
    }

    @Test
    void readsWithoutWarnings() {
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void hasNoExtensionValues() {
        assertEquals(Optional.empty(), document.slug());
        assertEquals(Optional.empty(), document.topic());
        assertEquals(Optional.empty(), document.review());
    }

    @Test
    void readsTheSameWithWindowsLineBreaks() throws ImportException {
        ParsedDocument crlf = DocumentParser.parse(seed.replace("\n", "\r\n"));

        assertEquals(document, crlf);
    }
}
