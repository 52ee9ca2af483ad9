package com.healthpress.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.MutableClock;
import com.healthpress.article.ArticleSummary;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class NewestArticlesTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final NewestArticles newest = new NewestArticles(clock);
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<List<ArticleSummary>> read = () -> {
        reads.incrementAndGet();
        return List.of();
    };

    @Test
    void aListIsReadOnceWhileNothingChanges() {
        newest.get("all", read);
        clock.advance(NewestArticles.MAX_AGE.minusMillis(1));
        newest.get("all", read);

        assertEquals(1, reads.get());
    }

    @Test
    void eachListIsKeptUnderItsOwnName() {
        newest.get("topic:sleep", read);
        newest.get("topic:knees", read);
        newest.get("topic:sleep", read);

        assertEquals(2, reads.get());
    }

    @Test
    void aChangeHeardMakesEveryListReadAgain() {
        newest.get("all", read);
        newest.get("topic:sleep", read);

        newest.forget(Set.of("article:7"));
        newest.get("all", read);
        newest.get("topic:sleep", read);

        assertEquals(4, reads.get());
    }

    @Test
    void aListOlderThanItsMaximumAgeIsReadAgainSoThatScheduledArticlesComingDueShow() {
        newest.get("all", read);
        clock.advance(NewestArticles.MAX_AGE);
        newest.get("all", read);

        assertEquals(2, reads.get());
    }

    @Test
    void aListReadWhileAChangeIsHeardIsNotKept() {
        newest.get("all", () -> {
            newest.forget(Set.of("article:7"));
            return read.get();
        });
        newest.get("all", read);

        assertEquals(2, reads.get());
    }

    @Test
    void aClockSetBackReadsAgain() {
        newest.get("all", read);
        clock.advance(Duration.ofSeconds(-5));
        newest.get("all", read);

        assertEquals(2, reads.get());
    }
}
