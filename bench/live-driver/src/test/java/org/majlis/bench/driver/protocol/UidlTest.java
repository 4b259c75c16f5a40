package org.majlis.bench.driver.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UidlTest {

    @Test
    void anHttpResponseIsTheGuardedArrayOfOneMessage() {
        var message = Uidl.fromHttpResponse("for(;;);[{\"syncId\":7,\"clientId\":3}]");

        assertEquals(7, Uidl.syncId(message));
        assertEquals(3, message.get("clientId").asInt());
    }

    @Test
    void onlyJsonObjectsAreMessages() {
        assertTrue(Uidl.isMessage("{\"syncId\":1}"));
        assertFalse(Uidl.isMessage("1c5ac4ba-97c1-420b-aaf9-2e7a89144b71|0|X|"));
        assertFalse(Uidl.isMessage("X"));
        assertFalse(Uidl.isMessage(""));
    }

    @Test
    void utf8LengthIsTheEncodedSize() {
        var text = "a é – العربية 😀";

        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, Uidl.utf8Length(text));
    }
}
