package org.majlis.bench.driver.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of a local process from {@code /proc/<pid>/stat} (user + system, in clock ticks of 1/100 s on Linux):
 * how the driver measures MariaDB's CPU, and the app's when the bench endpoints are missing.
 */
public final class ProcCpu {

    /** {@code sysconf(_SC_CLK_TCK)}; 100 on every Linux the team uses. */
    private static final long TICK_NANOS = 10_000_000L;

    private ProcCpu() {
    }

    /** CPU nanoseconds used by the process so far, or -1 if it cannot be read. */
    public static long nanos(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime (fields 14 and 15) of a {@code /proc/<pid>/stat} line, in nanoseconds. */
    static long parse(String stat) {
        // the command name (field 2) is in parentheses and may contain spaces: count fields after its ')'
        var fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) * TICK_NANOS;
    }
}
