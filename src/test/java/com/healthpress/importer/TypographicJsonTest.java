package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TypographicJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void typographicQuotesDelimitStrings() throws Exception {
        assertEquals("{\"@type\":\"Article\",\"headline\":\"Back pain\"}",
                TypographicJson.repair("{\n“@type”: “Article”,\n“headline”: “Back pain”\n}"));
    }

    @Test
    void typographicQuotesInsideValuesStayText() throws Exception {
        JsonNode node = read("{“text”: “the side-lying “spooning” position and “rebound pain,” where the body rests”}");

        assertEquals("the side-lying “spooning” position and “rebound pain,” where the body rests",
                node.get("text").asText());
    }

    @Test
    void quotedPhrasesSeparatedByACommaInsideAValueStayText() throws Exception {
        JsonNode node = read("{“a”: “terms such as “flexion”, “extension” and “neutral”.”, “b”: “next”}");

        assertEquals("terms such as “flexion”, “extension” and “neutral”.", node.get("a").asText());
        assertEquals("next", node.get("b").asText());
    }

    @Test
    void straightQuoteInsideTypographicValueIsEscapedText() throws Exception {
        assertEquals("{\"a\":\"a 10\\\" step and \\\"Coach\\\" Sam\"}",
                TypographicJson.repair("{“a”: “a 10\" step and \"Coach\" Sam”}"));
    }

    @Test
    void plainJsonWithStraightQuotesIsUnchanged() throws Exception {
        String json = "{\"a\":\"say \\\"hi\\\"\\n\",\"b\":[1,-2.5e3,true,false,null,{}],\"c\":{\"d\":[]}}";

        assertEquals(json, TypographicJson.repair(json));
    }

    @Test
    void arraysCloseTheirStringsAtCommasAndBrackets() throws Exception {
        assertEquals("{\"k\":[\"a\",\"b\",{\"c\":\"d\"}]}", TypographicJson.repair("{ “k” : [ “a” , “b”, {“c”: “d”} ] }"));
    }

    @Test
    void validEscapesStayAndLoneBackslashesBecomeText() throws Exception {
        JsonNode node = read("{“a”: “C:\\path\\n\\u00e9 \\” quoted”}");

        assertEquals("C:\\path\né ” quoted", node.get("a").asText());
    }

    @Test
    void rawLineBreaksAndTabsInStringsBecomeEscapes() throws Exception {
        assertEquals("{\"a\":\"one\\ntwo\\tthree\"}", TypographicJson.repair("{“a”: “one\ntwo\tthree”}"));
    }

    @Test
    void missingCommaIsReportedAtTheNextKey() {
        ImportException e = assertThrows(ImportException.class, () -> TypographicJson.repair(
                "{\n  “@type”: “Article”,\n  “headline”: “Title”\n  “datePublished”: “2026-01-01”\n}"));

        assertEquals("line 4, column 3: expected \",\" or \"}\" after the value of \"headline\"", e.getMessage());
    }

    @Test
    void missingCommaOnOneLineIsReportedAtTheNextKey() {
        ImportException e = assertThrows(ImportException.class,
                () -> TypographicJson.repair("{“a”: “b” “c”: “d”}"));

        assertEquals("line 1, column 11: expected \",\" or \"}\" after the value of \"a\"", e.getMessage());
    }

    @Test
    void unterminatedStringIsReportedAtItsOpeningQuote() {
        ImportException e = assertThrows(ImportException.class, () -> TypographicJson.repair(
                "{\n“@type”: “Article”,\n“headline”: “Unclosed headline,\n“datePublished”: “2026-01-01”\n}"));

        assertEquals(3, e.line());
        assertEquals(13, e.column());
        assertTrue(e.problem().startsWith("unterminated string"), e.getMessage());
    }

    @Test
    void stringRunningToTheEndIsUnterminated() {
        ImportException e = assertThrows(ImportException.class, () -> TypographicJson.repair("{“a”: “never closed"));

        assertEquals("line 1, column 7: unterminated string (expected a closing quote before the end of line 1)",
                e.getMessage());
    }

    @Test
    void missingColonIsReportedAfterTheKey() {
        ImportException e = assertThrows(ImportException.class, () -> TypographicJson.repair("{\n“headline” “x”\n}"));

        assertEquals("line 2, column 12: expected \":\" after the key \"headline\"", e.getMessage());
    }

    @Test
    void missingColonOnALaterLineIsNotSwallowedByThePreviousValue() {
        ImportException e = assertThrows(ImportException.class,
                () -> TypographicJson.repair("{\n“a”: “x”,\n“b” “y”\n}"));

        assertEquals("line 3, column 5: expected \":\" after the key \"b\"", e.getMessage());
    }

    @Test
    void objectCutShortSaysTheJsonEnds() {
        ImportException e = assertThrows(ImportException.class, () -> TypographicJson.repair("{“a”: “b”,"));

        assertEquals("line 1, column 11: expected a quoted key after \",\", but the JSON ends here", e.getMessage());
    }

    @Test
    void unquotedValueIsReported() {
        ImportException e = assertThrows(ImportException.class, () -> TypographicJson.repair("{“a”: yes}"));

        assertEquals("line 1, column 7: expected a value for \"a\"", e.getMessage());
    }

    @Test
    void nestingBeyondTheLimitIsAnImportErrorNotAStackOverflow() {
        ImportException e = assertThrows(ImportException.class, () -> TypographicJson.repair("[".repeat(100_000)));

        assertTrue(e.problem().contains("nested more than " + TypographicJson.MAX_DEPTH), e.getMessage());
    }

    @Test
    void columnsCountCharactersAsReadersSeeThem() {
        ImportException e = assertThrows(ImportException.class, () -> TypographicJson.repair("{“😀”: “x” “b”: 1}"));

        assertEquals(11, e.column());
    }

    private static JsonNode read(String text) throws Exception {
        return JSON.readTree(TypographicJson.repair(text));
    }
}
