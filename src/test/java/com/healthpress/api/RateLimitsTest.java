package com.healthpress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    private final RateLimits limits = new RateLimits(60, clock);

    @Test
    void aKeyMayBurstItsWholeMinuteThenWaitsForTheRefill() {
        for (int i = 0; i < 60; i++) {
            assertTrue(limits.take(1).allowed(), "request " + (i + 1));
        }
        RateLimits.Decision refused = limits.take(1);

        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(1), refused.retryAfter());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limits.take(1).allowed());
        assertFalse(limits.take(1).allowed());
    }

    @Test
    void keysHaveBudgetsOfTheirOwn() {
        for (int i = 0; i < 60; i++) {
            limits.take(1);
        }
        assertFalse(limits.take(1).allowed());
        assertTrue(limits.take(2).allowed());
        assertEquals(59, limits.take(3).remaining());
    }

    @Test
    void anIdleKeyRefillsOnlyToItsMinute() {
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 60; i++) {
            assertTrue(limits.take(7).allowed());
        }
        assertFalse(limits.take(7).allowed());
    }
}
