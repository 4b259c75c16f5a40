package org.majlis.bench.driver.scenario;

import org.majlis.bench.driver.protocol.NodeTree;
import org.majlis.bench.driver.protocol.Participant;
import org.majlis.bench.driver.protocol.Transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The simulated participants of a run: connects more of them (sign in, open the page, keep the push connection)
 * a few at a time, watches their syncIds for lost messages (a gap open longer than Vaadin's
 * {@code maxMessageSuspendTimeout}, 5 s, is lost and resynchronised, as the real client does), and disconnects
 * them. Connecting happens on virtual threads, {@code parallel} at once, so the server sees arrivals as a steady
 * stream rather than one burst.
 */
final class Crowd implements AutoCloseable {

    private static final long GAP_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** How a participant is made and which page it opens (runs on the connecting thread). */
    interface Opener {
        void open(Participant participant) throws Exception;
    }

    private final Transport transport;
    private final int parallel;
    private final List<Participant> members = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();
    private final Thread monitor;
    private volatile boolean running = true;

    Crowd(Transport transport, int parallel) {
        this.transport = transport;
        this.parallel = parallel;
        this.monitor = Thread.ofVirtual().name("gap-monitor").start(this::watchGaps);
    }

    /**
     * Adds participants until there are {@code size}; {@code account.apply(i)} names the i-th one's account.
     * Returns the time it took in nanoseconds; participants that failed are counted, not added.
     */
    long growTo(int size, java.util.function.IntFunction<String> account, String password, Set<String> watchedKeys,
                Participant.Listener listener, Opener opener, String label) throws InterruptedException {
        long start = System.nanoTime();
        int from = members.size();
        var gate = new Semaphore(parallel);
        var done = new AtomicInteger();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = from; i < size; i++) {
                int index = i;
                gate.acquire();
                pool.submit(() -> {
                    try {
                        var participant = new Participant(transport, label + "-" + index,
                                new NodeTree(watchedKeys, false), listener);
                        participant.signIn(account.apply(index), password);
                        opener.open(participant);
                        members.add(participant);
                    } catch (Exception e) {
                        if (failures.incrementAndGet() <= 5) {
                            System.out.println("  connect failed: " + e);
                        }
                    } finally {
                        gate.release();
                        int n = done.incrementAndGet();
                        if (n % 100 == 0) {
                            System.out.printf("  %s connected: %d of %d%n", label, from + n, size);
                        }
                    }
                });
            }
        }
        return System.nanoTime() - start;
    }

    List<Participant> members() {
        synchronized (members) {
            return List.copyOf(members);
        }
    }

    int size() {
        return members.size();
    }

    int failures() {
        return failures.get();
    }

    /** syncIds given up and never received, over all participants (current members) so far. */
    long lost() {
        return members().stream().mapToLong(Participant::lost).sum();
    }

    /** syncIds given up after 5 s that arrived after all, over all participants so far. */
    long late() {
        return members().stream().mapToLong(Participant::late).sum();
    }

    long pushBytes() {
        return members().stream().mapToLong(Participant::pushBytes).sum();
    }

    long errors() {
        return members().stream().mapToLong(Participant::errors).sum();
    }

    long openPushConnections() {
        return members().stream().filter(Participant::pushOpen).count();
    }

    void forEach(Consumer<Participant> action) {
        members().forEach(action);
    }

    /** Closes every participant ("Sign out" if asked, else the unload beacon; websocket closed), many at once. */
    void disconnectAll(boolean logout) throws InterruptedException {
        var all = members();
        members.clear();
        var gate = new Semaphore(Math.max(parallel, 16));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var participant : all) {
                gate.acquire();
                pool.submit(() -> {
                    try {
                        participant.close(logout);
                    } finally {
                        gate.release();
                    }
                });
            }
        }
    }

    private void watchGaps() {
        while (running) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (var participant : members()) {
                participant.checkLost(now, GAP_TIMEOUT_NANOS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        disconnectAll(true);
        running = false;
        monitor.interrupt();
    }
}
