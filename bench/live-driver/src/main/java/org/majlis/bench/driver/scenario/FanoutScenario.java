package org.majlis.bench.driver.scenario;

import org.HdrHistogram.Histogram;
import org.majlis.bench.driver.browser.BrowserObservers;
import org.majlis.bench.driver.protocol.NodeTree;
import org.majlis.bench.driver.protocol.Participant;
import org.majlis.bench.driver.protocol.ProtocolException;
import org.majlis.bench.driver.protocol.Transport;
import org.majlis.bench.driver.report.Numbers;
import org.majlis.bench.driver.report.Table;
import org.majlis.bench.driver.server.BenchRoom;
import org.majlis.bench.driver.server.FloorPage;
import org.majlis.bench.driver.server.ProcCpu;
import org.majlis.bench.driver.server.RoomControl;
import org.majlis.bench.driver.server.ServerStats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scenario 1 (and 4, the cost per change): one chair adds 30 s to the speaker's time once per interval while N
 * observers follow the room page; for each change, the time from just before the chair's request to the arrival
 * of the push frame carrying the expected new {@code target} at every observer. Observers are added step by step
 * (100, 300, …) and stay connected; before each step's changes the floor is prepared again. Also per step: push
 * bytes per observer per change, changes lost (never received, no later one either), superseded (a later change
 * arrived instead), wrong values, syncIds lost, and the server's CPU, MariaDB's CPU and statements per change.
 */
public final class FanoutScenario {

    static final String COUNTDOWN = "live-countdown";
    static final String TARGET = "target";
    static final String ADD_30 = "floor-add-30";

    private final Transport transport;
    private final RoomControl control;
    private final Settings settings;

    public FanoutScenario(Transport transport, RoomControl control, Settings settings) {
        this.transport = transport;
        this.control = control;
        this.settings = settings;
    }

