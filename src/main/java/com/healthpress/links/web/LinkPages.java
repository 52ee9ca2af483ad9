package com.healthpress.links.web;

import com.healthpress.account.AdminView;
import com.healthpress.links.LinkReports;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The admin's internal links report: orphan articles, broken links and links to an old address, a page at a time. */
public final class LinkPages {

    /** The report's tabs, by the value of {@code ?show=}; the first is the default. */
    private static final List<String> REPORTS = List.of("orphans", "broken", "old");
    private static final int CURSOR_MAX = 80;

    private final LinkReports reports;
    private final AdminView view;
    private final Clock clock;

    public LinkPages(LinkReports reports, SeoPages seo, Views views, Clock clock) {
        this.reports = reports;
        this.view = new AdminView(seo, views, Map.of());
        this.clock = clock;
    }

    public void showReport(Context ctx) {
        String show = Optional.ofNullable(ctx.queryParam("show")).filter(REPORTS::contains).orElse(REPORTS.get(0));
        String after = Optional.ofNullable(ctx.queryParam("after")).filter(cursor -> cursor.length() <= CURSOR_MAX)
                .orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("show", show);
        model.put("after", after);
        model.put("now", clock.instant());
        model.put("waiting", reports.articlesWaiting());
        model.put("page", switch (show) {
            case "broken" -> reports.brokenLinks(after);
            case "old" -> reports.oldAddresses(after);
            default -> reports.orphans(after);
        });
        view.render(ctx, "links/report", "Internal links", model);
    }
}
