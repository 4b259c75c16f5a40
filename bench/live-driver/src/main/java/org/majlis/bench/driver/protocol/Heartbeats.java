package org.majlis.bench.driver.protocol;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Sends each open UI's heartbeat ({@code POST ?v-r=heartbeat&v-uiId=N}) every {@code heartbeatInterval} seconds
 * from the bootstrap (300 s by default), as Vaadin's client does. Without it the server closes a UI after three
 * missed heartbeats — an observer that only listens to push sends nothing else — and a long run at thousands of
 * participants would lose its first ones after 15 minutes. One virtual thread for all participants.
 */
final class Heartbeats {

    private static final Set<Participant> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile Thread thread;

    private Heartbeats() {
    }

    static void add(Participant participant) {
        OPEN.add(participant);
        if (thread == null) {
            synchronized (Heartbeats.class) {
                if (thread == null) {
                    thread = Thread.ofVirtual().name("heartbeats").start(Heartbeats::run);
                }
            }
        }
    }

    static void remove(Participant participant) {
        OPEN.remove(participant);
    }

    private static void run() {
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (var participant : OPEN) {
                if (participant.heartbeatDue(now)) {
                    Thread.ofVirtual().start(participant::heartbeat);
                }
            }
        }
    }

    static long nanos(int seconds) {
        return TimeUnit.SECONDS.toNanos(seconds);
    }
}
