package org.majlis.bench.driver.server;

/**
 * The app's counters at one moment (from {@code GET /bench/stats}), plus MariaDB's CPU read from {@code /proc}.
 * A value the server did not give is -1.
 */
public record ServerStats(long cpuNanos, long heapUsed, long heapAfterGc, long dbQuestions, long subscribers,
                          long sessions, long pid, long dbPid, long dbCpuNanos) {

    public static final ServerStats NONE = new ServerStats(-1, -1, -1, -1, -1, -1, -1, -1, -1);

    /** {@code later − this} for a counter, or -1 when either side lacks it. */
    public static long delta(long before, long after) {
        return before < 0 || after < 0 ? -1 : after - before;
    }
}
