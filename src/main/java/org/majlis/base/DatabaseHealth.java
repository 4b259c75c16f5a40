package org.majlis.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Whether the meeting's database answers, for the pages' outage banner (ADR 0052). One probe for the whole JVM, not
 * one per tab: every {@code majlis.database-health.interval} (3 s) it borrows a pooled connection and asks it
 * {@code isValid} — one round trip — but only while some page listens. A change (down, or back) goes to the
 * listeners at once, on the probe's thread; they hand it to their UI themselves.
 * <p>
 * The probe waits at most the pool's {@code connection-timeout} for a connection: while the database is down that
 * is how long one probe takes, and the next one starts {@code interval} after it ends. A probe never throws: a
 * connection it cannot get or that does not answer means "down".
 */
@Component
public class DatabaseHealth implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);
    /** How long {@code isValid} may wait for the database's answer. */
    private static final int VALID_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final Set<Consumer<Boolean>> listeners = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService probe;
    private volatile boolean reachable = true;

    public DatabaseHealth(DataSource dataSource,
                          @Value("${majlis.database-health.interval:3s}") Duration interval) {
        this.dataSource = dataSource;
        this.probe = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "database-health");
            thread.setDaemon(true);
            return thread;
        });
        var millis = Math.max(100, interval.toMillis());
        probe.scheduleWithFixedDelay(this::probeIfWatched, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** What the last probe found (true before the first one). */
    public boolean reachable() {
        return reachable;
    }

    /** Hears every change of {@link #reachable()} (true: back) until the returned handle is run. */
    public Runnable subscribe(Consumer<Boolean> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Probes now, on the probe's thread, and hands {@code result} what it found (an action failed for want of the
     * database: the page said so at once; if the database answers after all, the page hears it even though nothing
     * changed for the others).
     */
    public void probeSoon(Consumer<Boolean> result) {
        if (!probe.isShutdown()) {
            probe.execute(() -> {
                probe();
                result.accept(reachable);
            });
        }
    }

    private void probeIfWatched() {
        if (!listeners.isEmpty() || !reachable) {
            probe();
        }
    }

    /** One probe: a pooled connection that answers {@code isValid} means the database is there. */
    void probe() {
        boolean now;
        try (var connection = dataSource.getConnection()) {
            now = connection.isValid(VALID_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            now = false;
        }
        if (now != reachable) {
            reachable = now;
            if (now) {
                log.info("The database answers again");
            } else {
                log.warn("The database cannot be reached; pages say so until it answers again");
            }
            for (var listener : listeners) {
                try {
                    listener.accept(now);
                } catch (RuntimeException e) {
                    log.debug("A listener of the database's health failed", e);
                }
            }
        }
    }

    @Override
    public void destroy() {
        probe.shutdownNow();
    }
}
