package org.majlis.bench.driver.scenario;

import org.majlis.bench.driver.protocol.Participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The chair's changes of one measurement and when each recipient received each of them. A change is known by the
 * value it must produce (the countdown's new {@code target}), so a recipient that receives a value nobody asked
 * for is an error (a wrong value), and one that never receives a change is lost — unless it received a later
 * change instead (the server coalesced two changes into one push: superseded, not lost).
 */
final class ChangeLog {

    /** One click and its expected value; {@code received[r]} is recipient r's arrival in nanos (0: not yet). */
    record Change(int index, String value, long clickNanos, AtomicLongArray received) {
    }

    private final Map<Participant, Integer> recipients = new ConcurrentHashMap<>();
    private final Map<String, Change> byValue = new ConcurrentHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final Set<String> ignored = ConcurrentHashMap.newKeySet();
    private final AtomicLong wrong = new AtomicLong();
    private final AtomicLong late = new AtomicLong();
    private volatile String lastWrong;

    ChangeLog(List<Participant> recipients, Set<String> valuesBefore) {
        for (int i = 0; i < recipients.size(); i++) {
            this.recipients.put(recipients.get(i), i);
        }
        ignored.addAll(valuesBefore);
    }

    int recipientCount() {
        return recipients.size();
    }

    /** Announces a change just before the chair's request for it is sent. */
    synchronized Change expect(String value, long clickNanos) {
        var change = new Change(changes.size(), value, clickNanos, new AtomicLongArray(recipients.size()));
        changes.add(change);
        byValue.put(value, change);
        return change;
    }

    /** A recipient's countdown got {@code value} at {@code nanos} (called on the receiving thread). */
    void received(Participant who, String value, long nanos) {
        var index = recipients.get(who);
        if (index == null) {
            return;
        }
        var change = value == null ? null : byValue.get(value);
        if (change == null) {
            if (value == null || !ignored.contains(value)) {
                wrong.incrementAndGet();
                lastWrong = who.name() + " got " + value;
            }
            return;
        }
        if (!change.received().compareAndSet(index, 0, nanos)) {
            late.incrementAndGet();
        }
    }

    synchronized List<Change> changes() {
        return List.copyOf(changes);
    }

    /** Whether every recipient has every change, or a later one instead. */
    boolean complete() {
        var all = changes();
        if (all.isEmpty()) {
            return true;
        }
        var lastChange = all.getLast();
        for (int r = 0; r < recipients.size(); r++) {
            if (lastChange.received().get(r) == 0) {
                return false;
            }
        }
        return true;
    }

    long wrong() {
        return wrong.get();
    }

    /** The same change received twice by one recipient. */
    long repeated() {
        return late.get();
    }

    String lastWrong() {
        return lastWrong;
    }

    /** Whether recipient r received a change after {@code change} (so a missing one was coalesced away). */
    boolean supersededFor(Change change, int r) {
        for (var later : changes()) {
            if (later.index() > change.index() && later.received().get(r) != 0) {
                return true;
            }
        }
        return false;
    }
}
