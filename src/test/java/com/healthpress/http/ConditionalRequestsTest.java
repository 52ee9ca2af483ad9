package com.healthpress.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conditional and content-coding headers, read one way for pages, static files and images. */
class ConditionalRequestsTest {

    private static final Instant CHANGED = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void matchesTheTagWeaklyInAListOrAnyTag() {
        assertTrue(ConditionalRequests.anyTagMatches("\"abc\"", "\"abc\""));
        assertTrue(ConditionalRequests.anyTagMatches("W/\"abc\"", "\"abc\""));
        assertTrue(ConditionalRequests.anyTagMatches("\"x\", \"abc\"", "\"abc\""));
        assertTrue(ConditionalRequests.anyTagMatches("\"x,y\",\"abc\"", "\"abc\""));
        assertTrue(ConditionalRequests.anyTagMatches("*", "\"abc\""));
    }

    @Test
    void noHeaderOtherTagsOrUnquotedTagsDoNotMatch() {
        assertFalse(ConditionalRequests.anyTagMatches(null, "\"abc\""));
        assertFalse(ConditionalRequests.anyTagMatches("", "\"abc\""));
        assertFalse(ConditionalRequests.anyTagMatches("\"abcd\"", "\"abc\""));
        assertFalse(ConditionalRequests.anyTagMatches("abc", "\"abc\""));
        assertFalse(ConditionalRequests.anyTagMatches("\"abc-gz\"", "\"abc\""));
        assertFalse(ConditionalRequests.anyTagMatches("\"ab--x\"", "\"ab--cd\""), "no suffix matching");
    }

    @Test
    void ifNoneMatchDecidesWhenPresentOtherwiseIfModifiedSinceInAnyOfTheThreeDateFormats() {
        assertTrue(ConditionalRequests.notModified(null, "Sun, 06 Nov 1994 08:49:37 GMT", "\"t\"", CHANGED));
        assertTrue(ConditionalRequests.notModified(null, "Sunday, 06-Nov-94 08:49:37 GMT", "\"t\"", CHANGED));
        assertTrue(ConditionalRequests.notModified(null, "Sun Nov  6 08:49:37 1994", "\"t\"", CHANGED));
        assertFalse(ConditionalRequests.notModified(null, "Sun, 06 Nov 1994 08:49:36 GMT", "\"t\"", CHANGED));
        assertFalse(ConditionalRequests.notModified(null, "not a date", "\"t\"", CHANGED));
        assertFalse(ConditionalRequests.notModified(null, null, "\"t\"", CHANGED));
        assertFalse(ConditionalRequests.notModified("\"other\"", "Sun, 06 Nov 1994 08:49:37 GMT", "\"t\"", CHANGED));
        assertTrue(ConditionalRequests.notModified("\"t\"", null, "\"t\"", CHANGED));
    }

    @Test
    void acceptedEncodingsAreTheListedCodingsInLowerCaseWithoutThoseOfQualityZero() {
        assertEquals(List.of("gzip", "deflate", "br"), ConditionalRequests.acceptedEncodings("gzip, deflate, BR"));
        assertEquals(List.of(), ConditionalRequests.acceptedEncodings("gzip;q=0, br;q=0.000"));
        assertEquals(List.of("br"), ConditionalRequests.acceptedEncodings("gzip; q = 0, br;q=0.001"));
        assertEquals(List.of(), ConditionalRequests.acceptedEncodings(null));
    }

    @Test
    void aHeaderAskedAgainGetsTheSameAnswerAndManyDistinctHeadersAreEachReadRight() {
        assertEquals(List.of("br", "gzip"), ConditionalRequests.acceptedEncodings("gzip;q=0.5, br"));
        assertEquals(List.of("br", "gzip"), ConditionalRequests.acceptedEncodings("gzip;q=0.5, br"));
        for (int i = 1; i <= 1000; i++) {
            String quality = String.format(java.util.Locale.ROOT, "%.3f", i / 1000.0);
            assertEquals(i < 500 ? List.of("gzip", "x-" + i) : List.of("x-" + i, "gzip"),
                    ConditionalRequests.acceptedEncodings("x-" + i + ";q=" + quality + ", gzip;q=0.5"), quality);
        }
    }
}
