package org.majlis.bench.driver.scenario;

import org.majlis.bench.driver.protocol.Transport;
import org.majlis.bench.driver.report.Numbers;
import org.majlis.bench.driver.report.Table;
import org.majlis.bench.driver.server.RoomControl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scenario 2: the app's live heap (after a full GC) with 0, then N observers on the room page with push open; the
 * slope over N (least squares) is the heap per connected participant. Then everyone leaves — the unload beacon
 * drops the UI, the websocket closes, {@code /logout} ends the session — and the live heap is measured again: it
 * should be back at the baseline (±10 %), otherwise something keeps departed participants. It is read twice, at
 * once and 30 s later, to tell a slow release (a timer still holding a closed connection) from a leak; before the
 * baseline a few observers join and leave, so that caches filled once are part of it.
 */
public final class MemoryScenario {

    /** The second reading after everyone left comes this much later. */
    private static final long LATER_MS = 30_000;

    private final Transport transport;
    private final RoomControl control;
    private final Settings settings;

    public MemoryScenario(Transport transport, RoomControl control, Settings settings) {
        this.transport = transport;
        this.control = control;
        this.settings = settings;
    }

    public Table run() throws Exception {
        var room = control.room();
        var table = new Table("memory", "Memory: live heap per connected participant");
        var points = new ArrayList<double[]>();
        long baseline = -1;
        control.prepare(settings.agendaItems(), settings.queue());
        try (var crowd = new Crowd(transport, settings.parallel())) {
            if (settings.warmupParticipants() > 0) {
                // caches that fill once (templates, translations, query plans) belong in the baseline, not in
                // the first participants' share nor in a "leak" after everyone left
                System.out.printf("memory: warm-up, %d observers join and leave%n", settings.warmupParticipants());
                crowd.growTo(settings.warmupParticipants(), i -> room.observers().get(i), room.password(), Set.of(),
                        (w, c, t, p) -> {
                        }, p -> p.open(room.route()), "warm-up");
                crowd.disconnectAll(true);
            }
            for (int size : settings.memorySizes()) {
                if (size > room.observers().size()) {
                    System.out.printf("memory: %d observers wanted, the room has %d accounts: stopping%n", size,
                            room.observers().size());
                    break;
                }
                System.out.printf("memory: connecting observers up to %d%n", size);
                crowd.growTo(size, i -> room.observers().get(i), room.password(), Set.of(), (w, c, t, p) -> {
                }, p -> p.open(room.route()), "observer");
                Thread.sleep(settings.settleMs());
                var stats = control.stats(true);
                long heap = stats.heapAfterGc();
                if (size == 0) {
                    baseline = heap;
                }
                points.add(new double[] {crowd.size(), heap});
                var row = table.row();
                row.put("step", "connected");
                row.put("participants", Integer.toString(crowd.size())
                        + (crowd.failures() > 0 ? " (" + crowd.failures() + " failed to connect)" : ""));
                row.put("push open", Long.toString(crowd.openPushConnections()));
                row.put("heap after GC MB", heap < 0 ? "–" : Numbers.decimal(heap / 1048576.0, 1));
                row.put("KB per participant (vs 0)", baseline < 0 || crowd.size() == 0 || heap < 0 ? "–"
                        : Numbers.decimal((heap - baseline) / 1024.0 / crowd.size(), 0));
                row.put("sessions", Numbers.count(stats.sessions()));
                row.put("subscribers", Numbers.count(stats.subscribers()));
                System.out.println("  " + row);
            }
            int connected = crowd.size();
            System.out.printf("memory: disconnecting %d observers (sign out, close push)%n", connected);
            crowd.disconnectAll(true);
            Thread.sleep(settings.settleMs());
            var stats = control.stats(true);
            leftRow(table.row(), "all left", stats);
            // timers that hold a departed connection for a while (Atmosphere's) release it later: read again
            Thread.sleep(LATER_MS);
            stats = control.stats(true);
            leftRow(table.row(), "all left + " + LATER_MS / 1000 + " s", stats);
            // a leak grows with every round of arrivals and departures; caches that fill once do not
            int most = settings.memorySizes().stream().mapToInt(Integer::intValue)
                    .filter(n -> n <= room.observers().size()).max().orElse(0);
            for (int cycle = 2; cycle <= settings.memoryCycles() && most > 0; cycle++) {
                System.out.printf("memory: round %d, %d observers join and leave%n", cycle, most);
                crowd.growTo(most, i -> room.observers().get(i), room.password(), Set.of(), (w, c, t, p) -> {
                }, p -> p.open(room.route()), "observer");
                Thread.sleep(settings.settleMs());
                crowd.disconnectAll(true);
                Thread.sleep(settings.settleMs() + LATER_MS);
                stats = control.stats(true);
                leftRow(table.row(), "round " + cycle + ": " + most + " joined and left, + "
                        + (settings.settleMs() + LATER_MS) / 1000 + " s", stats);
                System.out.println("  " + table.rows().getLast());
            }
            double slope = slope(points);
            table.note("Room prepared with " + settings.agendaItems() + " agenda items and " + settings.queue()
                    + " requests waiting after the speaker; observers on the room page (People tab), push open;"
                    + " " + settings.warmupParticipants() + " observers joined and left before the baseline.");
            table.note("Slope (least squares over " + points.size() + " steps): "
                    + (Double.isNaN(slope) ? "–" : Numbers.decimal(slope / 1024, 0) + " KB per participant") + ".");
            if (baseline > 0 && stats.heapAfterGc() > 0) {
                double ratio = stats.heapAfterGc() / (double) baseline;
                table.note("After all left (+" + LATER_MS / 1000 + " s): "
                        + Numbers.decimal(stats.heapAfterGc() / 1048576.0, 1) + " MB against "
                        + Numbers.decimal(baseline / 1048576.0, 1) + " MB at 0 ("
                        + Numbers.decimal((ratio - 1) * 100, 1) + " %): "
                        + (Math.abs(ratio - 1) <= 0.10 ? "back to the baseline (±10 %)"
                        : "NOT back to the baseline (±10 %)") + ".");
            }
        }
        return table;
    }

    private static void leftRow(java.util.Map<String, String> row, String step,
                                org.majlis.bench.driver.server.ServerStats stats) {
        row.put("step", step);
        row.put("participants", "0");
        row.put("push open", "0");
        row.put("heap after GC MB", stats.heapAfterGc() < 0 ? "–"
                : Numbers.decimal(stats.heapAfterGc() / 1048576.0, 1));
        row.put("KB per participant (vs 0)", "–");
        row.put("sessions", Numbers.count(stats.sessions()));
        row.put("subscribers", Numbers.count(stats.subscribers()));
    }

    /** Least-squares slope of y over x; NaN with fewer than two distinct x or a missing y. */
    static double slope(List<double[]> points) {
        var valid = points.stream().filter(p -> p[1] >= 0).toList();
        int n = valid.size();
        if (n < 2) {
            return Double.NaN;
        }
        double sx = 0;
        double sy = 0;
        for (var p : valid) {
            sx += p[0];
            sy += p[1];
        }
        double mx = sx / n;
        double my = sy / n;
        double num = 0;
        double den = 0;
        for (var p : valid) {
            num += (p[0] - mx) * (p[1] - my);
            den += (p[0] - mx) * (p[0] - mx);
        }
        return den == 0 ? Double.NaN : num / den;
    }
}
