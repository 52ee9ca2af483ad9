package com.healthpress.revision;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Points in time as the history shows them: "2 March 2026, 08:15 UTC", with seconds only when there are any. */
final class Moments {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Moments() {
    }

    static String text(Instant moment) {
        if (moment == null) {
            return "";
        }
        return moment.getEpochSecond() % 60 == 0 ? MINUTES.format(moment) : SECONDS.format(moment);
    }
}
