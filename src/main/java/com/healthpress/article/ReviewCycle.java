package com.healthpress.article;

import java.time.LocalDate;

/**
 * The one rule for when an article's next medical review is due: a date set by hand wins; otherwise the last review
 * plus the article's interval, else its topic's, else {@link #DEFAULT_MONTHS}. No last review and no date by hand:
 * no due date.
 */
public final class ReviewCycle {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 120;

    private ReviewCycle() {
    }

    /**
     * The last review plus whole months. A day the target month lacks becomes its last day (31 January + 1 month is
     * 28 or 29 February; 29 February + 12 months is 28 February), as a reader would count.
     */
    public static LocalDate nextReview(LocalDate lastReviewed, int months) {
        return lastReviewed.plusMonths(months);
    }

    /** The next-review date an article gets; null when nothing says when. */
    public static LocalDate due(LocalDate lastReviewed, LocalDate setByHand, Integer articleMonths,
                                Integer topicMonths) {
        if (setByHand != null) {
            return setByHand;
        }
        if (lastReviewed == null) {
            return null;
        }
        return nextReview(lastReviewed, articleMonths != null ? articleMonths
                : topicMonths != null ? topicMonths : DEFAULT_MONTHS);
    }

    public static boolean isValidInterval(int months) {
        return months >= 1 && months <= MAX_MONTHS;
    }
}
