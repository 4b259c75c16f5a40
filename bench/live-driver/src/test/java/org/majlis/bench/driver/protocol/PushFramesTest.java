package org.majlis.bench.driver.protocol;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PushFramesTest {

    private final PushFrames frames = new PushFrames();

    @Test
    void theHandshakeIsAMessageOfItsOwn() {
        // as Atmosphere sends it on connect: tracking id, heartbeat interval, padding
        var messages = frames.add("41|1c5ac4ba-97c1-420b-aaf9-2e7a89144b71|0|X|");

        assertEquals(List.of("1c5ac4ba-97c1-420b-aaf9-2e7a89144b71|0|X|"), messages);
        assertEquals(0, frames.pendingChars());
    }

    @Test
    void oneFrameCanHoldSeveralMessages() {
        var messages = frames.add("12|{\"syncId\":4}12|{\"syncId\":5}1|X");

        assertEquals(List.of("{\"syncId\":4}", "{\"syncId\":5}", "X"), messages);
    }

    @Test
    void aMessageCanSpanFramesEvenInsideItsLength() {
        var received = new ArrayList<String>();
        received.addAll(frames.add("1"));
        received.addAll(frames.add("2|{\"sync"));
        assertTrue(received.isEmpty());
        received.addAll(frames.add("Id\":4}2"));
        received.addAll(frames.add("|{}"));

        assertEquals(List.of("{\"syncId\":4}", "{}"), received);
        assertEquals(0, frames.pendingChars());
    }

    @Test
    void theLengthCountsCharactersNotBytes() {
        var payload = "{\"text\":\"السادسة عشرة – 16e\"}";

        var messages = frames.add(payload.length() + "|" + payload);

        assertEquals(List.of(payload), messages);
    }

    @Test
    void aStreamWithoutLengthsIsRefused() {
        assertThrows(IllegalStateException.class, () -> frames.add("{\"syncId\":4}"));
    }
}
