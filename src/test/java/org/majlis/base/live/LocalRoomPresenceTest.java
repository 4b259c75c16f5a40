package org.majlis.base.live;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRoomPresenceTest {

    final ArrayList<Object> published = new ArrayList<>();
    final LocalRoomPresence presence = new LocalRoomPresence(published::add);

    @Test
    void a_person_with_two_tabs_is_present_once_until_both_are_closed() {
        var first = presence.enter(1, "eco.fao", "Jean-Marc Lefèvre (FAO)");
        var second = presence.enter(1, "eco.fao", "Jean-Marc Lefèvre (FAO)");
        presence.enter(1, "eco.chair.un", "Elena Petrova (UNDP)");
        assertThat(presence.present(1)).extracting(RoomPresence.Present::label)
                .containsExactly("Elena Petrova (UNDP)", "Jean-Marc Lefèvre (FAO)");
        first.remove();
        assertThat(presence.present(1)).hasSize(2);
        second.remove();
        second.remove();
        assertThat(presence.present(1)).extracting(RoomPresence.Present::personKey).containsExactly("eco.chair.un");
        assertThat(published).containsExactly(new PresenceChanged(1), new PresenceChanged(1), new PresenceChanged(1));
    }

    @Test
    void an_empty_room_keeps_no_entry() {
        presence.enter(5, "x", "X").remove();
        assertThat(presence.present(5)).isEmpty();
    }
}
