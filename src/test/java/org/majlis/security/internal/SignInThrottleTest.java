package org.majlis.security.internal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-in throttle's rules, on a clock the test moves: 5 failures per username, 20 per address, 15 minutes. */
class SignInThrottleTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-07-20T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), 1000), clock);

    @Test
    void four_failures_leave_the_account_open_and_the_fifth_closes_it_for_fifteen_minutes() {
        failTimes("eco.fao", HOME, 4);
        assertThat(throttle.refusal("eco.fao", HOME)).isEmpty();

        throttle.failed("eco.fao", HOME);

        assertThat(throttle.refusal("eco.fao", HOME)).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.refusal("eco.fao", HOME)).contains(Duration.ofMinutes(5));
    }

    @Test
    void a_closed_account_is_refused_from_every_address_but_other_accounts_stay_open() {
        failTimes("eco.fao", HOME, 5);

        assertThat(throttle.refusal("eco.fao", ELSEWHERE)).isPresent();
        assertThat(throttle.refusal("pol.undp", HOME)).isEmpty();
    }

    @Test
    void the_account_opens_again_when_the_lockout_is_over_and_counts_from_nothing() {
        failTimes("eco.fao", HOME, 5);

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.refusal("eco.fao", HOME)).isEmpty();
        failTimes("eco.fao", HOME, 4);
        assertThat(throttle.refusal("eco.fao", HOME)).isEmpty();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_add_up() {
        failTimes("eco.fao", HOME, 4);
        clock.advance(Duration.ofMinutes(15));

        failTimes("eco.fao", HOME, 4);

        assertThat(throttle.refusal("eco.fao", HOME)).isEmpty();
    }

    @Test
    void a_successful_sign_in_clears_the_accounts_failures() {
        failTimes("eco.fao", HOME, 4);

        throttle.succeeded("eco.fao");
        failTimes("eco.fao", HOME, 4);

        assertThat(throttle.refusal("eco.fao", HOME)).isEmpty();
    }

    @Test
    void usernames_without_an_account_are_throttled_exactly_like_existing_ones() {
        failTimes("no.such.person", HOME, 5);

        assertThat(throttle.refusal("no.such.person", HOME)).contains(Duration.ofMinutes(15));
    }

    @Test
    void usernames_count_together_whatever_their_case_and_surrounding_spaces() {
        failTimes("Eco.FAO", HOME, 3);
        failTimes(" eco.fao ", HOME, 2);

        assertThat(throttle.refusal("ECO.fao", HOME)).isPresent();
    }

    @Test
    void one_address_trying_many_accounts_is_refused_after_twenty_failures_for_every_account() {
        for (var i = 0; i < 20; i++) {
            throttle.failed("guess" + i, HOME);
        }

        assertThat(throttle.refusal("a.new.name", HOME)).contains(Duration.ofMinutes(15));
        assertThat(throttle.refusal("a.new.name", ELSEWHERE)).isEmpty();
    }

    @Test
    void signing_in_to_ones_own_account_does_not_clear_the_addresss_failures() {
        for (var i = 0; i < 19; i++) {
            throttle.failed("guess" + i, HOME);
        }
        throttle.succeeded("eco.fao");

        throttle.failed("guess19", HOME);

        assertThat(throttle.refusal("eco.fao", HOME)).isPresent();
    }

    @Test
    void the_longer_of_two_lockouts_is_the_one_that_counts() {
        failTimes("eco.fao", HOME, 5);
        clock.advance(Duration.ofMinutes(5));
        for (var i = 0; i < 15; i++) {
            throttle.failed("guess" + i, HOME);
        }

        assertThat(throttle.refusal("eco.fao", HOME)).contains(Duration.ofMinutes(15));
    }

    @Test
    void memory_is_bounded_the_least_recently_seen_usernames_are_forgotten_first() {
        var small = new SignInThrottle(
                new SignInThrottle.Limits(2, 1000, Duration.ofMinutes(15), Duration.ofMinutes(15), 3), clock);
        small.failed("first", HOME);
        small.failed("first", HOME);
        assertThat(small.refusal("first", HOME)).isPresent();

        small.failed("second", HOME);
        small.failed("third", HOME);
        small.failed("fourth", HOME);

        assertThat(small.refusal("first", HOME)).isEmpty();
    }

    @Test
    void limits_below_one_or_without_time_are_refused() {
        assertThatThrownBy(() -> new SignInThrottle.Limits(0, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottle.Limits(5, 20, Duration.ZERO, Duration.ofMinutes(15), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_sign_in_page_is_told_whole_minutes_rounded_up() {
        assertThat(SignInThrottleFilter.minutes(Duration.ofMinutes(15))).isEqualTo(15);
        assertThat(SignInThrottleFilter.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(SignInThrottleFilter.minutes(Duration.ofMillis(300))).isEqualTo(1);
        assertThat(SignInThrottleFilter.minutesLeft(List.of("7"))).isEqualTo(7);
        assertThat(SignInThrottleFilter.minutesLeft(List.of("not a number"))).isEqualTo(1);
        assertThat(SignInThrottleFilter.minutesLeft(List.of("999999"))).isEqualTo(24 * 60);
    }

    private void failTimes(String username, String address, int times) {
        for (var i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    /** A clock that stands still until the test moves it. */
    private static final class ManualClock extends Clock {

        private Instant now;

        ManualClock(Instant now) {
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
