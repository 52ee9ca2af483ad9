package com.healthpress.articles;

import com.healthpress.article.ArticleSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The newest public articles, of the whole site and of each topic, that every article's related box is made from:
 * the same few rows for every render, read again after each change heard and at least every {@link #MAX_AGE} (so
 * that a scheduled article coming due shows), instead of twice per render. In a profile of the background renderer
 * at 100,000 articles those two reads were a fifth of a render's allocation: H2 walked its index pages for them.
 */
final class NewestArticles {

    static final Duration MAX_AGE = Duration.ofSeconds(1);
    /** More lists than any site has topics: beyond it they are all read again. */
    private static final int MAX_LISTS = 1_000;

    private final Clock clock;
    private final ConcurrentMap<String, Listed> lists = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    private record Listed(List<ArticleSummary> articles, Instant readAt) {
    }

    NewestArticles(Clock clock) {
        this.clock = clock;
    }

    /** A change was heard (whatever its tags: a title, a date or a topic of any article may be in a list). */
    void forget(Set<String> changedTags) {
        changes.incrementAndGet();
        lists.clear();
    }

    /** The list under this name, read when it is not kept or too old; one read during a change is not kept. */
    List<ArticleSummary> get(String name, Supplier<List<ArticleSummary>> read) {
        Instant now = clock.instant();
        Listed kept = lists.get(name);
        if (kept != null && now.isBefore(kept.readAt().plus(MAX_AGE)) && !now.isBefore(kept.readAt())) {
            return kept.articles();
        }
        long changesBefore = changes.get();
        Listed listed = new Listed(List.copyOf(read.get()), now);
        if (lists.size() >= MAX_LISTS) {
            lists.clear();
        }
        lists.put(name, listed);
        if (changes.get() != changesBefore) {
            lists.remove(name, listed);
        }
        return listed.articles();
    }
}
