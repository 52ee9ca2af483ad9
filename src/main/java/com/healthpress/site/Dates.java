package com.healthpress.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Date formatting, the site's one readable form of a day ("2 March 2026", in UTC) and ISO 8601 for
 * {@code <time datetime>}; templates reach it as {@code dates}.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** "2 March 2026" for a date or an instant (its day in UTC); empty for none. */
    public static String day(TemporalAccessor date) {
        return date == null ? "" : DAY.format(date);
    }

    /** {@link #day} for templates. */
    public String human(TemporalAccessor date) {
        return day(date);
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
