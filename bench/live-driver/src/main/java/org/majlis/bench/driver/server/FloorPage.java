package org.majlis.bench.driver.server;

import org.majlis.bench.driver.protocol.Participant;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens a room page on its Floor tab. The room page builds its tabs lazily, so the chair's and delegates' buttons
 * exist only once the Floor tab is open: {@code ?tab=floor} does that. An app without that parameter shows another
 * tab first; then the Floor tab is selected as a user would (the third tab: Participants, Agenda, Floor, … in
 * English), and a warning says that the page opened differently from the contract.
 */
public final class FloorPage {

    private static final int FLOOR_TAB_INDEX = 2;
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private FloorPage() {
    }

    public static void open(Participant participant, BenchRoom room) throws IOException, InterruptedException {
        participant.open(room.route("floor"));
        if (participant.nodeOf("floor-panel") < 0 && participant.nodeOf("room-tabs") >= 0) {
            if (WARNED.compareAndSet(false, true)) {
                System.out.println("  (the app ignores ?tab=floor: the driver selects the Floor tab itself)");
            }
            participant.selectTab(FLOOR_TAB_INDEX);
        }
    }
}
