package com.healthpress.admin.web;

import com.healthpress.access.Actor;
import com.healthpress.account.AdminAuth;
import com.healthpress.account.AdminView;
import com.healthpress.article.ReviewCycle;
import com.healthpress.article.ReviewQueue;
import com.healthpress.articles.ReviewCycleService;
import com.healthpress.pagestore.PageStoreStatus;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The admin's dashboard of review queues (with how the page store stands: how many pages wait to be rendered again
 * after a deploy or a change), and the review interval of each topic.
 */
public final class ReviewPages {

    private static final Map<String, String> NOTICES = Map.of("saved", "Review interval saved.");
    /** The article list's filters, which an old link to /admin may still carry. */
    private static final List<String> LIST_PARAMETERS = List.of("status", "q", "page", "notice");

    private final ReviewCycleService cycles;
    private final List<ReviewQueue.Source> queueSources;
    private final Supplier<PageStoreStatus> pageStore;
    private final AdminView view;
    private final Clock clock;

    /** queueSources: every feature's dashboard queues, in the order shown (the reader's own queues go first). */
    public ReviewPages(ReviewCycleService cycles, List<ReviewQueue.Source> queueSources,
                       Supplier<PageStoreStatus> pageStore, SeoPages seo, Views views, Clock clock) {
        this.cycles = cycles;
        this.queueSources = List.copyOf(queueSources);
        this.pageStore = pageStore;
        this.view = new AdminView(seo, views, NOTICES);
        this.clock = clock;
    }

    public void showDashboard(Context ctx) {
        if (LIST_PARAMETERS.stream().anyMatch(name -> ctx.queryParam(name) != null)) {
            ctx.redirect("/admin/articles?" + ctx.queryString(), HttpStatus.FOUND);
            return;
        }
        view.render(ctx, "admin/dashboard", "Dashboard", Map.of("queues", queues(AdminAuth.current(ctx).actor()),
                "pageStore", pageStore.get()));
    }

    private List<ReviewQueue> queues(Actor reader) {
        List<ReviewQueue> queues = new ArrayList<>();
        queueSources.forEach(source -> queues.addAll(source.queues(reader, today())));
        queues.sort(Comparator.comparing(queue -> !queue.mine())); // stable: the order given, own queues first
        return queues;
    }

    public void showIntervals(Context ctx) {
        showIntervals(ctx, Map.of(), Map.of());
    }

    public void saveInterval(Context ctx) {
        String topicSlug = ctx.formParam("topic");
        String typed = ctx.formParam("months") == null ? "" : ctx.formParam("months").strip();
        boolean known = cycles.topicsInUse().stream().anyMatch(topic -> topic.topicSlug().equals(topicSlug));
        Integer months = typed.matches("\\d{1,3}") ? Integer.valueOf(typed) : null;
        if (!known || !typed.isEmpty() && (months == null || !ReviewCycle.isValidInterval(months))) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showIntervals(ctx, Map.of(String.valueOf(topicSlug), known
                    ? "A whole number of months from 1 to " + ReviewCycle.MAX_MONTHS + ", or empty for the default."
                    : "No article has this topic."), Map.of(String.valueOf(topicSlug), typed));
            return;
        }
        cycles.setTopicInterval(topicSlug, months);
        ctx.redirect("/admin/review-intervals?notice=saved", HttpStatus.SEE_OTHER);
    }

    private void showIntervals(Context ctx, Map<String, String> errors, Map<String, String> typed) {
        view.render(ctx, "admin/review-intervals", "Review intervals", Map.of("topics", cycles.topicsInUse(),
                "errors", errors, "typed", typed, "defaultMonths", ReviewCycle.DEFAULT_MONTHS,
                "maxMonths", ReviewCycle.MAX_MONTHS));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
