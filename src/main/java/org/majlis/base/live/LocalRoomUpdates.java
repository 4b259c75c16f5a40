package org.majlis.base.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The broadcaster of one JVM (ADR 0043). It takes room events only once their transaction has committed — all the
 * events of one transaction together, as one change — and hands each room's changes to the room's listeners in a
 * few slices on a small bounded pool, never on the committing thread.
 * <p>
 * Coalescing follows the load instead of a clock: a change of an idle room goes out at once (after
 * {@code majlis.live.coalesce-window}, 0 by default); while a room's fan-out is still running, whatever commits
 * meanwhile waits and goes out as one change when it ends. So a lone click costs no added latency, and a burst of
 * 300 floor requests becomes a handful of changes instead of 300. Presence alone (someone opened or closed the room)
 * waits {@code majlis.live.presence-window} (1 s) so that hundreds of arrivals cost about one push per second.
 * <p>
 * Every committed change gets a sequence number ({@link #lastCommitted}), assigned on the committing thread before
 * it returns, so a shared per-room state can tell whether it was loaded before or after a change.
 */
@Component
class LocalRoomUpdates implements RoomUpdates, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalRoomUpdates.class);

    private final Map<Long, List<Consumer<RoomChange>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Room> rooms = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ScheduledExecutorService coalescer;
    private final ThreadPoolExecutor fanOut;
    private final Duration window;
    private final Duration presenceWindow;
    private final int slices;

    LocalRoomUpdates(@Value("${majlis.live.coalesce-window:0ms}") Duration window,
                     @Value("${majlis.live.presence-window:1s}") Duration presenceWindow,
                     @Value("${majlis.live.threads:2}") int threads,
                     @Value("${majlis.live.queue-capacity:10000}") int queueCapacity) {
        this.window = window;
        this.presenceWindow = presenceWindow;
        this.slices = Math.max(1, threads);
        this.coalescer = Executors.newSingleThreadScheduledExecutor(named("room-updates-coalescer"));
        // Bounded: if the pool falls behind, the coalescer thread delivers itself (back-pressure, nothing lost).
        this.fanOut = new ThreadPoolExecutor(slices, slices, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), named("room-updates"), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    @Override
    public Registration subscribe(long roomId, Consumer<RoomChange> listener) {
        listeners.computeIfAbsent(roomId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(roomId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @Override
    public int subscriberCount(long roomId) {
        var list = listeners.get(roomId);
        return list == null ? 0 : list.size();
    }

    @Override
    public long lastCommitted(long roomId) {
        var room = rooms.get(roomId);
        return room == null ? 0 : room.committed;
    }

    /**
     * Inside a transaction the event waits for the commit (with the transaction's other events; dropped on
     * rollback); outside one (presence) it counts as committed at once.
     */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(RoomEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            var batch = (Batch) TransactionSynchronizationManager.getResource(this);
            if (batch == null) {
                batch = new Batch();
                TransactionSynchronizationManager.bindResource(this, batch);
                TransactionSynchronizationManager.registerSynchronization(batch);
            }
            batch.events.add(event);
        } else {
            committed(List.of(event));
        }
    }

    /** The events of one transaction, released together after its commit. */
    private final class Batch implements TransactionSynchronization {

        final List<RoomEvent> events = new ArrayList<>();

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(LocalRoomUpdates.this);
            if (status == STATUS_COMMITTED) {
                committed(events);
            }
        }
    }

    private void committed(List<RoomEvent> events) {
        var byRoom = new LinkedHashMap<Long, List<RoomEvent>>();
        events.forEach(event -> byRoom.computeIfAbsent(event.roomId(), id -> new ArrayList<>()).add(event));
        byRoom.forEach((roomId, roomEvents) -> {
            var room = rooms.computeIfAbsent(roomId, Room::new);
            synchronized (room) {
                room.pending.addAll(roomEvents);
                room.committed = sequence.incrementAndGet();
                if (!room.running) {
                    schedule(room);
                }
            }
        });
    }

    /** Plans the room's next flush (caller holds the room's lock). */
    private void schedule(Room room) {
        var slow = room.pending.stream().allMatch(PresenceChanged.class::isInstance);
        if (room.scheduled != null) {
            if (!room.scheduledSlow || slow || !room.scheduled.cancel(false)) {
                return; // already planned soon enough (or flushing right now: it takes these events too)
            }
        }
        room.scheduledSlow = slow;
        room.scheduled = coalescer.schedule(() -> flush(room), (slow ? presenceWindow : window).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void flush(Room room) {
        RoomChange change;
        synchronized (room) {
            room.scheduled = null;
            if (room.running || room.pending.isEmpty()) {
                return; // the running fan-out plans the next flush when it ends
            }
            change = new RoomChange(room.id, room.pending, room.committed);
            room.pending = new ArrayList<>();
            room.running = true;
        }
        var targets = listeners.get(room.id);
        var snapshot = targets == null ? List.<Consumer<RoomChange>>of() : List.copyOf(targets);
        if (snapshot.isEmpty()) {
            done(room);
            return;
        }
        var sliceSize = (snapshot.size() + slices - 1) / slices;
        var remaining = new AtomicInteger((snapshot.size() + sliceSize - 1) / sliceSize);
        for (var start = 0; start < snapshot.size(); start += sliceSize) {
            var slice = snapshot.subList(start, Math.min(snapshot.size(), start + sliceSize));
            fanOut.execute(() -> {
                try {
                    slice.forEach(listener -> deliver(listener, change));
                } finally {
                    if (remaining.decrementAndGet() == 0) {
                        done(room);
                    }
                }
            });
        }
    }

    /** The room's fan-out ended: what committed meanwhile goes out now, as one change. */
    private void done(Room room) {
        synchronized (room) {
            room.running = false;
            if (!room.pending.isEmpty()) {
                schedule(room);
            }
        }
    }

    private static void deliver(Consumer<RoomChange> listener, RoomChange change) {
        try {
            listener.accept(change);
        } catch (RuntimeException e) {
            log.warn("A room listener failed on {}", change, e);
        }
    }

    @Override
    public void destroy() {
        coalescer.shutdownNow();
        fanOut.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        var counter = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One room's flow of changes: what waits, whether a flush is planned or its fan-out running. */
    private static final class Room {

        final long id;
        List<RoomEvent> pending = new ArrayList<>();
        volatile long committed;
        ScheduledFuture<?> scheduled;
        boolean scheduledSlow;
        boolean running;

        Room(long id) {
            this.id = id;
        }
    }
}
