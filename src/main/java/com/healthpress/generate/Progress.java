package com.healthpress.generate;

import java.time.Duration;
import java.util.Locale;

/** The generate command's progress line: "generated 23,000 of 100,000 (4,600/s, 17 s left)". */
final class Progress {

    private final int total;

    Progress(int total) {
        this.total = total;
    }

    /** The line after {@code done} articles in {@code elapsed}; the rate is the average since the start. */
    String line(int done, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        double rate = done / seconds;
        String left = rate > 0 ? timeLeft((long) Math.ceil((total - done) / rate)) : "unknown time left";
        return String.format(Locale.ENGLISH, "generated %,d of %,d (%,d/s, %s)", done, total, Math.round(rate), left);
    }

    /** The closing line: "generated 100,000 articles in 93.4 s". */
    static String done(int count, Duration elapsed) {
        return String.format(Locale.ENGLISH, "generated %,d articles in %.1f s", count, elapsed.toMillis() / 1000.0);
    }

    private static String timeLeft(long seconds) {
        if (seconds < 60) {
            return seconds + " s left";
        }
        return seconds / 60 + " min " + seconds % 60 + " s left";
    }
}
