package org.majlis.floor.internal;

import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;

import java.time.Instant;

/** Floor requests for domain tests, with the ids the database would give them in arrival order. */
final class FloorRequests {

    static final Instant NINE = Instant.parse("2024-07-23T09:00:00Z");

    private FloorRequests() {
    }

    static FloorRequest request(long id, FloorKind kind) {
        return request(id, id, kind);
    }

    static FloorRequest request(long id, long participantId, FloorKind kind) {
        var request = new FloorRequest(7, 70, participantId, "Delegate " + participantId, 100 + participantId,
                LocalizedText.of("ORG" + participantId, null, null), kind, NINE.plusSeconds(id));
        try {
            var field = FloorRequest.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(request, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return request;
    }
}
