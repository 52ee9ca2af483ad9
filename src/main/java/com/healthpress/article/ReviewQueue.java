package com.healthpress.article;

import java.time.LocalDate;
import java.util.List;

/**
 * One queue of the admin dashboard: its title, how many articles it holds, and the first of them (rows may be fewer
 * than count). key names it in the page (an HTML id).
 */
public record ReviewQueue(String key, String title, long count, List<Row> rows) {

    public ReviewQueue {
        rows = List.copyOf(rows);
    }

    /** An article in a queue; due (when its review is due) and reviewerName may be null. */
    public record Row(long articleId, String title, LocalDate due, String reviewerName) {
    }
}
