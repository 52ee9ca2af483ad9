package com.healthpress.backup;

import java.util.Map;

/** How many rows an export wrote or a restore stored, by array name (see {@link BackupFormat#TABLES}). */
record BackupCounts(Map<String, Long> rows) {

    BackupCounts {
        rows = Map.copyOf(rows);
    }

    long of(String arrayName) {
        return rows.getOrDefault(arrayName, 0L);
    }

    /** "4 articles, 9 revisions, 3 people, 4 pages, 1 images, 2 accounts": what an operator checks after a backup. */
    @Override
    public String toString() {
        return of("articles") + " articles, " + of("revisions") + " revisions, " + of("people") + " people, "
                + of("pages") + " pages, " + of("images") + " images, " + of("accounts") + " accounts";
    }
}
