package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of the document format, proved with a document of its own. */
class DocumentParserTest {

    @Test
    void plainJsonWithStraightQuotesImports() throws ImportException {
        ParsedDocument document = parse("straight-quotes.txt");

        assertEquals("Hydration and Headaches", document.title());
        assertEquals("Hydration and Headaches: Does Water Help?", document.metaTitle());
        assertEquals(List.of("How Dehydration Triggers Pain", "Practical Ways to Stay Hydrated"),
                document.sectionHeadings());
        assertEquals(Optional.of(Instant.parse("2026-03-10T07:30:00Z")), document.datePublished());
        assertEquals(new Author("Dr. Ines Calloway", Author.Kind.Person, "https://example.org/ines"), document.author());
        assertEquals(Optional.of("hydration-headaches"), document.slug());
        assertEquals(new FaqItem("Can dehydration cause a headache?", "Yes. Even mild dehydration can trigger a "
                + "headache in some people.\nDrinking water often helps within a few hours."), document.faq().get(0));
        assertEquals(2, document.faq().size());
        assertFalse(document.body().contains("How much water should I drink?"));
    }

    @Test
    void escapedLineBreakInASchemaAnswerStillMatchesTheOneLineTextAnswer() throws ImportException {
        assertEquals(List.of(), parse("straight-quotes.txt").warnings());
    }

