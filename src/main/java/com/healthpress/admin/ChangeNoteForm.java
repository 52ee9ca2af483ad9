package com.healthpress.admin;

import com.healthpress.article.ChangeKind;
import com.healthpress.article.ChangeNote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's "what kind of change is this?" fields as typed: a minor edit (the default), a substantive update or
 * a correction, and the one-line public note the last two need.
 */
public record ChangeNoteForm(String kind, String note) {

    public static final String KIND_FIELD = "changeKind";
    public static final String NOTE_FIELD = "changeNote";

    public static final ChangeNoteForm MINOR = new ChangeNoteForm(ChangeKind.MINOR.storedName(), "");

    /** Reads the two fields of a submitted form; a form without them is a minor edit. */
    public static ChangeNoteForm read(Map<String, List<String>> submitted) {
        String kind = first(submitted, KIND_FIELD);
        return new ChangeNoteForm(kind.isBlank() ? ChangeKind.MINOR.storedName() : kind, first(submitted, NOTE_FIELD));
    }

    /** What is wrong, by field (empty when nothing is). */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ChangeKind> known = ChangeKind.fromStoredName(kind);
        if (known.isEmpty()) {
            errors.put(KIND_FIELD, "Choose a minor edit, a substantive update or a correction.");
        } else if (known.get().isNoted() && note.isBlank()) {
            errors.put(NOTE_FIELD, "Write a one-line note for readers: what was updated or corrected.");
        }
        if (note.strip().length() > ChangeNote.NOTE_MAX) {
            errors.put(NOTE_FIELD, "Keep the note to " + ChangeNote.NOTE_MAX + " characters (it has "
                    + note.strip().length() + ").");
        } else if (note.strip().contains("\n")) {
            errors.put(NOTE_FIELD, "Keep the note to one line.");
        }
        return errors;
    }

    /** The change as the save records it; call only when {@link #errors()} is empty. */
    public ChangeNote toChangeNote() {
        ChangeKind known = ChangeKind.fromStoredName(kind).orElseThrow();
        return known.isNoted() ? new ChangeNote(known, note) : ChangeNote.MINOR;
    }

    public boolean is(String storedName) {
        return kind.equals(storedName);
    }

    private static String first(Map<String, List<String>> submitted, String name) {
        List<String> values = submitted.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
