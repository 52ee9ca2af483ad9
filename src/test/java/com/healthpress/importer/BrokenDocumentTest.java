package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Documents that cannot be understood are rejected with the line and column of the problem. */
class BrokenDocumentTest {

    private static final String VALID = """
            {
            “@context”: “https://schema.org”,
            “@type”: “Article”,
            “headline”: “Better Sleep After Night Shifts”,
            “datePublished”: “2026-02-01”,
            “author”: { “@type”: “Person”, “name”: “Ada Moss” }
            }
            Better Sleep After Night Shifts
            Night shifts push sleep into daytime hours, when light and noise make it harder to stay asleep.
            Darkness Is the Priority
            Blackout blinds and an eye mask help the body treat daytime as night.
            ===SCHEMA_JSON_START===
            {
            “meta_title”: “Sleeping After Night Shifts”,
            “article_schema”: { “@type”: “Article”, “datePublished”: “2026-02-01” },
            “reviewed_by”: { “name”: “Dr. Lee” },
            “last_reviewed”: “2026-03-01”,
            “slug”: “night-shift-sleep”
            }
            ===SCHEMA_JSON_END===
            """;

    @Test
    void theValidDocumentTheOthersBreakReads() throws ImportException {
        assertEquals("Better Sleep After Night Shifts", DocumentParser.parse(VALID).title());
    }

    @Test
    void unterminatedStringIsReportedAtItsOpeningQuote() {
        ImportException e = reject(VALID.replace("“Better Sleep After Night Shifts”,", "“Better Sleep After Night Shifts,"));

        assertEquals("line 4, column 13: unterminated string (expected a closing quote before the end of line 4)",
                e.getMessage());
    }

    @Test
    void unterminatedStringInTheSchemaBlockIsReportedAtItsOpeningQuote() {
        String document = VALID.replace("“night-shift-sleep”", "“night-shift-sleep");
        ImportException e = reject(document);

        assertEquals(at(document, "“night-shift-sleep") + "unterminated string (expected a closing quote before the "
                + "end of line 18)", e.getMessage());
    }

    @Test
    void missingCommaIsReportedWhereTheCommaWasExpected() {
        ImportException e = reject(VALID.replace("“2026-02-01”,\n“author”", "“2026-02-01”\n“author”"));

        assertEquals("line 6, column 1: expected \",\" or \"}\" after the value of \"datePublished\"", e.getMessage());
    }

    @Test
    void missingSchemaEndNamesTheStartLine() {
        ImportException e = reject(VALID.replace("===SCHEMA_JSON_END===\n", ""));

        assertEquals("line 12: ===SCHEMA_JSON_START=== has no matching ===SCHEMA_JSON_END===", e.getMessage());
    }

    @Test
    void schemaEndWithoutStartNamesTheEndLine() {
        ImportException e = reject(VALID.replace("===SCHEMA_JSON_START===\n", ""));

        assertEquals("line 19: ===SCHEMA_JSON_END=== has no matching ===SCHEMA_JSON_START===", e.getMessage());
    }

    @Test
    void secondSchemaBlockIsRejected() {
        String document = VALID + VALID.substring(VALID.indexOf("===SCHEMA_JSON_START==="));

        assertEquals("line 21: a second ===SCHEMA_JSON_START=== (a document has one schema block)",
                reject(document).getMessage());
    }

    @Test
    void textStartingWithAParagraphAndNoHeadlineHasNoTitle() {
        String document = VALID.replace("“headline”: “Better Sleep After Night Shifts”,\n", "")
                .replace("Better Sleep After Night Shifts\n", "");
        ImportException e = reject(document);

        assertEquals(Documents.lineOf(document, "Night shifts push sleep"), e.line());
        assertEquals(0, e.column());
        assertTrue(e.problem().startsWith("the article text has no title line"), e.getMessage());
    }

    @Test
    void jsonLdFollowedByTheSchemaBlockHasNoArticleText() {
        ImportException e = reject(VALID.replaceAll("(?s)}\nBetter Sleep.*as night\\.\n", "}\n"));

        assertEquals("line 8: the document has no article text (expected a title line after the JSON-LD)",
                e.getMessage());
    }

    @Test
    void onlyJsonHasNoArticleText() {
        ImportException e = reject(VALID.substring(0, VALID.indexOf("Better Sleep After Night Shifts\n")));

        assertEquals("line 8: the document has no article text (expected a title line after the JSON-LD)",
                e.getMessage());
    }

    @Test
    void emptyFileIsRejected() {
        assertEquals("line 1: the document is empty (expected JSON-LD, then the article text)",
                reject("").getMessage());
        assertEquals("line 1: the document is empty (expected JSON-LD, then the article text)",
                reject(" \n\n\t\n").getMessage());
    }