    @Test
    void straightQuoteInsideATypographicValueIsKeptAsText() throws ImportException {
        ParsedDocument document = parse("straight-quote-inside.txt");

        assertEquals("Knee Pain on Stairs: Causes and the 10\" Step Test", document.metaTitle());
        assertEquals("Why knees hurt on stairs, what a “clicking” knee means, and a simple 10\" step test.",
                document.metaDescription());
        assertEquals(Author.person("Sam \"Coach\" Ortega"), document.author());
        assertEquals(List.of(new FaqItem("What does a \"clicking\" knee mean?", "A painless click is usually harmless; "
                + "clinicians call it “crepitus,” and it needs checking only when pain, swelling or locking come "
                + "with it.")), document.faq());
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void jsonLdInScriptTagsWithAGraphAndAFencedBlockImports() throws ImportException {
        ParsedDocument document = parse("script-wrapped.txt");

        assertEquals("Seasonal Allergies: Calming Hay Fever at Home", document.title());
        assertEquals("Hay Fever at Home: Simple Ways to Ease Symptoms", document.metaTitle());
        assertEquals("Home measures that ease hay fever symptoms.", document.metaDescription());
        assertEquals(new Author("Allergy desk", Author.Kind.Organization, "https://example.org/allergy"),
                document.author());
        assertEquals(Optional.of(Instant.parse("2026-04-01T00:00:00Z")), document.datePublished());
        assertEquals(List.of("Keeping Pollen Outdoors"), document.sectionHeadings());
        assertEquals(List.of("Do air purifiers help with hay fever?"), questions(document));
        assertFalse(document.body().contains("script"));
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void schemaBlockWinsOverTheLeadingJsonLd() throws ImportException {
        ParsedDocument document = parse("meta-wins.txt");

        assertEquals("Iron Deficiency Without Anaemia: Signs and Next Steps", document.metaTitle());
        assertEquals("Block description about iron.", document.metaDescription());
        assertEquals("iron deficiency", document.focusKeyword());
        assertEquals(Optional.of(Instant.parse("2026-03-01T08:30:00Z")), document.datePublished());
        assertEquals(new Author("Block Editorial Desk", Author.Kind.Organization, "https://example.org/desk"),
                document.author());
        assertEquals(List.of("Does low ferritin always need treatment?"), questions(document));
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void extensionKeysGiveTopicReviewAndSlug() throws ImportException {
        ParsedDocument document = parse("meta-wins.txt");

        assertEquals(Optional.of("Blood health"), document.topic());
        assertEquals(Optional.of(new MedicalReview("Dr. Amara Quist", "MD, Haematology", LocalDate.of(2026, 6, 30))),
                document.review());
        assertEquals(Optional.of("iron-deficiency-without-anaemia"), document.slug());
    }

    @Test
    void emptyBlockValuesNeverHideRealLeadingOnes() throws ImportException {
        ParsedDocument document = parse("empty-meta-values.txt");

        assertEquals("Leading headline about vitamin D", document.metaTitle());
        assertEquals("Leading description about vitamin D.", document.metaDescription());
        assertEquals("", document.focusKeyword());
        assertEquals(Optional.of(Instant.parse("2025-11-20T00:00:00Z")), document.datePublished());
        assertEquals(new Author("Dr. Leading Writer", Author.Kind.Person, "https://example.org/leading"),
                document.author());
        assertEquals(List.of("Should I test my vitamin D level?"), questions(document));
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void withoutAnyValuesTheFallbacksApply() throws ImportException {
        ParsedDocument document = DocumentParser.parse("""
                {“@type”: “Article”}
                Walking for Heart Health
                %s
                Getting Started
                Begin with ten minutes a day and add a few minutes each week.
                """.formatted("Brisk walking most days lowers blood pressure, improves cholesterol and lifts mood, "
                + "and it needs no equipment beyond comfortable shoes and a route you enjoy walking on."));

        assertEquals("Walking for Heart Health", document.metaTitle());
        assertEquals("Brisk walking most days lowers blood pressure, improves cholesterol and lifts mood, and it "
                + "needs no equipment beyond comfortable shoes and a route you enjoy", document.metaDescription());
        assertTrue(document.metaDescription().length() <= 160);
        assertEquals("", document.focusKeyword());
        assertEquals(Author.organization("Editorial team"), document.author());
        assertEquals(Optional.empty(), document.datePublished());
        assertEquals(List.of(), document.faq());
    }

    @Test
    void questionShapedLinesAndMarkdownHeadingsAreSectionHeadings() throws ImportException {
        ParsedDocument document = parse("question-headings.txt");

        assertEquals("Migraine Basics: Triggers, Treatment and When to Worry", document.title());
        assertEquals(List.of("What Causes Migraines?", "How Are Migraines Treated?", "Living Well With Migraine",
                "When Should You See a Doctor?"), document.sectionHeadings());
        assertTrue(document.body().contains("## When Should You See a Doctor?\n\nSeek urgent care"));
        assertEquals(List.of(), document.faq());
    }

    @Test
    void bulletAndNumberedLinesBecomeMarkdownLists() throws ImportException {
        ParsedDocument document = parse("lists.txt");

        assertEquals(List.of("What to Pack", "Cleaning a Small Cut"), document.sectionHeadings());
        assertEquals("""
                ## What to Pack

                - Plasters in several sizes
                - Sterile gauze and tape
                - Disposable gloves

                Check the kit every six months and replace anything that is used up or past its date.

                ## Cleaning a Small Cut

                1. Wash your hands.
                2. Rinse the cut under clean running water.
                3. Cover it with a sterile dressing.

                See a clinician if the bleeding does not stop after ten minutes of firm pressure.""", document.body());
    }

    @Test
    void faqTextThatDiffersFromTheSchemaIsAWarningNamingTheLine() throws ImportException {
        String text = Documents.read("faq-differs.txt");
        ParsedDocument document = DocumentParser.parse(text);

        assertEquals(List.of(
                new ImportWarning(Documents.lineOf(text, "Usually not — but see a doctor soon."),
                        "the answer to the FAQ question \"Can heartburn be a sign of something serious?\" differs "
                                + "from the FAQ schema; the schema's answer is used"),
                new ImportWarning(Documents.lineOf(text, "“name”: “Do antacids interact"),
                        "the FAQ question \"Do antacids interact with other medicines?\" from the FAQ schema is not "
                                + "in the article text")),
                document.warnings());
    }

    @Test
    void theSchemasFaqIsStoredAndItsTextIsNotBody() throws ImportException {
        ParsedDocument document = parse("faq-differs.txt");

        assertEquals(List.of("Is heartburn the same as acid reflux?", "Can heartburn be a sign of something serious?",
                "Do antacids interact with other medicines?"), questions(document));
        assertEquals("Usually not, but heartburn with trouble swallowing, weight loss or vomiting needs prompt "
                + "medical review.", document.faq().get(1).answer());
        assertEquals(List.of("Common Triggers"), document.sectionHeadings());
        assertFalse(document.body().contains("FAQ"));
        assertFalse(document.body().contains("acid reflux?"));
    }

    @Test
    void faqTextWithLabelsCaseAndQuoteDifferencesStillMatchesTheSchema() throws ImportException {
        ParsedDocument document = DocumentParser.parse("""
                {“@type”: “FAQPage”, “mainEntity”: [
                {“@type”: “Question”, “name”: “What’s a normal resting heart rate?”,
                 “acceptedAnswer”: {“@type”: “Answer”, “text”: “For most adults, 60 to 100 beats a minute.”}}]}
                Resting Heart Rate
                Your resting heart rate is how often your heart beats a minute while you are calm and still.
                Measuring It
                Count your pulse for a full minute while you sit still.
                Frequently Asked Questions:
                **Q: what's a normal resting heart rate**
                A: For most adults, 60 to 100 beats a minute.
                """);

        assertEquals(List.of(new FaqItem("What’s a normal resting heart rate?",
                "For most adults, 60 to 100 beats a minute.")), document.faq());
        assertEquals("## Measuring It\n\nCount your pulse for a full minute while you sit still.", document.body());
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void aDocumentWithoutFaqHasNone() throws ImportException {
        ParsedDocument document = parse("no-faq.txt");

        assertEquals(List.of(), document.faq());
        assertEquals(List.of("Three Stretches to Try"), document.sectionHeadings());
        assertEquals("desk stretches", document.focusKeyword());
        assertEquals("Three short stretches that ease stiffness after long hours at a desk.", document.metaDescription());
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void withoutASchemaTheQuestionsAfterAnFaqHeadingAreTheFaq() throws ImportException {
        ParsedDocument document = parse("faq-heading-only.txt");

        assertEquals(List.of(
                new FaqItem("What SPF should children use?", "Most guidance suggests SPF 30 or higher with good UVA "
                        + "protection."),
                new FaqItem("Is sunscreen safe for babies?", "Babies under six months should be kept out of direct "
                        + "sun; ask a pharmacist about products for older babies.")), document.faq());
        assertEquals(List.of("Shade, Clothing and Sunscreen"), document.sectionHeadings());
        assertFalse(document.body().contains("Frequently Asked Questions"));
    }

    @Test
    void withoutASchemaOrAnFaqHeadingTrailingQuestionsStayInTheBody() throws ImportException {
        ParsedDocument document = DocumentParser.parse(Documents.read("faq-heading-only.txt")
                .replace("Frequently Asked Questions\n", ""));

        assertEquals(List.of(), document.faq());
        assertEquals(List.of("Shade, Clothing and Sunscreen", "What SPF should children use?",
                "Is sunscreen safe for babies?"), document.sectionHeadings());
    }

    @Test
    void firstParagraphAfterAHeadingLeadsWhenNoneComesBefore() throws ImportException {
        ParsedDocument document = DocumentParser.parse("""
                {“@type”: “Article”}
                Cold or Flu?
                Telling Them Apart
                Flu usually starts suddenly with fever and aches, while a cold builds slowly with a runny nose.
                """);

        assertEquals("Flu usually starts suddenly with fever and aches, while a cold builds slowly with a runny nose.",
                document.lead());
        assertEquals(List.of("Telling Them Apart"), document.sectionHeadings());
        assertEquals(List.of(new ImportWarning(4, "no lead paragraph between the title and the first heading; this "
                + "paragraph is also used as the lead")), document.warnings());
    }

    @Test
    void headlineTitlesATextThatStartsWithAParagraph() throws ImportException {
        ParsedDocument document = DocumentParser.parse("""
                {“@type”: “Article”, “headline”: “Eye Strain From Screens”}
                Looking at screens for hours can leave the eyes dry, tired and sore.
                Try the 20-20-20 Rule
                Every twenty minutes, look at something twenty feet away for twenty seconds.
                """);

        assertEquals("Eye Strain From Screens", document.title());
        assertEquals("Looking at screens for hours can leave the eyes dry, tired and sore.", document.lead());
        assertEquals(2, document.warnings().get(0).line());
    }

    @Test
    void textAfterTheSchemaBlockIsIgnoredWithAWarning() throws ImportException {
        String text = Documents.read("no-faq.txt") + "\nstray words\n";
        ParsedDocument document = DocumentParser.parse(text);

        assertEquals(List.of(new ImportWarning(Documents.lineOf(text, "stray words"),
                "text after ===SCHEMA_JSON_END=== is ignored")), document.warnings());
    }

    private static ParsedDocument parse(String name) throws ImportException {
        return DocumentParser.parse(Documents.read(name));
    }

    private static List<String> questions(ParsedDocument document) {
        return document.faq().stream().map(FaqItem::question).toList();
    }
}
