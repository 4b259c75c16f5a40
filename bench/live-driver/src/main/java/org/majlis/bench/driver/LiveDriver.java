package org.majlis.bench.driver;

import org.majlis.bench.driver.protocol.Transport;
import org.majlis.bench.driver.report.Machine;
import org.majlis.bench.driver.report.Table;
import org.majlis.bench.driver.scenario.BurstScenario;
import org.majlis.bench.driver.scenario.FanoutScenario;
import org.majlis.bench.driver.scenario.MemoryScenario;
import org.majlis.bench.driver.scenario.Settings;
import org.majlis.bench.driver.server.BenchEndpoints;
import org.majlis.bench.driver.server.DemoRoom;
import org.majlis.bench.driver.server.RoomControl;

import java.util.ArrayList;

/**
 * The live room's load driver: simulates participants of one room through Vaadin's real protocol (sign-in, room
 * page, push websocket, clicks) and measures how the chair's changes reach them (bench/README.md). Uses the app's
 * bench endpoints when it has them, otherwise a plain demo app's Economic room (development only).
 */
public final class LiveDriver {

    private LiveDriver() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            // exit even though Playwright's or the HTTP client's threads still run
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            if (!"usage".equals(e.getMessage())) {
                System.err.println(e.getMessage());
            }
            System.err.println(Settings.USAGE);
            System.exit(2);
            return;
        }
        var machine = Machine.current();
        System.out.println("live-driver against " + settings.base() + " — " + machine.describe());
        var tables = new ArrayList<Table>();
        var descriptions = new ArrayList<String>();
        try (var transport = new Transport(settings.base()); var control = control(transport, settings)) {
            var scenario = settings.scenario();
            if (scenario.equals("memory") || scenario.equals("all")) {
                tables.add(new MemoryScenario(transport, control, settings).run());
                descriptions.add(settings.describe("memory"));
            }
            if (scenario.equals("fanout") || scenario.equals("all")) {
                tables.add(new FanoutScenario(transport, control, settings).run());
                descriptions.add(settings.describe("fanout"));
            }
            if (scenario.equals("burst") || scenario.equals("all")) {
                tables.add(new BurstScenario(transport, control, settings).run());
                descriptions.add(settings.describe("burst"));
            }
        }
        for (int i = 0; i < tables.size(); i++) {
            tables.get(i).print(System.out, machine, descriptions.get(i));
            var file = tables.get(i).writeCsv(settings.out(), machine, descriptions.get(i));
            System.out.println("(appended to " + file + ")");
        }
        System.exit(0);
    }

    private static RoomControl control(Transport transport, Settings settings) throws Exception {
        var endpoints = BenchEndpoints.find(transport);
        if (endpoints != null) {
            var room = endpoints.room();
            System.out.printf("bench endpoints: room %d, %d observers, %d delegates%n", room.roomId(),
                    room.observers().size(), room.delegates().size());
            return endpoints;
        }
        System.out.println("no /bench endpoints: plain demo app, room " + settings.demoRoomId()
                + " (demo accounts signed in many times; no statement counts)");
        return new DemoRoom(transport, settings.demoRoomId(), settings.appPid(), settings.dbPid(),
                settings.mostParticipants());
    }
}
