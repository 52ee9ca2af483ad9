package com.healthpress.revision;

import com.healthpress.article.Article;
import java.util.List;

/** An article as it is now with its stored revisions, newest first. */
public record History(Article article, List<HistoryEntry> entries) {

    public History {
        entries = List.copyOf(entries);
    }

    /** Comparing needs two revisions to choose from. */
    public boolean canCompare() {
        return entries.size() > 1;
    }

    /** The version the comparison form starts with as "from": the one before the newest. */
    public int defaultFrom() {
        return entries.size() > 1 ? entries.get(1).version() : defaultTo();
    }

    /** The version the comparison form starts with as "to": the newest. */
    public int defaultTo() {
        return entries.isEmpty() ? 0 : entries.get(0).version();
    }
}
