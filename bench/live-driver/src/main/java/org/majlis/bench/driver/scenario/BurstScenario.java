package org.majlis.bench.driver.scenario;

import org.HdrHistogram.Histogram;
import org.majlis.bench.driver.protocol.NodeTree;
import org.majlis.bench.driver.protocol.Participant;
import org.majlis.bench.driver.protocol.Transport;
import org.majlis.bench.driver.report.Numbers;
import org.majlis.bench.driver.report.Table;
import org.majlis.bench.driver.server.FloorPage;
import org.majlis.bench.driver.server.ProcCpu;
import org.majlis.bench.driver.server.RoomControl;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 3: with an empty floor, N delegates wait on the Floor tab and then all ask for the floor within one
 * second (released together by default, or spread evenly over {@code --spread-ms}). Per request: the latency of
 * its HTTP request, and until the chair's list of speakers shows it (a child of {@code #floor-queue} with its
 * {@code data-request-id}); the time until the chair's list was complete. Then {@code GET /bench/floor} checks
 * that all N were recorded, none twice, and that the queue is in the order of {@code requestedAt}.
 */
public final class BurstScenario {

    static final String REQUEST_ID = "data-request-id";

    private final Transport transport;
    private final RoomControl control;
    private final Settings settings;
    /** When the clicks were released (nanoTime); the spread offsets count from it. */
    private volatile long releasedAt;

    public BurstScenario(Transport transport, RoomControl control, Settings settings) {
        this.transport = transport;
        this.control = control;
        this.settings = settings;
    }

    public Table run() throws Exception {
        var room = control.room();
        int wanted = Math.min(settings.delegates(), room.delegates().size());
        var table = new Table("burst", "Burst: " + wanted + " delegates ask for the floor within one second");
        control.clearFloor();
        var floorBefore = control.floor();
        long requestsBefore = floorBefore == null ? -1 : floorBefore.path("requests").asLong(-1);
        var shownAt = new ConcurrentHashMap<String, Long>();
        var chair = new Participant(transport, "chair", new NodeTree(Set.of(REQUEST_ID), false),
                (who, change, nanos, push) -> {
                    if (REQUEST_ID.equals(change.key()) && change.value() != null) {
                        shownAt.putIfAbsent(change.value(), nanos);
                    }
                });
        chair.signIn(room.chair(), room.password());
        FloorPage.open(chair, room);
        try (var crowd = new Crowd(transport, settings.parallel())) {
            System.out.printf("burst: connecting %d delegates on the Floor tab%n", wanted);
            crowd.growTo(wanted, i -> room.delegates().get(i), room.password(), Set.of(), (w, c, t, p) -> {
            }, p -> FloorPage.open(p, room), "delegate");
            var delegates = crowd.members();
            long ready = delegates.stream().filter(d -> d.nodeOf("floor-request") >= 0).count();
            Thread.sleep(settings.settleMs());
            shownAt.clear();
            var sentAt = new ConcurrentHashMap<Participant, Long>();
            var answered = Numbers.nanosHistogram();
            var failures = new AtomicLong();
            var release = new CountDownLatch(1);
            long bytesBefore = crowd.pushBytes();
            long driverCpuBefore = ProcCpu.nanos(ProcessHandle.current().pid());
            System.out.printf("burst: %d of %d delegates have the request button; releasing the clicks%n", ready,
                    delegates.size());
            long start;
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                var started = new CountDownLatch(delegates.size());
                for (int i = 0; i < delegates.size(); i++) {
                    var delegate = delegates.get(i);
                    long offset = settings.spreadMs() == 0 ? 0
                            : TimeUnit.MILLISECONDS.toNanos(settings.spreadMs()) * i / delegates.size();
                    pool.submit(() -> {
                        started.countDown();
                        try {
                            release.await();
                            long due = releasedAt + offset;
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                            long t0 = System.nanoTime();
                            sentAt.put(delegate, t0);
                            delegate.click("floor-request");
                            synchronized (answered) {
                                answered.recordValue(System.nanoTime() - t0);
                            }
                        } catch (Exception e) {
                            if (failures.incrementAndGet() <= 5) {
                                System.out.println("  request failed: " + e);
                            }
                        }
                        return null;
                    });
                }
                started.await();
                start = System.nanoTime();
                releasedAt = start;
                release.countDown();
            }
            long allAnswered = System.nanoTime() - start;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (shownAt.size() < wanted - failures.get() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            long driverCpu = ProcCpu.nanos(ProcessHandle.current().pid()) - driverCpuBefore;
            long complete = shownAt.isEmpty() ? -1
                    : shownAt.values().stream().mapToLong(Long::longValue).max().orElse(start) - start;
            var floor = control.floor();
            var check = check(floor, wanted, requestsBefore);
            var shown = shownLatencies(floor, shownAt, sentAt, room.delegates(), delegates);
            var row = table.row();
            row.put("delegates", Integer.toString(delegates.size())
                    + (crowd.failures() > 0 ? " (" + crowd.failures() + " failed to connect)" : ""));
            row.put("request p50/p90/p99/max ms", Numbers.percentiles(answered));
            row.put("shown to chair p50/p90/p99/max ms", shown == null ? "–" : Numbers.percentiles(shown));
            row.put("all answered s", Numbers.seconds(allAnswered));
            row.put("chair's list complete s", Numbers.seconds(complete));
            row.put("chair sees", Integer.toString(shownAt.size()));
            row.put("recorded", check.recorded());
            row.put("distinct", check.distinct());
            row.put("order by requestedAt", check.order());
            row.put("push KB/delegate", Numbers.decimal((crowd.pushBytes() - bytesBefore) / 1024.0
                    / Math.max(1, delegates.size()), 1));
            row.put("driver CPU s", Numbers.seconds(driverCpu));
            row.put("failed", Long.toString(failures.get()));
            row.put("syncId lost", Long.toString(crowd.lost()));
            row.put("syncId late", Long.toString(crowd.late()));
            row.put("errors", Long.toString(crowd.errors() + chair.errors()));
            System.out.println("  " + row);
            table.note("request = the delegate's click until its HTTP response; shown to chair = the click until the"
                    + " push frame giving the chair's list that request's row (needs GET /bench/floor to pair rows"
                    + " with delegates); complete = release of the clicks until the chair's list had them all; syncId"
                    + " late = a message (usually the delegate's own slow HTTP response) that came more than 5 s after"
                    + " later pushes: the participant resynchronised, as Vaadin's client does.");
        } finally {
            chair.close(true);
        }
        return table;
    }

