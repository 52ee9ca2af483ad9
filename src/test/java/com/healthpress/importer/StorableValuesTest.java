package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Values that read as JSON and as dates but that a database cannot store are rejected where they stand, instead of
 * failing the import in the database (PostgreSQL refuses both; H2 took them). The property tests found both.
 */
class StorableValuesTest {

    private static final String DOCUMENT = Documents.read("meta-wins.txt");
    private static final String META_TITLE = "“meta_title”: “Iron Deficiency";
    private static final String DATE_PUBLISHED = "“datePublished”: “2026-03-01T09:30:00+01:00”";

    @Test
    void nulEscapeIsRejectedAtItsBackslash() {
        String document = DOCUMENT.replace(META_TITLE, "“meta_title”: “Iron\\u0000 Deficiency");

        assertEquals("line " + Documents.lineOf(document, "\\u0000") + ", column 20: the escape \\u0000 stands for a "
                + "NUL character, which no text may hold", reject(document).getMessage());
    }

    @Test
    void otherEscapesStillRead() throws ImportException {
        String document = DOCUMENT.replace(META_TITLE, "“meta_title”: “Iron\\u0001\\u00e9 Deficiency");

        assertEquals("Iron\u0001é Deficiency Without Anaemia: Signs and Next Steps",
                DocumentParser.parse(document).metaTitle());
    }

    @Test
    void publicationYearBeyondFourDigitsIsRejectedAtTheDate() {
        String document = DOCUMENT.replace(DATE_PUBLISHED, "“datePublished”: “+300000-03-01T09:30:00+01:00”");

        assertEquals("line 30, column 18: \"datePublished\" must be in the years 0000 to 9999, got "
                + "\"+300000-03-01T09:30:00+01:00\"", reject(document).getMessage());
    }

    @Test
    void publicationYearBeforeYearZeroIsRejected() {
        String document = DOCUMENT.replace(DATE_PUBLISHED, "“datePublished”: “-5000-03-01T09:30:00Z”");

        assertEquals("line 30, column 18: \"datePublished\" must be in the years 0000 to 9999, got "
                + "\"-5000-03-01T09:30:00Z\"", reject(document).getMessage());
    }

    @Test
    void firstAndLastFourDigitYearsRead() throws ImportException {
        String first = DOCUMENT.replace(DATE_PUBLISHED, "“datePublished”: “0000-01-01T00:00:00Z”");
        String last = DOCUMENT.replace(DATE_PUBLISHED, "“datePublished”: “9999-12-31T23:59:59+01:00”");

        assertEquals(Optional.of(Instant.parse("0000-01-01T00:00:00Z")), DocumentParser.parse(first).datePublished());
        assertEquals(Optional.of(Instant.parse("9999-12-31T22:59:59Z")), DocumentParser.parse(last).datePublished());
    }

    private static ImportException reject(String document) {
        return assertThrows(ImportException.class, () -> DocumentParser.parse(document));
    }
}
