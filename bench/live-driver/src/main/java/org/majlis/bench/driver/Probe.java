package org.majlis.bench.driver;

import org.majlis.bench.driver.protocol.Participant;
import org.majlis.bench.driver.protocol.Transport;

import java.net.URI;
import java.util.Set;

/**
 * A development aid for finding out what a page sends: one participant signs in, opens a route, clicks the given
 * element ids one second apart ({@code tab:N} selects the N-th tab instead, {@code resync} asks for the whole
 * state again), prints the element ids and watched
 * attributes that arrive, and signs out. With {@code LIVE_DRIVER_DEBUG=1} (or {@code full}) every message too.
 *
 * <pre>
 * java -cp live-driver.jar org.majlis.bench.driver.Probe http://127.0.0.1:8080 eco.chair.un \
 *     "rooms/7?tab=floor" floor-add-30
 * </pre>
 */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Probe <base> <username> <route> [element id | tab:N]…  (password demo)");
            System.exit(2);
        }
        try (var transport = new Transport(URI.create(args[0]))) {
            var participant = new Participant(transport, args[1], Set.of("target", "data-request-id"), true,
                    (who, change, nanos, push) -> System.out.println(who + " " + change + (push ? " push" : "")));
            participant.signIn(args[1], "demo");
            participant.open(args[2]);
            for (int i = 3; i < args.length; i++) {
                Thread.sleep(1000);
                System.out.println("click " + args[i]);
                if (args[i].startsWith("tab:")) {
                    participant.selectTab(Integer.parseInt(args[i].substring(4)));
                } else if (args[i].equals("resync")) {
                    participant.resynchronize();
                } else {
                    participant.click(args[i]);
                }
            }
            Thread.sleep(3000);
            participant.close(true);
            System.out.printf("lost %d, errors %d (%s), %d push bytes%n", participant.lost(), participant.errors(),
                    participant.lastError(), participant.pushBytes());
        }
    }
}
