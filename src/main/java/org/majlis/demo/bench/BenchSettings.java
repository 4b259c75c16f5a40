package org.majlis.demo.bench;

import org.jspecify.annotations.Nullable;
import org.majlis.base.DemoMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bench-only switch and its settings, all off by default: {@code majlis.bench.enabled}
 * ({@code MAJLIS_BENCH_ENABLED}) turns on the bench participants and the {@code /bench/**} endpoints;
 * {@code majlis.bench.observers} and {@code majlis.bench.delegates} say how many participants to create;
 * {@code majlis.bench.room} names the bench room by id (empty: the demo's Economic and Scientific room of the 16th
 * edition).
 * <p>
 * The bench creates accounts with the published password {@code demo} and opens unauthenticated endpoints, so it
 * refuses to run outside demo mode: the application does not start, and the message names the setting.
 */
@Component
public class BenchSettings {

    /** The switch; {@code MAJLIS_BENCH_ENABLED} in the environment. */
    public static final String ENABLED = "majlis.bench.enabled";

    private final boolean enabled;
    private final int observers;
    private final int delegates;
    private final @Nullable Long room;

    BenchSettings(@Value("${" + ENABLED + ":false}") boolean enabled,
                  @Value("${majlis.bench.observers:0}") int observers,
                  @Value("${majlis.bench.delegates:0}") int delegates,
                  @Value("${majlis.bench.room:}") @Nullable String room,
                  DemoMode demoMode) {
        requireDemoMode(enabled, demoMode.on());
        if (observers < 0 || delegates < 0 || observers > BenchUsernames.MAX || delegates > BenchUsernames.MAX) {
            throw new IllegalStateException("majlis.bench.observers and majlis.bench.delegates must be between 0 and "
                    + BenchUsernames.MAX + " (were " + observers + " and " + delegates + ")");
        }
        this.enabled = enabled;
        this.observers = observers;
        this.delegates = delegates;
        this.room = room == null || room.isBlank() ? null : Long.valueOf(room.strip());
    }

    /**
     * Refuses the bench outside demo mode: it would publish accounts with the password {@code demo} and open
     * endpoints without signing in on a real installation.
     */
    static void requireDemoMode(boolean benchEnabled, boolean demoMode) {
        if (benchEnabled && !demoMode) {
            throw new IllegalStateException("Majlis does not start with " + ENABLED + " (MAJLIS_BENCH_ENABLED) on"
                    + " outside demo mode: the bench creates accounts with a published password and opens /bench/**"
                    + " without signing in. Turn it off, or run a demo (" + DemoMode.PROPERTY + "=true, MAJLIS_DEMO)"
                    + " on a data folder of its own.");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public int observers() {
        return observers;
    }

    public int delegates() {
        return delegates;
    }

    /** The bench room's id if one is configured; otherwise the demo's Economic and Scientific room of the 16th. */
    public @Nullable Long room() {
        return room;
    }
}
