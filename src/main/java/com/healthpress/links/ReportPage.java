package com.healthpress.links;

import java.util.List;

/**
 * One page of a link report: its rows, the cursor of the next page ("" when the scan reached the end), how many
 * articles or links it checked, and whether it stopped at its budget of checks before it was full (then the next
 * page goes on checking from there).
 */
public record ReportPage<T>(List<T> rows, String next, int checked, boolean stoppedAtBudget) {

    public boolean hasNext() {
        return !next.isEmpty();
    }
}
