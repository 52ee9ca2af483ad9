package com.healthpress.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the dates of a document's schema: a publication instant and a review day. */
final class SchemaDates {

    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int MAX_YEAR = 9_999;

    private SchemaDates() {
    }

    /** "2026-01-01" (midnight UTC) or an ISO-8601 date-time with offset; empty when blank; otherwise an error. */
    static Optional<Instant> instant(SourcedJson value) throws ImportException {
        Optional<String> text = value.text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (DAY.matcher(text.get()).matches()) {
                return Optional.of(LocalDate.parse(text.get()).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            OffsetDateTime dateTime = OffsetDateTime.parse(text.get());
            if (dateTime.getYear() < 0 || dateTime.getYear() > MAX_YEAR) {
                // The databases' range ends long before Java's (PostgreSQL's at 294276).
                throw value.error(value.describe() + " must be in the years 0000 to " + MAX_YEAR + ", got "
                        + Quoting.shortQuote(text.get()));
            }
            return Optional.of(dateTime.toInstant());
        } catch (DateTimeParseException e) {
            throw value.error(value.describe() + " must be a date like 2026-01-01 or a date and time with offset "
                    + "like 2026-01-01T09:30:00+01:00, got " + Quoting.shortQuote(text.get()));
        }
    }

    /** "2026-01-01"; empty when blank; otherwise an error. */
    static Optional<LocalDate> day(SourcedJson value) throws ImportException {
        Optional<String> text = value.text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (DAY.matcher(text.get()).matches()) {
                return Optional.of(LocalDate.parse(text.get()));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw value.error(value.describe() + " must be a date like 2026-01-01, got " + Quoting.shortQuote(text.get()));
    }
}
