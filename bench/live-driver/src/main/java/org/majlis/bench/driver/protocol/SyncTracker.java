package org.majlis.bench.driver.protocol;

import java.util.TreeMap;

/**
 * Follows the {@code syncId} of the server messages one UI receives, to find lost and out-of-order messages.
 *
 * <p>Every message from the server to a UI (push frame or HTTP response) carries the next {@code syncId}: 0 in the
 * bootstrap, then +1 per message. Vaadin's client applies them in that order; when one arrives early (an HTTP
 * response and a push can overtake each other) it waits for the missing one up to {@code maxMessageSuspendTimeout}
 * (5 s) and then resynchronises. The driver does the same bookkeeping: a message ahead of the expected one is held
 * as a gap; a gap still open after the timeout is a lost message — unless it arrives after all, then it was late.
 * Thread-safe (a UI's HTTP responses and push
 * frames arrive on different threads).
 */
public final class SyncTracker {

    /** What a received {@code syncId} meant. */
    public enum Arrival { IN_ORDER, EARLY, FILLED_GAP, DUPLICATE, LATE }

    private long lastInOrder = -1;
    /** syncIds received ahead of {@link #lastInOrder} + 1, with the time the first of them arrived. */
    private final TreeMap<Long, Long> early = new TreeMap<>();
    private long gapSinceNanos = -1;
    /** syncIds given up as lost; one that arrives after all was late, not lost. */
    private final java.util.TreeSet<Long> givenUp = new java.util.TreeSet<>();
    private long duplicates;
    private long lost;
    private long late;

    /** Records a message; {@code nowNanos} is when it arrived. */
    public synchronized Arrival arrived(long syncId, long nowNanos) {
        if (givenUp.remove(syncId)) {
            lost--;
            late++;
            return Arrival.LATE;
        }
        if (syncId <= lastInOrder || early.containsKey(syncId)) {
            duplicates++;
            return Arrival.DUPLICATE;
        }
        if (syncId > lastInOrder + 1) {
            early.put(syncId, nowNanos);
            if (gapSinceNanos < 0) {
                gapSinceNanos = nowNanos;
            }
            return Arrival.EARLY;
        }
        lastInOrder = syncId;
        boolean hadGap = !early.isEmpty();
        while (!early.isEmpty() && early.firstKey() == lastInOrder + 1) {
            lastInOrder = early.pollFirstEntry().getKey();
        }
        gapSinceNanos = early.isEmpty() ? -1 : early.firstEntry().getValue();
        return hadGap ? Arrival.FILLED_GAP : Arrival.IN_ORDER;
    }

    /**
     * Whether a gap has been open longer than {@code timeoutNanos}; if so the missing messages count as lost and
     * the tracker moves past them (the caller resynchronises). Returns how many syncIds were given up.
     */
    public synchronized long giveUpIfOverdue(long nowNanos, long timeoutNanos) {
        if (gapSinceNanos < 0 || nowNanos - gapSinceNanos < timeoutNanos) {
            return 0;
        }
        long highest = early.lastKey();
        long missing = highest - lastInOrder - early.size();
        for (long id = lastInOrder + 1; id < highest; id++) {
            if (!early.containsKey(id)) {
                givenUp.add(id);
            }
        }
        lost += missing;
        lastInOrder = highest;
        early.clear();
        gapSinceNanos = -1;
        return missing;
    }

    /** Starts over from a known {@code syncId} (after a resynchronisation answered with it). */
    public synchronized void resetTo(long syncId) {
        lastInOrder = syncId;
        early.clear();
        gapSinceNanos = -1;
    }

    /** The last syncId received in order: what the client sends back as its {@code syncId}. */
    public synchronized long lastInOrder() {
        return lastInOrder;
    }

    public synchronized boolean hasGap() {
        return gapSinceNanos >= 0;
    }

    public synchronized long duplicates() {
        return duplicates;
    }

    /** syncIds given up and never received (so far). */
    public synchronized long lost() {
        return lost;
    }

    /** syncIds given up after the timeout that arrived after all (e.g. a slow HTTP response overtaken by pushes). */
    public synchronized long late() {
        return late;
    }
}
