package org.majlis.api.internal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The token buckets on a clock the test moves: a burst of 5, then 60 a minute (one a second). */
class ApiRateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-07-20T09:00:00Z"));
    private final ApiRateLimiter limiter = new ApiRateLimiter(new ApiSettings(5, 60, 3, 200), clock);

    @Test
    void a_caller_gets_its_burst_then_waits_for_the_bucket_to_refill() {
        for (var i = 0; i < 5; i++) {
            assertThat(limiter.take("api-token:1")).as("request %d", i + 1).isEmpty();
        }
        assertThat(limiter.take("api-token:1")).isEqualTo(OptionalLong.of(1));

        clock.advance(Duration.ofMillis(1000));
        assertThat(limiter.take("api-token:1")).isEmpty();
        assertThat(limiter.take("api-token:1")).isPresent();

        clock.advance(Duration.ofMinutes(10)); // refills to the burst, never beyond
        for (var i = 0; i < 5; i++) {
            assertThat(limiter.take("api-token:1")).isEmpty();
        }
        assertThat(limiter.take("api-token:1")).isPresent();
    }

    @Test
    void the_wait_is_the_time_until_one_request_is_back_in_whole_seconds() {
        var slow = new ApiRateLimiter(new ApiSettings(1, 6, 10, 200), clock); // one every 10 s
        assertThat(slow.take("a")).isEmpty();
        assertThat(slow.take("a")).isEqualTo(OptionalLong.of(10));
        clock.advance(Duration.ofMillis(2500));
        assertThat(slow.take("a")).isEqualTo(OptionalLong.of(8));
    }

    @Test
    void callers_have_buckets_of_their_own_and_idle_ones_are_forgotten_beyond_the_limit() {
        for (var i = 0; i < 5; i++) {
            limiter.take("busy");
        }
        assertThat(limiter.take("busy")).isPresent();
        assertThat(limiter.take("other")).isEmpty();
        assertThat(limiter.take("third")).isEmpty();
        // A fourth caller beyond max-clients 3: the oldest bucket goes when none is idle — never a refusal.
        assertThat(limiter.take("fourth")).isEmpty();
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
