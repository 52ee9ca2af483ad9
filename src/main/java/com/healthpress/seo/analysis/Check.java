package com.healthpress.seo.analysis;

import java.util.Objects;

/**
 * One SEO or readability check as the editor sees it: a stable id (for templates and tests), a short label, the
 * verdict and a one-line reason that names the numbers behind it.
 */
public record Check(String id, String label, Level level, String reason) {

    /** How a check came out. Checks advise: even a failure never blocks saving. */
    public enum Level { PASS, WARN, FAIL }

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
    }
}
