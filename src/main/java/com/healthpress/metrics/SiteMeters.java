package com.healthpress.metrics;

import com.healthpress.cache.PageCache;
import com.healthpress.cache.ServingCounts;
import com.healthpress.outbox.Dispatcher;
import com.healthpress.publishing.ScheduledPublisher;
import com.healthpress.storage.Database;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * The site's own meters, read from the parts that count (no part knows of Micrometer): how pages were answered and
 * what renders cost, the memory cache, the database's connection pool, scheduled publications, webhook deliveries,
 * request threads.
 */
public final class SiteMeters {

    private SiteMeters() {
    }

    public static void bind(MeterRegistry registry, PageCache pageCache, Database database,
                            ScheduledPublisher publisher, Dispatcher webhooks, ThreadPool requestThreads) {
        bindPages(registry, pageCache);
        bindDatabasePool(registry, database);
        FunctionCounter.builder("healthpress.scheduled.publications", publisher, ScheduledPublisher::announced)
                .description("Scheduled articles this instance put on the site when their time came")
                .register(registry);
        webhookDeliveries(registry, webhooks, "delivered", Dispatcher::delivered);
        webhookDeliveries(registry, webhooks, "retried", Dispatcher::retried);
        webhookDeliveries(registry, webhooks, "failed", Dispatcher::failed);
        new JettyServerThreadPoolMetrics(requestThreads, List.of()).bindTo(registry);
    }

    /** Attempts this instance made: delivered (2xx), to be tried again, or given up after a day. */
    private static void webhookDeliveries(MeterRegistry registry, Dispatcher webhooks, String result,
                                          ToDoubleFunction<Dispatcher> count) {
        FunctionCounter.builder("healthpress.webhook.deliveries", webhooks, count).tag("result", result)
                .description("Webhook delivery attempts by result").register(registry);
    }

    private static void bindPages(MeterRegistry registry, PageCache pageCache) {
        ServingCounts counts = pageCache.counts();
        servedFrom(registry, counts, "memory", ServingCounts::fromMemory);
        servedFrom(registry, counts, "store", ServingCounts::fromStore);
        renders(registry, counts, "reader", ServingCounts::readerRenders, ServingCounts::readerRenderSeconds);
        renders(registry, counts, "background", ServingCounts::backgroundRenders,
                ServingCounts::backgroundRenderSeconds);
        Gauge.builder("healthpress.page.cache.size", pageCache, PageCache::bytes).baseUnit("bytes")
                .description("Bytes of the pages the memory cache holds").register(registry);
        Gauge.builder("healthpress.page.cache.pages", pageCache, PageCache::size)
                .description("Pages the memory cache holds").register(registry);
        FunctionCounter.builder("healthpress.page.cache.evictions", pageCache, PageCache::evictions)
                .description("Pages pushed out of the memory cache to make room").register(registry);
    }

    private static void servedFrom(MeterRegistry registry, ServingCounts counts, String source,
                                   ToDoubleFunction<ServingCounts> count) {
        FunctionCounter.builder("healthpress.pages.served", counts, count).tag("from", source)
                .description("Public pages answered without a render, from memory or from the page store")
                .register(registry);
    }

    private static void renders(MeterRegistry registry, ServingCounts counts, String kind,
                                ToLongFunction<ServingCounts> count, ToDoubleFunction<ServingCounts> seconds) {
        FunctionTimer.builder("healthpress.page.renders", counts, count, seconds, TimeUnit.SECONDS).tag("kind", kind)
                .description("Pages rendered: for a reader who waited, or in the background for the page store")
                .register(registry);
    }

    private static void bindDatabasePool(MeterRegistry registry, Database database) {
        poolGauge(registry, database, "healthpress.db.pool.active", "Connections in use", Database.PoolFigures::active);
        poolGauge(registry, database, "healthpress.db.pool.idle", "Open connections not in use",
                Database.PoolFigures::idle);
        poolGauge(registry, database, "healthpress.db.pool.waiting", "Threads waiting for a connection",
                Database.PoolFigures::waiting);
        poolGauge(registry, database, "healthpress.db.pool.max", "The most connections the pool opens",
                Database.PoolFigures::maximum);
    }

    /** NaN until the database is open, which Prometheus shows as a gap rather than a made-up zero. */
    private static void poolGauge(MeterRegistry registry, Database database, String name, String description,
                                  ToDoubleFunction<Database.PoolFigures> figure) {
        Gauge.builder(name, database, db -> db.poolFigures().map(figure::applyAsDouble).orElse(Double.NaN))
                .description(description).register(registry);
    }
}
