package com.healthpress.revision;

import com.healthpress.article.ChangeNote;
import java.time.Instant;

/**
 * A revision as the history lists it: whether it is the article's current state, and the version saved before it
 * (null for the oldest stored one), which "View changes" compares it with, and the kind of change it was with
 * its public note.
 */
public record HistoryEntry(int version, Instant savedAt, String savedBy, String summary, Integer previousVersion,
                           boolean current, ChangeNote change) {

    public static HistoryEntry of(Revision revision, Integer previousVersion, boolean current) {
        return new HistoryEntry(revision.version(), revision.savedAt(), revision.savedBy(), revision.summary(),
                previousVersion, current, revision.change());
    }

    /** "Corrected: Corrected the dose" for an update or a correction; empty for a minor edit. */
    public String publicNote() {
        return change.kind().isNoted() ? change.kind().label() + ": " + change.note() : "";
    }

    public boolean hasPrevious() {
        return previousVersion != null;
    }

    /** "2 March 2026, 08:15 UTC": saves on the same day need the time to tell apart. */
    public String savedAtText() {
        return Moments.text(savedAt);
    }
}
