package com.healthpress.revision;

import com.healthpress.article.ChangeKind;
import com.healthpress.article.ChangeNote;
import java.time.Instant;

/**
 * One saved state of an article: who saved which version when, a short note of what happened, and what kind of
 * change it was for readers (changeKind's stored name, with the public note of an update or a correction).
 */
public record Revision(long id, long articleId, int version, String savedBy, Instant savedAt, String summary,
                       String changeKind, String changeNote) {

    /** The kind of change and its note; a kind this version does not know reads as a minor edit. */
    public ChangeNote change() {
        ChangeKind kind = ChangeKind.fromStoredName(changeKind).orElse(ChangeKind.MINOR);
        return kind.isNoted() && changeNote != null && !changeNote.isBlank() ? new ChangeNote(kind, changeNote)
                : ChangeNote.MINOR;
    }
}
