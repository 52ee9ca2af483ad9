package com.healthpress.revision;

import com.healthpress.article.Article;
import java.util.List;

/** What changed in an article from one of its revisions to another, short fields and long texts apart. */
public record Comparison(Article article, HistoryEntry from, HistoryEntry to, List<FieldChange> changes) {

    public Comparison {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changed short fields, shown side by side in one table. */
    public List<FieldChange> briefChanges() {
        return changes.stream().filter(change -> !change.isLineByLine()).toList();
    }

    /** The changed long texts, each shown line by line. */
    public List<FieldChange> lineByLineChanges() {
        return changes.stream().filter(FieldChange::isLineByLine).toList();
    }
}
