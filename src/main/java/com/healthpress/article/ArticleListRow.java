package com.healthpress.article;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the admin's list of articles. seoScore is null until the article is analysed; deletedAt marks the trash;
 * reviewDue is null for an article with no next-review date.
 */
public record ArticleListRow(long id, String slug, String title, String status, Instant publishedAt, Instant updatedAt,
                             String updatedBy, String authorName, Integer seoScore, Instant deletedAt,
                             LocalDate reviewDue) {

    /** Whether its next medical review was due before today. */
    public boolean isReviewOverdue(LocalDate today) {
        return reviewDue != null && reviewDue.isBefore(today);
    }

    /** "Draft", "Published", "Scheduled" or "In trash", as the list shows it. */
    public String state(Instant now) {
        if (deletedAt != null) {
            return "In trash";
        }
        if (!"published".equals(status)) {
            return "Draft";
        }
        return publishedAt != null && publishedAt.isAfter(now) ? "Scheduled" : "Published";
    }
}
