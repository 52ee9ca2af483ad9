package com.healthpress.seo.analysis;

import com.healthpress.seo.analysis.Check.Level;
import java.util.List;

/**
 * The checks of one article in the order the editor sees them, and their score from 0 to 100.
 *
 * <p>The score is the share of the best possible result: a pass earns 1 point, a warning ½ and a failure 0;
 * every check weighs the same, so score = round(100 × points ÷ number of checks), halves rounded up. With no
 * checks there is nothing to fix, so the score is 100.
 */
public record Analysis(List<Check> checks, int score) {

    public Analysis {
        checks = List.copyOf(checks);
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0–100, not " + score);
        }
    }

    /** The analysis of these checks, scored as the class comment says. */
    public static Analysis of(List<Check> checks) {
        if (checks.isEmpty()) {
            return new Analysis(checks, 100);
        }
        long halfPoints = 2 * count(checks, Level.PASS) + count(checks, Level.WARN);
        return new Analysis(checks, (int) Math.round(50.0 * halfPoints / checks.size()));
    }

    public long count(Level level) {
        return count(checks, level);
    }

    /** For templates, where an enum argument is awkward to write. */
    public long passes() {
        return count(Level.PASS);
    }

    public long warnings() {
        return count(Level.WARN);
    }

    public long failures() {
        return count(Level.FAIL);
    }

    private static long count(List<Check> checks, Level level) {
        return checks.stream().filter(check -> check.level() == level).count();
    }
}
