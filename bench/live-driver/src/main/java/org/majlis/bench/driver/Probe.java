package org.majlis.bench.driver;

import org.majlis.bench.driver.protocol.Participant;
import org.majlis.bench.driver.protocol.Transport;

import java.net.URI;
import java.util.Set;

/** Development aid: signs in, opens a route, optionally clicks element ids, prints what arrives (LIVE_DRIVER_DEBUG). */
public final class Probe {
    public static void main(String[] args) throws Exception {
        try (var transport = new Transport(URI.create(args[0]))) {
            var p = new Participant(transport, args[1], Set.of("target", "data-request-id"), true,
                    (who, change, nanos, push) -> System.out.println(who + " " + change + (push ? " push" : " http")));
            p.signIn(args[1], "demo");
            p.open(args[2]);
            for (int i = 3; i < args.length; i++) {
                Thread.sleep(1000);
                System.out.println("click " + args[i]);
                if (args[i].startsWith("tab:")) {
                    p.selectTab(Integer.parseInt(args[i].substring(4)));
                } else {
                    p.click(args[i]);
                }
            }
            Thread.sleep(3000);
            p.close(true);
            System.out.println("lost " + p.lost() + " errors " + p.errors() + " " + p.lastError() + " bytes " + p.pushBytes());
        }
    }
}
