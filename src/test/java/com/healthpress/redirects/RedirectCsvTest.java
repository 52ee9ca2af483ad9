package com.healthpress.redirects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a file of redirects: lines by their number in the file, the header and blank lines left out. */
class RedirectCsvTest {

    @Test
    void linesKeepTheirNumbersInTheFilePastBlankLinesHeadersAndQuotedCommas() {
        RedirectCsv.Parsed parsed = RedirectCsv.parse("""
                from,to,status
                /old-a,/articles/a,301

                "/old,b", /articles/b
                /gone,,410
                """);

        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(
                new RedirectCsv.Line(2, "/old-a", "/articles/a", "301"),
                new RedirectCsv.Line(4, "/old,b", "/articles/b", ""),
                new RedirectCsv.Line(5, "/gone", "", "410")), parsed.lines());
    }

    @Test
    void aQuotedFieldOverSeveralLinesCountsTheLinesItTakes() {
        RedirectCsv.Parsed parsed = RedirectCsv.parse("/a,\"/b\n\",301\n/c,/d\n");

        assertEquals(3, parsed.lines().get(1).number());
    }

    @Test
    void aLineWithTooManyColumnsIsAProblemOfItsLineButTrailingEmptyColumnsAreNot() {
        RedirectCsv.Parsed parsed = RedirectCsv.parse("/a,/b,301,,\n/c,/d,301,extra\n");

        assertEquals(List.of(new RedirectCsv.Problem(2, "This line has 4 columns; a line has three at most: "
                + "from,to,status.")), parsed.problems());
        assertEquals(1, parsed.lines().size());
    }

    @Test
    void spreadsheetFilesWithSemicolonsAndAByteOrderMarkAreRead() {
        RedirectCsv.Parsed parsed = RedirectCsv.parse("\uFEFFFrom;To;Status\r\n/a;/b;302\r\n");

        assertEquals(List.of(new RedirectCsv.Line(2, "/a", "/b", "302")), parsed.lines());
    }

    @Test
    void anUnclosedQuoteStopsTheFileAtItsLine() {
        RedirectCsv.Parsed parsed = RedirectCsv.parse("/a,/b\n/c,\"/d\n/e,/f\n");

        assertEquals(1, parsed.problems().size());
        assertEquals(2, parsed.problems().get(0).line());
        assertTrue(parsed.problems().get(0).reason().contains("not closed"));
    }

    @Test
    void anEmptyFileAndOneTooLongAreProblemsOfTheWholeFile() {
        assertEquals(0, RedirectCsv.parse("\n\n").problems().get(0).line());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= RedirectCsv.MAX_LINES; i++) {
            many.append("/p").append(i).append(",/q\n");
        }
        List<RedirectCsv.Problem> problems = RedirectCsv.parse(many.toString()).problems();
        assertEquals(0, problems.get(problems.size() - 1).line());
        assertTrue(problems.get(problems.size() - 1).reason().contains("split it"));
    }
}