    /** The server's record: how many requests, how many distinct people, and whether the queue follows requestedAt. */
    record Check(String recorded, String distinct, String order) {
    }

    /**
     * Checks the floor after the burst: {@code requests} (every request of the item, also earlier ones) grew by
     * {@code wanted}; the waiting queue holds {@code wanted} requests of as many different people; and the queue
     * (in the chair's order) is in the order of {@code requestedAt}.
     */
    static Check check(JsonNode floor, int wanted, long requestsBefore) {
        if (floor == null) {
            return new Check("–", "–", "–");
        }
        var queue = floor.path("queue");
        var names = new HashSet<String>();
        var times = new ArrayList<Instant>();
        queue.forEach(entry -> {
            names.add(entry.path("username").asString());
            times.add(Instant.parse(entry.path("requestedAt").asString()));
        });
        boolean ordered = true;
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i).isBefore(times.get(i - 1))) {
                ordered = false;
                break;
            }
        }
        long requests = floor.path("requests").asLong(-1);
        long recorded = requests < 0 || requestsBefore < 0 ? queue.size() : requests - requestsBefore;
        return new Check(recorded + " of " + wanted + (recorded == wanted ? " ✓" : " ✗") + ", waiting "
                + queue.size(), names.size() + (names.size() == queue.size() ? " ✓" : " ✗ (duplicates)"),
                ordered ? "kept ✓" : "NOT kept ✗");
    }

    /** Click-to-chair latency per request, pairing the chair's rows with delegates through the server's queue. */
    private static Histogram shownLatencies(JsonNode floor, Map<String, Long> shownAt, Map<Participant, Long> sentAt,
                                            List<String> accounts, List<Participant> delegates) {
        if (floor == null) {
            return null;
        }
        var sentByAccount = new HashMap<String, Long>();
        for (var delegate : delegates) {
            var index = Integer.parseInt(delegate.name().substring(delegate.name().lastIndexOf('-') + 1));
            var t0 = sentAt.get(delegate);
            if (t0 != null) {
                sentByAccount.put(accounts.get(index), t0);
            }
        }
        var histogram = Numbers.nanosHistogram();
        floor.path("queue").forEach(entry -> {
            var shown = shownAt.get(entry.path("id").asString());
            var sent = sentByAccount.get(entry.path("username").asString());
            if (shown != null && sent != null) {
                histogram.recordValue(Math.max(0, shown - sent));
            }
        });
        return histogram;
    }
}
