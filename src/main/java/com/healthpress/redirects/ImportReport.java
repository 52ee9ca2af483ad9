package com.healthpress.redirects;

import java.util.List;

/**
 * What importing a file of redirects came to: either every line was imported ({@code added} new redirects and
 * {@code updated} changed ones, among them those whose chains now end elsewhere), or, when any line had a problem,
 * nothing was, and each problem is listed by its line.
 */
public record ImportReport(List<RedirectCsv.Problem> problems, int added, int updated) {

    public static ImportReport refused(List<RedirectCsv.Problem> problems) {
        return new ImportReport(List.copyOf(problems), 0, 0);
    }

    public boolean isRefused() {
        return !problems.isEmpty();
    }
}
