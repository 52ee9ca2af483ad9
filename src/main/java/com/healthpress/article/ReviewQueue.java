package com.healthpress.article;

import com.healthpress.access.Actor;
import java.time.LocalDate;
import java.util.List;

/**
 * One queue of the admin dashboard: its title, how many articles it holds, and the first of them (rows may be fewer
 * than count). key names it in the page (an HTML id); mine marks the reader's own queue, which the dashboard shows
 * before the others.
 */
public record ReviewQueue(String key, String title, boolean mine, long count, List<Row> rows) {

    public ReviewQueue {
        rows = List.copyOf(rows);
    }

    /**
     * An article in a queue with the day that explains its place ("review due", "submitted"); date and reviewerName
     * may be null.
     */
    public record Row(long articleId, String title, String dateLabel, LocalDate date, String reviewerName) {
    }

    /** Where a feature's queues come from: the dashboard asks each source, in the order given, on every visit. */
    @FunctionalInterface
    public interface Source {
        List<ReviewQueue> queues(Actor reader, LocalDate today);
    }
}
