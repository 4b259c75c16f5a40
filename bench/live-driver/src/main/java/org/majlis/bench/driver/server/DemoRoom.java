package org.majlis.bench.driver.server;

import org.majlis.bench.driver.protocol.NodeTree;
import org.majlis.bench.driver.protocol.Participant;
import org.majlis.bench.driver.protocol.ProtocolException;
import org.majlis.bench.driver.protocol.Transport;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A plain demo app without the bench endpoints (for developing the driver): the Economic and Scientific room of
 * the 16th edition, its demo chair, and the demo observer and delegates signed in as often as a run needs (each
 * sign-in is its own session and UI). "Prepare" goes through the UI as people would: the chair opens the first
 * agenda item if none is open, {@code eco.fao} asks for the floor, the chair gives it. The server's CPU comes from
 * {@code /proc/<app pid>} and its live heap from {@code jcmd} when {@code --app-pid} is given; statements and the
 * floor's content are not available.
 */
public final class DemoRoom implements RoomControl {

    private static final int AGENDA_TAB_INDEX = 1;
    private final Transport transport;
    private final BenchRoom room;
    private final long appPid;
    private final long dbPid;

    public DemoRoom(Transport transport, long roomId, long appPid, long dbPid, int participants) {
        this.transport = transport;
        this.appPid = appPid;
        this.dbPid = dbPid;
        this.room = new BenchRoom(roomId, "rooms/" + roomId, "eco.chair.un", "demo",
                Collections.nCopies(Math.max(participants, 1), "eco.observer"),
                repeat(List.of("eco.fao", "eco.iofs", "eco.isdb", "eco.ilo"), Math.max(participants, 4)));
    }

    private static List<String> repeat(List<String> names, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> names.get(i % names.size())).toList();
    }

    @Override
    public BenchRoom room() {
        return room;
    }

    @Override
    public long prepare(int agendaItems, int queue) throws Exception {
        if (agendaItems > 1 || queue > 0) {
            System.out.println("  (demo room: the agenda and the queue stay as they are)");
        }
        var chair = participant("demo-chair", Set.of("agenda-open"));
        chair.signIn(room.chair(), room.password());
        FloorPage.open(chair, room);
        if (chair.nodeOf("floor-no-item") >= 0 && chair.nodeOf("floor-next") < 0) {
            chair.selectTab(AGENDA_TAB_INDEX);
            var open = chair.read(tree -> tree.nodesWithClass("agenda-open"));
            if (open.isEmpty()) {
                chair.click("agenda-add");
                chair.setValue("agenda-field-titleEn", "Bench item");
                chair.click("agenda-item-save");
                open = chair.read(tree -> tree.nodesWithClass("agenda-open"));
            }
            if (open.isEmpty()) {
                throw new ProtocolException("demo room: no agenda item to open");
            }
            chair.clickNode(open.getFirst());
            chair.close(true);
            chair = participant("demo-chair", Set.of());
            chair.signIn(room.chair(), room.password());
            FloorPage.open(chair, room);
        }
        var delegate = participant("demo-delegate", Set.of());
        delegate.signIn("eco.fao", room.password());
        FloorPage.open(delegate, room);
        if (delegate.nodeOf("floor-request") >= 0) {
            delegate.click("floor-request");
        }
        delegate.close(true);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // the button is disabled (and a click on it ignored) until the chair's page shows the request
        while ((chair.nodeOf("floor-next") < 0 || chair.attributeOf("floor-next", "disabled") != null)
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        chair.click("floor-next");
        chair.close(true);
        return -1;
    }

    @Override
    public void clearFloor() throws Exception {
        var chair = participant("demo-chair", Set.of());
        chair.signIn(room.chair(), room.password());
        FloorPage.open(chair, room);
        if (chair.nodeOf("floor-end") >= 0) {
            chair.click("floor-end");
        }
        chair.close(true);
    }

    @Override
    public JsonNode floor() {
        return null;
    }

    @Override
    public ServerStats stats(boolean gc) throws IOException, InterruptedException {
        long heap = -1;
        if (gc && appPid > 0) {
            jcmd("GC.run");
            heap = parseHeapUsed(jcmd("GC.heap_info"));
        }
        return new ServerStats(ProcCpu.nanos(appPid), -1, heap, -1, -1, -1, appPid, dbPid, ProcCpu.nanos(dbPid));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, Long.toString(appPid), command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    /** The "used NNNK" of the heap line of {@code jcmd GC.heap_info} ("garbage-first heap total …, used …K"). */
    static long parseHeapUsed(String heapInfo) {
        var matcher = java.util.regex.Pattern.compile("heap\\s+total.*?used\\s+(\\d+)K").matcher(heapInfo);
        return matcher.find() ? Long.parseLong(matcher.group(1)) * 1024 : -1;
    }

    private Participant participant(String name, Set<String> classes) {
        return new Participant(transport, name, new NodeTree(Set.of("disabled"), false, classes),
                (who, change, at, push) -> {
        });
    }
}
