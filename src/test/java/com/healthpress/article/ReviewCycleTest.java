package com.healthpress.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewCycleTest {

    private static final LocalDate REVIEWED = LocalDate.parse("2026-03-15");

    @Test
    void theNextReviewIsTheLastReviewPlusTwelveMonthsByDefault() {
        assertEquals(LocalDate.parse("2027-03-15"), ReviewCycle.due(REVIEWED, null, null, null));
    }

    @Test
    void theArticlesIntervalWinsOverItsTopicsWhichWinsOverTheDefault() {
        assertEquals(LocalDate.parse("2026-09-15"), ReviewCycle.due(REVIEWED, null, 6, 24));
        assertEquals(LocalDate.parse("2028-03-15"), ReviewCycle.due(REVIEWED, null, null, 24));
    }

    @Test
    void aDateSetByHandWinsOverEveryInterval() {
        LocalDate byHand = LocalDate.parse("2026-05-01");
        assertEquals(byHand, ReviewCycle.due(REVIEWED, byHand, 6, 24));
        assertEquals(byHand, ReviewCycle.due(null, byHand, null, null));
    }

    @Test
    void anArticleNeverReviewedHasNoDueDate() {
        assertNull(ReviewCycle.due(null, null, 6, 24));
    }

    @Test
    void aMonthEndBecomesTheLastDayOfAShorterMonth() {
        assertEquals(LocalDate.parse("2027-02-28"), ReviewCycle.nextReview(LocalDate.parse("2026-01-31"), 13));
        assertEquals(LocalDate.parse("2028-02-29"), ReviewCycle.nextReview(LocalDate.parse("2027-01-31"), 13));
        assertEquals(LocalDate.parse("2026-04-30"), ReviewCycle.nextReview(LocalDate.parse("2026-03-31"), 1));
        assertEquals(LocalDate.parse("2027-02-28"), ReviewCycle.nextReview(LocalDate.parse("2026-08-31"), 6));
    }

    @Test
    void aLeapDayReviewIsDueOnTheTwentyEighthOfFebruaryInAnOrdinaryYearAndOnTheLeapDayFourYearsOn() {
        LocalDate leapDay = LocalDate.parse("2028-02-29");
        assertEquals(LocalDate.parse("2029-02-28"), ReviewCycle.nextReview(leapDay, 12));
        assertEquals(LocalDate.parse("2032-02-29"), ReviewCycle.nextReview(leapDay, 48));
    }

    @Test
    void intervalsRunFromOneMonthToTenYears() {
        assertFalse(ReviewCycle.isValidInterval(0));
        assertTrue(ReviewCycle.isValidInterval(1));
        assertTrue(ReviewCycle.isValidInterval(120));
        assertFalse(ReviewCycle.isValidInterval(121));
    }
}
