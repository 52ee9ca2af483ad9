package com.healthpress.article;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of change a save made. Only a substantive update or a correction moves the public "Updated" date: search
 * engines ask sites not to refresh dates for trivial edits, and readers are owed a note for the other two.
 */
public enum ChangeKind {
    MINOR("minor", "Minor edit"),
    UPDATE("update", "Updated"),
    CORRECTION("correction", "Corrected");

    private final String storedName;
    private final String label;

    ChangeKind(String storedName, String label) {
        this.storedName = storedName;
        this.label = label;
    }

    public String storedName() {
        return storedName;
    }

    /** The word the article's history shows beside the date. */
    public String label() {
        return label;
    }

    /** Whether readers are told: the change moves the public dates and carries a note. */
    public boolean isNoted() {
        return this != MINOR;
    }

    public static Optional<ChangeKind> fromStoredName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.storedName.equals(name)).findFirst();
    }
}
