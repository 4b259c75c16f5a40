package org.majlis.base.live;

import java.util.List;

/**
 * Who is in a room now, from the room views' attach and detach. One person with several tabs counts once; a
 * closed tab leaves when its view detaches (at the latest when Vaadin drops the UI after missed heartbeats).
 */
public interface RoomPresence {

    /** Enters the room as this person until the registration is removed. */
    RoomUpdates.Registration enter(long roomId, String personKey, String label);

    /** How many people are in the room now (without listing them: what every open page shows). */
    int count(long roomId);

    /** The people in the room now, by label (sorted: only for someone who opens the list). */
    List<Present> present(long roomId);

    record Present(String personKey, String label, int views) {
    }
}
