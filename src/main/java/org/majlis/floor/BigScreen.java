package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * The floor of a room as its big screen shows it to everyone in the room (ADR 0048): only what is public when
 * spoken aloud — the current item, who has the floor for which organisation with their timer, and who speaks next.
 * No ids of requests, no refusals or their reasons, no statements, no notes, no e-mail addresses: the projector's
 * page never holds more than it shows.
 *
 * @param roomId   the room whose changes the page follows (its broadcasts carry nothing else)
 * @param next     the next speakers, at most {@link #NEXT}
 * @param now      the server's time when this was read (for the browser's countdown)
 */
public record BigScreen(long roomId, @Nullable Item item, @Nullable Speaker speaker, List<Waiting> next,
                        Instant now) {

    /** How many waiting speakers the screen lists. */
    public static final int NEXT = 3;

    public BigScreen {
        next = List.copyOf(next);
    }

    /** The item under discussion. */
    public record Item(int number, LocalizedText title) {
    }

    /** Who has the floor. */
    public record Speaker(String name, LocalizedText organisation, FloorKind kind, SpeakingTimer timer) {
    }

    /** A speaker waiting their turn, in queue order. */
    public record Waiting(String name, LocalizedText organisation, FloorKind kind) {
    }

    static BigScreen of(RoomFloor floor, Instant now) {
        var item = floor.item();
        if (item == null) {
            return new BigScreen(floor.roomId(), null, null, List.of(), now);
        }
        var speaker = floor.speaker();
        return new BigScreen(floor.roomId(), new Item(item.number(), item.title()),
                speaker == null || speaker.timer() == null ? null : new Speaker(speaker.speakerName(),
                        speaker.organisation(), speaker.kind(), speaker.timer()),
                floor.queue().stream().limit(NEXT)
                        .map(w -> new Waiting(w.speakerName(), w.organisation(), w.kind())).toList(),
                now);
    }
}
