package org.majlis.base.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The broadcaster of one JVM. It takes room events only once their transaction has committed, gathers the events
 * of one room for a short window (so a burst or one command's several events become one change), and then hands
 * the change to the room's listeners in a few slices on a small bounded pool — never on the committing thread.
 */
@Component
class LocalRoomUpdates implements RoomUpdates, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalRoomUpdates.class);

    private final Map<Long, List<Consumer<RoomChange>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, List<RoomEvent>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService coalescer;
    private final ThreadPoolExecutor fanOut;
    private final Duration window;
    private final int slices;

    LocalRoomUpdates(@Value("${majlis.live.coalesce-window:50ms}") Duration window,
                     @Value("${majlis.live.threads:2}") int threads,
                     @Value("${majlis.live.queue-capacity:10000}") int queueCapacity) {
        this.window = window;
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

    /** After commit (or at once when published outside a transaction, e.g. presence). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(RoomEvent event) {
        var first = new boolean[1];
        pending.compute(event.roomId(), (id, events) -> {
            if (events == null) {
                events = new ArrayList<>();
                first[0] = true;
            }
            events.add(event);
            return events;
        });
        if (first[0]) {
            coalescer.schedule(() -> flush(event.roomId()), window.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void flush(long roomId) {
        var events = pending.remove(roomId);
        var targets = listeners.get(roomId);
        if (events == null || targets == null || targets.isEmpty()) {
            return;
        }
        var change = new RoomChange(roomId, events);
        var snapshot = List.copyOf(targets);
        var sliceSize = (snapshot.size() + slices - 1) / slices;
        for (var start = 0; start < snapshot.size(); start += sliceSize) {
            var slice = snapshot.subList(start, Math.min(snapshot.size(), start + sliceSize));
            fanOut.execute(() -> slice.forEach(listener -> deliver(listener, change)));
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
}
