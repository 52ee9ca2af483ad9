package com.healthpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One readable form of a day for templates, page titles, revision diffs and editorial checks. */
class DatesTest {

    @Test
    void aDayReadsTheSameFromADateAnInstantInUtcAndATemplate() {
        assertEquals("2 March 2026", Dates.day(LocalDate.of(2026, 3, 2)));
        assertEquals("2 March 2026", Dates.day(Instant.parse("2026-03-02T23:59:59Z")));
        assertEquals("2 March 2026", new Dates().human(Instant.parse("2026-03-02T00:00:00Z")));
        assertEquals("", Dates.day(null));
    }
}