    @Test
    void malformedDatePublishedInTheBlockNamesItsLineAndColumn() {
        String document = VALID.replace("“datePublished”: “2026-02-01” }", "“datePublished”: “01/02/2026” }");
        ImportException e = reject(document);

        assertEquals(at(document, "“01/02/2026”") + "\"datePublished\" must be a date like 2026-01-01 or a date and "
                + "time with offset like 2026-01-01T09:30:00+01:00, got \"01/02/2026\"", e.getMessage());
    }

    @Test
    void malformedLeadingDatePublishedIsAnErrorToo() {
        String document = VALID.replace("“datePublished”: “2026-02-01”,", "“datePublished”: “next Tuesday”,");

        assertEquals(5, reject(document).line());
    }

    @Test
    void dateTimeWithoutOffsetIsRejected() {
        String document = VALID.replace("“datePublished”: “2026-02-01” }", "“datePublished”: “2026-02-01T10:00” }");

        assertEquals(15, reject(document).line());
    }

    @Test
    void malformedLastReviewedIsRejected() {
        String document = VALID.replace("“2026-03-01”", "“March 2026”");
        ImportException e = reject(document);

        assertEquals(at(document, "“March 2026”") + "\"last_reviewed\" must be a date like 2026-01-01, got "
                + "\"March 2026\"", e.getMessage());
    }

    @Test
    void invalidSlugIsRejected() {
        String document = VALID.replace("“night-shift-sleep”", "“Night Shift Sleep”");
        ImportException e = reject(document);

        assertEquals(18, e.line());
        assertTrue(e.problem().startsWith("\"slug\" must be lower-case letters and digits"), e.getMessage());
    }

    @Test
    void schemaBlockThatIsNotAnObjectIsRejected() {
        String document = VALID.replaceAll("(?s)===SCHEMA_JSON_START===\n.*===SCHEMA_JSON_END===",
                "===SCHEMA_JSON_START===\n[1, 2]\n===SCHEMA_JSON_END===");

        assertEquals("line 13, column 1: expected \"{\" to start the JSON object of the ===SCHEMA_JSON_START=== block",
                reject(document).getMessage());
    }

    @Test
    void emptySchemaBlockIsRejected() {
        String document = VALID.replaceAll("(?s)===SCHEMA_JSON_START===\n.*===SCHEMA_JSON_END===",
                "===SCHEMA_JSON_START===\n\n===SCHEMA_JSON_END===");

        assertEquals("line 12: the ===SCHEMA_JSON_START=== block is empty (expected one JSON object before "
                + "===SCHEMA_JSON_END===)", reject(document).getMessage());
    }

    @Test
    void textAfterTheObjectInsideTheSchemaBlockIsRejected() {
        String document = VALID.replace("}\n===SCHEMA_JSON_END===", "}\nmore words\n===SCHEMA_JSON_END===");

        assertEquals("line 20, column 1: expected ===SCHEMA_JSON_END=== after the JSON object of the schema block",
                reject(document).getMessage());
    }

    @Test
    void numberWhereTextBelongsIsRejected() {
        String document = VALID.replace("“Sleeping After Night Shifts”", "42");

        assertEquals("line 14, column 15: expected text for \"meta_title\"", reject(document).getMessage());
    }

    @Test
    void articleSchemaThatIsNotAnObjectIsRejected() {
        String document = VALID.replace("{ “@type”: “Article”, “datePublished”: “2026-02-01” }", "“an article”");

        assertEquals("line 15, column 19: expected a JSON object for \"article_schema\"", reject(document).getMessage());
    }

    @Test
    void overlongMarkdownTitleIsRejected() {
        String document = VALID.replace("Better Sleep After Night Shifts\nNight", "# " + "Sleep ".repeat(60) + "\nNight");

        assertEquals("line 8: the title is longer than 300 characters", reject(document).getMessage());
    }

    @Test
    void binaryContentIsRejected() {
        assertEquals("line 9, column 7: the document contains a NUL character (expected a text file)",
                reject(VALID.replace("Night shifts", "Night \0shifts")).getMessage());
    }

    @Test
    void topicWithoutLettersIsRejected() {
        String document = VALID.replace("“slug”", "“topic”: “???”,\n“slug”");

        assertEquals("line 18, column 10: \"topic\" must contain letters or digits", reject(document).getMessage());
    }

    private static ImportException reject(String document) {
        return assertThrows(ImportException.class, () -> DocumentParser.parse(document));
    }

    /** "line L, column C: " for the first place the snippet stands in the document. */
    private static String at(String document, String snippet) {
        int line = Documents.lineOf(document, snippet);
        String text = document.lines().toList().get(line - 1);
        return "line " + line + ", column " + (text.indexOf(snippet) + 1) + ": ";
    }
}
