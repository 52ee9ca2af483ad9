package com.healthpress.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Hands out the anchor ids of one body's headings, each unique: "tips", "tips-2", "tips-3"… */
final class AnchorIds {
    private final Set<String> used = new HashSet<>();
    /**
     * The number to try next after each base, so a body of many equal headings does not count up from 2 for every
     * one of them (quadratic: 40,000 "## h" took 40 s). An id is skipped at most once per base that can produce it.
     */
    private final Map<String, Integer> nextNumber = new HashMap<>();
    private long candidatesTried;

    /** Keeps an id that something else on the page has (a reference, a citation marker) from any heading. */
    void reserve(String id) {
        used.add(id);
    }

    String next(String wanted) {
        String base = wanted.isEmpty() ? "section" : wanted;
        String id = base;
        int n = nextNumber.getOrDefault(base, 2);
        candidatesTried++;
        while (!used.add(id)) {
            id = base + "-" + n++;
            candidatesTried++;
        }
        nextNumber.put(base, n);
        return id;
    }

    /** How many ids were looked up so far: the work done, which must grow with the headings, not their square. */
    long candidatesTried() {
        return candidatesTried;
    }
}
