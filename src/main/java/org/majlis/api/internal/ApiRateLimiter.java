package org.majlis.api.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per caller (API token or Keycloak account), in memory: each holds up to {@code burst} requests and
 * refills at {@code perMinute}; a request takes one, and when none is left the caller waits the
 * {@code Retry-After} this returns. One instance only (like the sign-in throttle, ADR 0037): behind several
 * instances each counts its own requests. At most {@code maxClients} buckets are kept: beyond that the ones that
 * have refilled completely (their callers are idle) are forgotten, which costs them nothing.
 */
public final class ApiRateLimiter {

    private final ApiSettings settings;
    private final Clock clock;
    private final double perNano;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();

    public ApiRateLimiter(ApiSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.perNano = settings.perMinute() / (double) Duration.ofMinutes(1).toNanos();
    }

    /** Takes a request for the caller: empty if allowed, else the whole seconds to wait before the next one. */
    public synchronized OptionalLong take(String caller) {
        var now = nanos();
        var bucket = buckets.get(caller);
        if (bucket == null) {
            forgetIdle(now);
            bucket = new Bucket(settings.burst(), now);
            buckets.put(caller, bucket);
        }
        bucket.refill(now, perNano, settings.burst());
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return OptionalLong.empty();
        }
        var waitNanos = (1 - bucket.tokens) / perNano;
        return OptionalLong.of(Math.max(1, (long) Math.ceil(waitNanos / 1e9)));
    }

    private void forgetIdle(long now) {
        if (buckets.size() < settings.maxClients()) {
            return;
        }
        buckets.values().removeIf(b -> {
            b.refill(now, perNano, settings.burst());
            return b.tokens >= settings.burst();
        });
        if (buckets.size() >= settings.maxClients()) {
            buckets.remove(buckets.keySet().iterator().next()); // the oldest caller, when none is idle
        }
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        void refill(long now, double perNano, int burst) {
            if (now > at) {
                tokens = Math.min(burst, tokens + (now - at) * perNano);
                at = now;
            }
        }
    }
}
