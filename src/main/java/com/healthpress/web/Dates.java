package com.healthpress.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Date formatting for templates: a readable form for people and ISO 8601 for {@code <time datetime>}. */
public final class Dates {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String human(TemporalAccessor date) {
        return date == null ? "" : HUMAN.format(date);
    }

    /** "2026-01-01T09:30:00Z" for an instant (to the second), "2026-01-01" for a date. */
    public String iso(Object date) {
        if (date instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (date instanceof LocalDate day) {
            return day.toString();
        }
        return "";
    }

    /** Whether an article was changed on a later day than it was published, so "Updated" is worth showing. */
    public boolean updatedLater(Instant published, Instant updated) {
        return published != null && updated != null
                && updated.truncatedTo(ChronoUnit.DAYS).isAfter(published.truncatedTo(ChronoUnit.DAYS));
    }
}
