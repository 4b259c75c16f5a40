package org.majlis.matrix;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live updates of a room's matrix: after a change commits, everyone watching that room's matrix is told once
 * (changes within {@link #COALESCE_MS} are coalesced into one notice per room), on one small background thread,
 * never inside the transaction. Listeners reload through the services, so security and mapping apply per user.
 * A stop-gap until {@code base} offers a shared broadcaster; views only see {@link #subscribe}.
 */
@Component
public class MatrixUpdates {

    static final long COALESCE_MS = 150;
    private static final Logger log = LoggerFactory.getLogger(MatrixUpdates.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "matrix-updates");
        thread.setDaemon(true);
        return thread;
    });

    /** Calls {@code listener} (on a background thread) after each committed change to the room's matrix. */
    public Registration subscribe(long roomId, Runnable listener) {
        listeners.computeIfAbsent(roomId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> {
            var set = listeners.get(roomId);
            if (set != null) {
                set.remove(listener);
            }
        };
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MatrixEntryEvent event) {
        var roomId = event.roomId();
        if (pending.add(roomId)) {
            scheduler.schedule(() -> flush(roomId), COALESCE_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void flush(long roomId) {
        pending.remove(roomId);
        for (var listener : listeners.getOrDefault(roomId, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.debug("A matrix listener of room {} failed", roomId, e);
            }
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