    public Table run() throws Exception {
        var room = control.room();
        var table = new Table("fanout", "Fan-out: the chair's \"+30 s\" reaching every observer (cost per change)");
        var log = new AtomicReference<ChangeLog>();
        Participant.Listener observerListener = (who, change, nanos, push) -> {
            var current = log.get();
            if (current != null && TARGET.equals(change.key()) && change.node() == who.nodeOf(COUNTDOWN)) {
                current.received(who, change.value(), nanos);
            }
        };
        var chair = new Participant(transport, "chair", new NodeTree(Set.of(TARGET), false),
                (who, change, nanos, push) -> {
                });
        chair.signIn(room.chair(), room.password());
        FloorPage.open(chair, room);
        int accounts = room.observers().size();
        try (var crowd = new Crowd(transport, settings.parallel()); var browsers = browsers(room)) {
            for (int size : settings.fanoutSizes()) {
                if (size + settings.browsers() > accounts) {
                    System.out.printf("fanout: %d observers and %d browsers wanted, the room has %d accounts:"
                            + " stopping%n", size, settings.browsers(), accounts);
                    break;
                }
                System.out.printf("fanout: connecting observers up to %d%n", size);
                int from = crowd.size();
                var beforeJoin = control.stats(false);
                long joinNanos = crowd.growTo(size, i -> room.observers().get(i), room.password(), Set.of(TARGET),
                        observerListener, p -> p.open(room.route()), "observer");
                var afterJoin = control.stats(false);
                int joined = crowd.size();
                Thread.sleep(settings.settleMs());
                var previous = chair.attributeOf(COUNTDOWN, TARGET);
                long deadline = control.prepare(0, 0);
                String base = awaitTarget(chair, crowd.members(), previous, deadline);
                if (settings.warmupChanges() > 0) {
                    // not counted: the first clicks after a start pay for class loading and JIT compilation
                    for (int w = 0; w < settings.warmupChanges(); w++) {
                        Thread.sleep(settings.intervalMs());
                        chair.click(ADD_30);
                    }
                    long warmed = Long.parseLong(base) + 30_000L * settings.warmupChanges();
                    base = awaitTarget(chair, crowd.members(), base, warmed);
                    // a new speaker for the measured clicks: the app refuses added time beyond 30 minutes per
                    // intervention (60 clicks of +30 s), and the warm-up clicks must not eat into that
                    long fresh = control.prepare(0, 0);
                    base = awaitTarget(chair, crowd.members(), base, fresh);
                }
                var observers = crowd.members();
                var current = new ChangeLog(observers, valuesOf(observers, base));
                var browserValues = new HashSet<String>(valuesOf(observers, base));
                if (browsers != null) {
                    var shown = base;
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (!browsers.targets().stream().allMatch(shown::equals) && System.nanoTime() < until) {
                        Thread.sleep(100);
                    }
                    browserValues.addAll(browsers.targets().stream().filter(v -> v != null).toList());
                    browsers.drain();
                }
                var browserClicks = new ArrayList<BrowserLatencies.Click>();
                log.set(current);
                long bytesBefore = crowd.pushBytes();
                long lostBefore = crowd.lost();
                long lateBefore = crowd.late();
                var before = control.stats(false);
                long driverCpuBefore = ProcCpu.nanos(ProcessHandle.current().pid());
                var clicks = Numbers.nanosHistogram();
                long expected = Long.parseLong(base);
                long start = System.nanoTime();
                long interval = TimeUnit.MILLISECONDS.toNanos(settings.intervalMs());
                int overran = 0;
                for (int k = 1; k <= settings.changes(); k++) {
                    expected += 30_000;
                    long due = start + (k - 1) * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } else if (k > 1) {
                        overran++;
                    }
                    browserClicks.add(new BrowserLatencies.Click(Long.toString(expected),
                            System.currentTimeMillis()));
                    long clickAt = System.nanoTime();
                    current.expect(Long.toString(expected), clickAt);
                    chair.click(ADD_30);
                    clicks.recordValue(System.nanoTime() - clickAt);
                    if (k % 10 == 0) {
                        System.out.printf("  %d observers: %d of %d changes%n", observers.size(), k,
                                settings.changes());
                    }
                }
                long lostAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.lostAfterMs());
                while (!current.complete() && System.nanoTime() < lostAt) {
                    Thread.sleep(50);
                }
                var last = Long.toString(expected);
                while (browsers != null && !browsers.targets().stream().allMatch(last::equals)
                        && System.nanoTime() < lostAt) {
                    Thread.sleep(50);
                }
                var after = control.stats(false);
                long driverCpu = ProcCpu.nanos(ProcessHandle.current().pid()) - driverCpuBefore;
                log.set(null);
                var chairTarget = chair.attributeOf(COUNTDOWN, TARGET);
                if (!Long.toString(expected).equals(chairTarget)) {
                    table.note("size " + size + ": the chair's own countdown shows " + chairTarget + ", expected "
                            + expected + " (clicks ignored or applied twice)");
                }
                var row = table.row();
                summarise(row, size, joined, crowd, current, clicks, bytesBefore, lostBefore, lateBefore,
                        before, after, beforeJoin, afterJoin, joinNanos, joined - from, overran, driverCpu);
                if (browsers != null) {
                    browsersSummary(row, BrowserLatencies.of(browserClicks, browsers.drain(),
                            settings.lostAfterMs(), browserValues), browsers.size());
                    // the browsers joined first, so the fan-out (in order of joining) reaches them first: the
                    // observers to compare them with are the first ones who joined after them
                    row.put("first " + browsers.size() + " observers every p50/p90/p99/max ms",
                            Numbers.percentiles(firstJoined(current, browsers.size())));
                }
                System.out.println("  " + table.rows().getLast());
            }
        } finally {
            chair.close(true);
        }
        if (settings.browsers() > 0) {
            table.note("Browsers: " + settings.browsers() + " headless Chromium tabs (each its own session) on the"
                    + " room page next to the observers; latency from just before the chair's click to the moment"
                    + " the tab's DOM showed the new target (a MutationObserver stamping Date.now()), counted like"
                    + " the observers'.");
        }
        table.note("Latency: ms from just before the chair's click request to the arrival of the push frame with"
                + " the expected target; every = all observers and changes, last = the last observer per change;"
                + " click = the chair's HTTP round trip. lost = (change, observer) pairs not received within "
                + settings.lostAfterMs() + " ms and no later change either; superseded = a later change arrived"
                + " instead; syncId lost = server messages never received (gap open > 5 s), late = received after"
                + " that (the participant resynchronised meanwhile, as Vaadin's client does). CPU and statements are"
                + " per change; join CPU is the server's CPU per observer signing in and opening the room page;"
                + " driver CPU is this program's own. " + settings.warmupChanges() + " warm-up clicks per size"
                + " before the measured ones are not counted.");
        return table;
    }

    /** The Chromium tabs of the fidelity check, on the last accounts of the room (the crowd takes the first). */
    private BrowserObservers browsers(BenchRoom room) throws Exception {
        int count = settings.browsers();
        if (count <= 0) {
            return null;
        }
        System.out.printf("fanout: opening %d Chromium tabs%n", count);
        var browsers = BrowserObservers.start(settings.chromium());
        var accounts = room.observers();
        for (int i = 0; i < count && i < accounts.size(); i++) {
            browsers.open(transport, settings.base(), accounts.get(accounts.size() - 1 - i), room.password(),
                    room.route());
        }
        return browsers;
    }

    /** Latencies of the first {@code n} recipients (in order of joining) over all changes. */
    private Histogram firstJoined(ChangeLog log, int n) {
        var histogram = Numbers.nanosHistogram();
        long lostAfter = TimeUnit.MILLISECONDS.toNanos(settings.lostAfterMs());
        for (var change : log.changes()) {
            for (int r = 0; r < Math.min(n, log.recipientCount()); r++) {
                long at = change.received().get(r);
                long latency = Math.max(0, at - change.clickNanos());
                if (at != 0 && latency <= lostAfter) {
                    histogram.recordValue(latency);
                }
            }
        }
        return histogram;
    }

    private static void browsersSummary(java.util.Map<String, String> row, BrowserLatencies browsers, int tabs) {
        row.put("browsers", Integer.toString(tabs));
        row.put("browser last p50/p90/p99/max ms", Numbers.percentiles(browsers.last()));
        row.put("browser every p50/p90/p99/max ms", Numbers.percentiles(browsers.every()));
        row.put("browser lost", Long.toString(browsers.lost()));
        row.put("browser superseded", Long.toString(browsers.superseded()));
        row.put("browser wrong", Long.toString(browsers.wrong()));
    }

    /**
     * Waits until the chair's countdown shows the prepared deadline (the one the server named, or else a value
     * other than {@code previous}) and every observer's too, and returns it.
     */
    private String awaitTarget(Participant chair, List<Participant> observers, String previous, long deadline)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String target = null;
        while (System.nanoTime() < until) {
            target = chair.attributeOf(COUNTDOWN, TARGET);
            boolean prepared = target != null && (deadline > 0 ? target.equals(Long.toString(deadline))
                    : !target.equals(previous));
            if (prepared && chair.nodeOf(ADD_30) >= 0) {
                var value = target;
                if (observers.stream().allMatch(o -> value.equals(o.attributeOf(COUNTDOWN, TARGET)))) {
                    return target;
                }
            }
            Thread.sleep(100);
        }
        if (target == null || chair.nodeOf(ADD_30) < 0
                || (deadline > 0 && !target.equals(Long.toString(deadline)))) {
            throw new ProtocolException("after prepare the chair's page shows no new speaker's countdown (" + target
                    + ", prepared " + deadline + ") or no +30 s button");
        }
        var prepared = target;
        long behind = observers.stream().filter(o -> !prepared.equals(o.attributeOf(COUNTDOWN, TARGET))).count();
        System.out.printf("  %d observers still lack the prepared deadline after 60 s%n", behind);
        return target;
    }

    private static Set<String> valuesOf(List<Participant> observers, String base) {
        var values = new HashSet<String>();
        values.add(base);
        observers.forEach(o -> {
            var value = o.attributeOf(COUNTDOWN, TARGET);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }

    private void summarise(java.util.Map<String, String> row, int size, int joined, Crowd crowd, ChangeLog log,
                           Histogram clicks, long bytesBefore, long lostBefore, long lateBefore,
                           ServerStats before,
                           ServerStats after, ServerStats beforeJoin, ServerStats afterJoin, long joinNanos,
                           int added, int overran, long driverCpu) {
        var every = Numbers.nanosHistogram();
        var last = Numbers.nanosHistogram();
        long lost = 0;
        long superseded = 0;
        long lostAfter = TimeUnit.MILLISECONDS.toNanos(settings.lostAfterMs());
        var changes = log.changes();
        for (var change : changes) {
            long latest = -1;
            for (int r = 0; r < log.recipientCount(); r++) {
                long at = change.received().get(r);
                if (at == 0) {
                    if (log.supersededFor(change, r)) {
                        superseded++;
                    } else {
                        lost++;
                    }
                    continue;
                }
                long latency = Math.max(0, at - change.clickNanos());
                if (latency > lostAfter) {
                    lost++; // arrived, but later than a participant can be said to have followed the room
                    continue;
                }
                every.recordValue(latency);
                latest = Math.max(latest, latency);
            }
            if (latest >= 0) {
                last.recordValue(latest);
            }
        }
        int n = Math.max(changes.size(), 1);
        row.put("observers", Integer.toString(size));
        row.put("connected", Integer.toString(joined)
                + (crowd.failures() > 0 ? " (" + crowd.failures() + " failed)" : ""));
        row.put("changes", Integer.toString(changes.size()));
        row.put("last p50/p90/p99/max ms", Numbers.percentiles(last));
        row.put("every p50/p90/p99/max ms", Numbers.percentiles(every));
        row.put("click p50/p99 ms", clicks.getTotalCount() == 0 ? "–"
                : Numbers.ms(clicks.getValueAtPercentile(50)) + " / " + Numbers.ms(clicks.getValueAtPercentile(99)));
        double bytes = (crowd.pushBytes() - bytesBefore) / (double) n / Math.max(log.recipientCount(), 1);
        row.put("bytes/observer/change", Numbers.decimal(bytes, 0));
        row.put("lost", Long.toString(lost));
        row.put("superseded", Long.toString(superseded));
        row.put("wrong", Long.toString(log.wrong()));
        row.put("syncId lost", Long.toString(crowd.lost() - lostBefore));
        row.put("syncId late", Long.toString(crowd.late() - lateBefore));
        long cpu = ServerStats.delta(before.cpuNanos(), after.cpuNanos());
        long dbCpu = ServerStats.delta(before.dbCpuNanos(), after.dbCpuNanos());
        long questions = ServerStats.delta(before.dbQuestions(), after.dbQuestions());
        row.put("server CPU s/change", cpu < 0 ? "–" : Numbers.seconds(cpu / n));
        row.put("MariaDB CPU s/change", dbCpu < 0 ? "–" : Numbers.seconds(dbCpu / n));
        row.put("statements/change", questions < 0 ? "–" : Numbers.decimal(questions / (double) n, 1));
        long joinCpu = ServerStats.delta(beforeJoin.cpuNanos(), afterJoin.cpuNanos());
        row.put("join CPU ms/observer", joinCpu < 0 || added <= 0 ? "–"
                : Numbers.decimal(joinCpu / 1e6 / added, 1));
        row.put("join wall s", Numbers.seconds(joinNanos));
        row.put("driver CPU s/change", Numbers.seconds(driverCpu / n));
        row.put("clicks late", Integer.toString(overran));
        row.put("errors", Long.toString(crowd.errors()));
        if (log.lastWrong() != null) {
            row.put("errors", row.get("errors") + " (" + log.lastWrong() + ")");
        }
    }
}
