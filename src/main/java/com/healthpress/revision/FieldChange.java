package com.healthpress.revision;

import java.util.List;

/**
 * One field that differs between two revisions, as shown to editors: short fields as before and after, long texts
 * (lead, body, FAQ, references) also line by line.
 */
public record FieldChange(String label, String before, String after, List<DiffLine> lines) {

    public FieldChange {
        lines = List.copyOf(lines);
    }

    /** Whether the change is shown line by line; a changed long text always has at least one added or removed line. */
    public boolean isLineByLine() {
        return !lines.isEmpty();
    }
}
