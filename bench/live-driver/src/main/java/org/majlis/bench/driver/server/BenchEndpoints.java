package org.majlis.bench.driver.server;

import org.majlis.bench.driver.protocol.ProtocolException;
import org.majlis.bench.driver.protocol.Transport;
import org.majlis.bench.driver.protocol.Uidl;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The app's bench-only endpoints ({@code /bench/*}, on when the app runs with its bench switch). */
public final class BenchEndpoints implements RoomControl {

    private final Transport transport;
    private final BenchRoom room;

    private BenchEndpoints(Transport transport, BenchRoom room) {
        this.transport = transport;
        this.room = room;
    }

    /**
     * The endpoints if the app has them ({@code GET /bench/room} answers 200), otherwise null. A 503 means the
     * app is still creating the bench participants: wait for it (up to 10 minutes).
     */
    public static BenchEndpoints find(Transport transport) throws IOException, InterruptedException {
        var response = call(transport, "GET", "bench/room");
        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (response.statusCode() == 503 && System.nanoTime() < until) {
            System.out.println("  the app is still creating the bench participants …");
            Thread.sleep(2000);
            response = call(transport, "GET", "bench/room");
        }
        if (response.statusCode() != 200 || !response.body().trim().startsWith("{")) {
            return null;
        }
        var json = Uidl.JSON.readTree(response.body());
        var room = new BenchRoom(json.path("roomId").asLong(), json.path("route").asString(),
                json.path("chair").asString(), json.path("password").asString("demo"),
                strings(json.path("observers")), strings(json.path("delegates")));
        return new BenchEndpoints(transport, room);
    }

    @Override
    public BenchRoom room() {
        return room;
    }

    @Override
    public long prepare(int agendaItems, int queue) throws IOException, InterruptedException {
        var path = agendaItems == 0 && queue == 0 ? "bench/prepare"
                : "bench/prepare?agendaItems=" + agendaItems + "&queue=" + queue;
        var prepared = Uidl.JSON.readTree(expectOk(call(transport, "POST", path), "POST /" + path));
        return prepared.path("deadlineEpochMs").asLong(-1);
    }

    @Override
    public void clearFloor() throws IOException, InterruptedException {
        expectOk(call(transport, "POST", "bench/clear-floor"), "POST /bench/clear-floor");
    }

    @Override
    public JsonNode floor() throws IOException, InterruptedException {
        return Uidl.JSON.readTree(expectOk(call(transport, "GET", "bench/floor"), "GET /bench/floor"));
    }

    @Override
    public ServerStats stats(boolean gc) throws IOException, InterruptedException {
        var json = Uidl.JSON.readTree(expectOk(call(transport, "GET", gc ? "bench/stats?gc=true" : "bench/stats"),
                "GET /bench/stats"));
        long dbPid = json.path("dbPid").asLong(-1);
        return new ServerStats(json.path("cpuNanos").asLong(-1), json.path("heapUsed").asLong(-1),
                json.path("heapAfterGc").asLong(-1), json.path("dbQuestions").asLong(-1),
                json.path("subscribers").asLong(-1), json.path("sessions").asLong(-1), json.path("pid").asLong(-1),
                dbPid, ProcCpu.nanos(dbPid));
    }

    private static HttpResponse<String> call(Transport transport, String method, String path)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(transport.resolve(path)).timeout(Duration.ofMinutes(5))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return transport.client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new ProtocolException(what + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(value -> list.add(value.asString()));
        return List.copyOf(list);
    }
}
