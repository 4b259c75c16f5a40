package org.majlis.security.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Throttles password sign-in (the local accounts of the embedded default): after {@link Limits#accountFailures()}
 * failed attempts for one username within {@link Limits#window()}, every attempt for that username is refused for
 * {@link Limits#lockout()}, even with the right password; likewise after {@link Limits#addressFailures()} failed
 * attempts from one client address, whatever the usernames. Usernames without an account are counted exactly like
 * existing ones, so a refusal never tells whether an account exists. A successful sign-in clears its username's
 * count (not its address's: one's own account must not reset the count of guesses at others).
 * <p>
 * The counts live in memory (see ADR 0037): at most {@link Limits#tracked()} usernames and as many addresses, the
 * least recently seen dropped first; a count whose window or lockout is over starts again from nothing.
 */
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Limits limits;
    private final Clock clock;
    private final Counts accounts;
    private final Counts addresses;

    public SignInThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.accounts = new Counts(limits.tracked());
        this.addresses = new Counts(limits.tracked());
    }

    /**
     * How long sign-in stays refused for this username from this address; empty when it may be tried now.
     */
    public synchronized Optional<Duration> refusal(@Nullable String username, String address) {
        var now = Instant.now(clock);
        var until = later(accounts.lockedUntil(key(username), now), addresses.lockedUntil(address, now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** A sign-in with this username from this address failed (wrong password, unknown or disabled account). */
    public synchronized void failed(@Nullable String username, String address) {
        var now = Instant.now(clock);
        var account = key(username);
        if (accounts.fail(account, now, limits.accountFailures(), limits)) {
            log.warn("Sign-in for username '{}' refused for {} after {} failed attempts", account, limits.lockout(),
                    limits.accountFailures());
        }
        if (addresses.fail(address, now, limits.addressFailures(), limits)) {
            log.warn("Sign-in from {} refused for {} after {} failed attempts", address, limits.lockout(),
                    limits.addressFailures());
        }
    }

    /** Someone signed in with this username: its failures are forgotten. */
    public synchronized void succeeded(String username) {
        accounts.forget(key(username));
    }

    /** Usernames are matched without regard to case or surrounding spaces, as the accounts are. */
    static String key(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable Instant later(@Nullable Instant first, @Nullable Instant second) {
        if (first == null) {
            return second;
        }
        return second == null || first.isAfter(second) ? first : second;
    }

    /**
     * The limits, from {@code majlis.sign-in-throttle.*}.
     *
     * @param accountFailures failed attempts for one username that start its lockout
     * @param addressFailures failed attempts from one client address that start its lockout
     * @param window          the time from the first failure within which the failures count together
     * @param lockout         how long sign-in is refused then
     * @param tracked         at most this many usernames (and as many addresses) are remembered
     */
    @ConfigurationProperties("majlis.sign-in-throttle")
    public record Limits(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
                         @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout,
                         @DefaultValue("10000") int tracked) {

        public Limits {
            if (accountFailures < 1 || addressFailures < 1 || tracked < 1) {
                throw new IllegalArgumentException("Sign-in throttle limits must be at least 1");
            }
            if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
                throw new IllegalArgumentException("Sign-in throttle window and lockout must be positive");
            }
        }
    }

    /** Failure counts per key, the least recently used dropped beyond the bound. */
    private static final class Counts {

        private final Map<String, Count> counts;

        Counts(int bound) {
            this.counts = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                    return size() > bound;
                }
            };
        }

        @Nullable Instant lockedUntil(String key, Instant now) {
            var count = counts.get(key);
            return count != null && count.lockedUntil != null && now.isBefore(count.lockedUntil)
                    ? count.lockedUntil : null;
        }

        /** Counts a failure; true when it starts a lockout. */
        boolean fail(String key, Instant now, int limit, Limits limits) {
            var count = counts.get(key);
            if (count == null || count.over(now, limits.window())) {
                count = new Count(now);
                counts.put(key, count);
            }
            count.failures++;
            if (count.failures >= limit && count.lockedUntil == null) {
                count.lockedUntil = now.plus(limits.lockout());
                return true;
            }
            return false;
        }

        void forget(String key) {
            counts.remove(key);
        }
    }

    private static final class Count {

        private final Instant since;
        private int failures;
        private @Nullable Instant lockedUntil;

        Count(Instant since) {
            this.since = since;
        }

        /** Its window has passed without a lockout, or its lockout is over. */
        boolean over(Instant now, Duration window) {
            return lockedUntil == null ? !now.isBefore(since.plus(window)) : !now.isBefore(lockedUntil);
        }
    }
}
