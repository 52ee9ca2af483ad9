package com.healthpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorIdsTest {

    private final AnchorIds ids = new AnchorIds();

    @Test
    void manyEqualHeadingsGetDistinctIdsWithWorkProportionalToTheirNumber() {
        int headings = 40_000;
        List<String> given = new ArrayList<>();
        for (int i = 0; i < headings; i++) {
            given.add(ids.next("h"));
        }

        assertEquals(headings, new HashSet<>(given).size());
        assertEquals(List.of("h", "h-2", "h-3"), given.subList(0, 3));
        assertEquals("h-" + headings, given.get(headings - 1));
        assertTrue(ids.candidatesTried() <= 2L * headings, "ids looked up: " + ids.candidatesTried());
    }

    @Test
    void idsTakenByHeadingsThatLookNumberedAreSkippedOnceEach() {
        int headings = 10_000;
        for (int n = 2; n <= headings; n++) {
            ids.next("h-" + n);
        }
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < headings; i++) {
            repeated.add(ids.next("h"));
        }

        assertEquals("h", repeated.get(0));
        assertEquals("h-" + (headings + 1), repeated.get(1));
        assertEquals(headings, new HashSet<>(repeated).size());
        assertTrue(ids.candidatesTried() <= 4L * headings, "ids looked up: " + ids.candidatesTried());
    }

    @Test
    void aHeadingWithoutLettersOrDigitsIsCalledSection() {
        assertEquals(List.of("section", "section-2"), List.of(ids.next(""), ids.next("")));
    }
}
