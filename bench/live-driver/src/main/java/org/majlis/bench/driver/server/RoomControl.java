package org.majlis.bench.driver.server;

import tools.jackson.databind.JsonNode;

/**
 * What the scenarios ask of the server besides the UI: the room and accounts, putting a speaker on the floor,
 * clearing it, reading the floor and the server's counters. {@link BenchEndpoints} when the app runs with its
 * bench switch; {@link DemoRoom} against a plain demo app (development only).
 */
public interface RoomControl extends AutoCloseable {

    BenchRoom room();

    /**
     * One speaker on the floor of the current item (the countdown's {@code target} then exists everywhere), the
     * agenda lengthened to at least {@code agendaItems} items and {@code queue} requests waiting after the speaker
     * (0 and 0: just the speaker). Returns the speaker's deadline in epoch ms, or -1 when the server does not say.
     */
    long prepare(int agendaItems, int queue) throws Exception;

    /** No speaker and an empty list of speakers. */
    void clearFloor() throws Exception;

    /** {@code GET /bench/floor}, or null when the server cannot tell. */
    JsonNode floor() throws Exception;

    /** The server's counters; {@code gc} runs a full GC first so that {@code heapAfterGc} is live heap. */
    ServerStats stats(boolean gc) throws Exception;

    @Override
    default void close() {
    }
}
