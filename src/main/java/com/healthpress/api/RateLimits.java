package com.healthpress.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each key's request budget: a bucket of {@code perMinute} requests that refills evenly over a minute, so a client
 * may burst up to its whole minute and then keeps to the rate. Kept per instance: with several instances behind a
 * balancer a key gets up to the limit at each.
 */
public final class RateLimits {

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit must allow at least one request a minute");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public int perMinute() {
        return perMinute;
    }

    /** Takes one request from the key's budget: allowed, or refused with how long until the next is allowed. */
    public Decision take(long keyId) {
        long nowNanos = clock.millis() * 1_000_000L;
        return buckets.computeIfAbsent(keyId, id -> new Bucket(perMinute, nowNanos)).take(nowNanos, perMinute);
    }

    /** Whether a request may go ahead, what is left of the budget, and when to try again if not. */
    public record Decision(boolean allowed, int remaining, Duration retryAfter) {
    }

    private static final class Bucket {

        private static final double NANOS_PER_MINUTE = 60e9;
        private double tokens;
        private long updatedNanos;

        Bucket(int capacity, long nowNanos) {
            this.tokens = capacity;
            this.updatedNanos = nowNanos;
        }

        synchronized Decision take(long nowNanos, int capacity) {
            double perNano = capacity / NANOS_PER_MINUTE;
            tokens = Math.min(capacity, tokens + Math.max(0, nowNanos - updatedNanos) * perNano);
            updatedNanos = Math.max(updatedNanos, nowNanos);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, (int) Math.floor(tokens), Duration.ZERO);
            }
            long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
            return new Decision(false, 0, Duration.ofNanos(waitNanos));
        }
    }
}
