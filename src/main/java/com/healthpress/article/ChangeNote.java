package com.healthpress.article;

import java.util.Objects;

/** The kind of change a save made and, for an update or a correction, its one-line public note (null otherwise). */
public record ChangeNote(ChangeKind kind, String note) {

    /** The longest note: one line on the article's history. */
    public static final int NOTE_MAX = 200;

    public static final ChangeNote MINOR = new ChangeNote(ChangeKind.MINOR, null);

    public ChangeNote {
        Objects.requireNonNull(kind);
        if (kind.isNoted() && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("an update or a correction needs its note");
        }
        note = kind.isNoted() ? note.strip() : null;
    }

    public static ChangeNote update(String note) {
        return new ChangeNote(ChangeKind.UPDATE, note);
    }

    public static ChangeNote correction(String note) {
        return new ChangeNote(ChangeKind.CORRECTION, note);
    }
}
