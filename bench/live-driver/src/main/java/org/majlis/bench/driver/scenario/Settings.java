package org.majlis.bench.driver.scenario;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line of a run. Defaults are the issue's: fan-out to 100, 300, 1,000, 3,000 participants with 60
 * changes one second apart; memory at 0, 300, 1,000, 3,000; a burst of 300 delegates.
 *
 * @param base         the app's address
 * @param out          where CSV files go
 * @param scenario     fanout, memory, burst or all (memory, fanout, burst in that order)
 * @param sizes        participant counts (memory adds 0 if missing)
 * @param changes      chair clicks per size
 * @param intervalMs   time between the chair's clicks
 * @param delegates    delegates in the burst
 * @param spreadMs     the burst's clicks are spread evenly over this many ms (0: all released at once)
 * @param parallel     participants connecting at the same time
 * @param settleMs     pause after connecting before measuring (arrival pushes die down)
 * @param lostAfterMs  a change not received this long after the click is lost
 * @param demoRoomId   room of a plain demo app (no bench endpoints)
 * @param appPid       the app's process (demo only: CPU and heap through /proc and jcmd)
 * @param dbPid        MariaDB's process (demo only)
 * @param agendaItems  memory: the agenda lengthened to this many items (the target: 30)
 * @param queue        memory: this many requests waiting after the speaker (the target: 50)
 * @param warmupChanges      fan-out: clicks per size before the measured ones, not counted
 * @param warmupParticipants memory: observers who join and leave before the baseline
 * @param browsers     fan-out: headless Chromium tabs following the room next to the simulated observers (the
 *                     fidelity check; 0: none)
 * @param chromium     the Chromium the browsers run in
 * @param memoryCycles memory: rounds of the largest size joining and leaving (from the second on, only the heap
 *                     after everyone left is read: a leak grows round after round)
 */
public record Settings(URI base, Path out, String scenario, List<Integer> sizes, int changes, long intervalMs,
                       int delegates, long spreadMs, int parallel, long settleMs, long lostAfterMs, long demoRoomId,
                       long appPid, long dbPid, int agendaItems, int queue, int warmupChanges,
                       int warmupParticipants, int browsers, Path chromium, int memoryCycles) {

    public static final String USAGE = """
            java -jar live-driver.jar --base http://127.0.0.1:PORT [--out target/bench]
                --scenario fanout|memory|burst|all   (default all)
                --sizes 100,300,1000,3000            participants per step
                --changes 60 --interval-ms 1000      the chair's "+30 s" clicks per size
                --delegates 300 --spread-ms 0        the burst (0: all clicks released together)
                --agenda-items 30 --queue 50         the room during the memory scenario
                --warmup-changes 3 --warmup-participants 20   not counted
                --parallel 8 --settle-ms 5000 --lost-after-ms 10000
                --browsers 0 --chromium /usr/bin/chromium   fan-out: real browser tabs alongside (fidelity check)
                --memory-cycles 1                     memory: rounds of joining and leaving (leak check)
                --demo-room 7 --app-pid N --db-pid N only without the app's bench endpoints""";

    public static Settings parse(String[] args) {
        URI base = null;
        Path out = Path.of("target/bench");
        String scenario = "all";
        List<Integer> sizes = null;
        int changes = 60;
        long interval = 1000;
        int delegates = 300;
        long spread = 0;
        int parallel = 8;
        long settle = 5000;
        long lostAfter = 10_000;
        long demoRoom = 7;
        long appPid = -1;
        long dbPid = -1;
        int agendaItems = 30;
        int queue = 50;
        int warmupChanges = 3;
        int warmupParticipants = 20;
        int browsers = 0;
        int memoryCycles = 1;
        Path chromium = Path.of("/usr/bin/chromium");
        for (int i = 0; i < args.length; i++) {
            var name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException("usage");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            var value = args[++i];
            switch (name) {
                case "--base" -> base = URI.create(value);
                case "--out" -> out = Path.of(value);
                case "--scenario" -> scenario = value;
                case "--sizes" -> sizes = java.util.Arrays.stream(value.split(",")).map(String::trim)
                        .map(Integer::parseInt).toList();
                case "--changes" -> changes = Integer.parseInt(value);
                case "--interval-ms" -> interval = Long.parseLong(value);
                case "--delegates" -> delegates = Integer.parseInt(value);
                case "--spread-ms" -> spread = Long.parseLong(value);
                case "--parallel" -> parallel = Integer.parseInt(value);
                case "--settle-ms" -> settle = Long.parseLong(value);
                case "--lost-after-ms" -> lostAfter = Long.parseLong(value);
                case "--demo-room" -> demoRoom = Long.parseLong(value);
                case "--app-pid" -> appPid = Long.parseLong(value);
                case "--db-pid" -> dbPid = Long.parseLong(value);
                case "--agenda-items" -> agendaItems = Integer.parseInt(value);
                case "--queue" -> queue = Integer.parseInt(value);
                case "--warmup-changes" -> warmupChanges = Integer.parseInt(value);
                case "--warmup-participants" -> warmupParticipants = Integer.parseInt(value);
                case "--browsers" -> browsers = Integer.parseInt(value);
                case "--chromium" -> chromium = Path.of(value);
                case "--memory-cycles" -> memoryCycles = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (base == null) {
            throw new IllegalArgumentException("--base is required");
        }
        if (!List.of("fanout", "memory", "burst", "all").contains(scenario)) {
            throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        return new Settings(base, out, scenario, sizes, changes, interval, delegates, spread, parallel, settle,
                lostAfter, demoRoom, appPid, dbPid, agendaItems, queue, warmupChanges, warmupParticipants, browsers,
                chromium, memoryCycles);
    }

    public List<Integer> fanoutSizes() {
        return sizes == null ? List.of(100, 300, 1000, 3000) : sizes.stream().filter(n -> n > 0).sorted().toList();
    }

    public List<Integer> memorySizes() {
        var list = new java.util.ArrayList<>(sizes == null ? List.of(300, 1000, 3000) : sizes);
        if (!list.contains(0)) {
            list.add(0);
        }
        return list.stream().distinct().sorted().toList();
    }

    /** The largest number of observers any scenario of this run needs (the browsers' accounts included). */
    public int mostParticipants() {
        return Math.max(fanoutSizes().stream().mapToInt(Integer::intValue).max().orElse(0) + browsers, delegates);
    }

    public String describe(String which) {
        return switch (which) {
            case "fanout" -> "sizes " + fanoutSizes() + ", " + changes + " changes every " + intervalMs
                    + " ms, lost after " + lostAfterMs + " ms, " + parallel + " connecting at once, settle "
                    + settleMs + " ms" + (browsers > 0 ? ", " + browsers + " Chromium tabs alongside" : "");
            case "memory" -> "sizes " + memorySizes() + ", agenda " + agendaItems + " items, " + queue
                    + " waiting, " + parallel + " connecting at once, settle " + settleMs + " ms"
                    + (memoryCycles > 1 ? ", " + memoryCycles + " rounds" : "");
            default -> delegates + " delegates, clicks " + (spreadMs == 0 ? "released together"
                    : "spread over " + spreadMs + " ms");
        };
    }
}
