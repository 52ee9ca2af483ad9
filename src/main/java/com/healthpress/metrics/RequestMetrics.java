package com.healthpress.metrics;

import com.healthpress.server.Exchange;
import com.healthpress.server.LocalRenders;
import com.healthpress.server.PolicyStep;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Counts every answered request and its duration, by route pattern, method and status class
 * ({@code http_server_requests_seconds} in Prometheus), whichever way it was answered (a cached page before Javalin,
 * Javalin, or Jetty's own error). The page store's background renders are not clients' requests and are not counted.
 *
 * <p>The buckets are fixed (a dozen from 1 ms to 10 s), not Micrometer's percentile histogram: its 70-odd buckets,
 * times every route, method and status class, would make each scrape hundreds of kilobytes.
 */
public final class RequestMetrics implements PolicyStep {

    static final String NAME = "http.server.requests";
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OTHER");
    private static final List<String> STATUS_CLASSES = List.of("1xx", "2xx", "3xx", "4xx", "5xx");
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final LocalRenders backgroundRenders;
    /** The routes and their timers, replaced together once the app's routes are known. */
    private volatile Routes routes = new Routes(new RoutePatterns(List.of()));

    public RequestMetrics(MeterRegistry registry, LocalRenders backgroundRenders) {
        this.registry = registry;
        this.backgroundRenders = backgroundRenders;
    }

    /** The app's route patterns, in Javalin's order of matching; until this is called every request is "unmatched". */
    public void learnRoutes(List<String> patterns) {
        routes = new Routes(new RoutePatterns(patterns));
    }

    @Override
    public void after(Exchange exchange, float milliseconds) {
        if (backgroundRenders.sent(exchange)) {
            return;
        }
        routes.timerFor(exchange.path(), methodIndex(exchange.method()), statusClassIndex(exchange.status()))
                .record((long) (milliseconds * 1_000_000.0), TimeUnit.NANOSECONDS);
    }

    private static int methodIndex(String method) {
        int known = METHODS.indexOf(method);
        return known >= 0 ? known : METHODS.size() - 1;
    }

    private static int statusClassIndex(int status) {
        return Math.max(0, Math.min(STATUS_CLASSES.size() - 1, status / 100 - 1));
    }

    /** The timers of every route, method and status class, made at their first request. */
    private final class Routes {

        private final RoutePatterns patterns;
        private final AtomicReferenceArray<Timer> timers;

        Routes(RoutePatterns patterns) {
            this.patterns = patterns;
            this.timers = new AtomicReferenceArray<>((patterns.count() + 1) * METHODS.size() * STATUS_CLASSES.size());
        }

        Timer timerFor(String path, int method, int statusClass) {
            int route = patterns.indexOf(path);
            int slot = (route * METHODS.size() + method) * STATUS_CLASSES.size() + statusClass;
            Timer timer = timers.get(slot);
            if (timer == null) {
                // Two threads may both build it: the registry gives both the same timer.
                timer = Timer.builder(NAME)
                        .description("Requests answered, by route pattern, method and status class")
                        .tag("route", patterns.name(route))
                        .tag("method", METHODS.get(method))
                        .tag("status", STATUS_CLASSES.get(statusClass))
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry);
                timers.set(slot, timer);
            }
            return timer;
        }
    }
}
