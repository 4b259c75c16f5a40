package org.majlis.agenda;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.Refusals;
import org.majlis.base.LocalizedText;
import org.majlis.base.Move;
import org.majlis.base.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;
import static org.majlis.Refusals.keyOf;

/**
 * A closed room's agenda, and a past edition's, is read-only for its chairs: every change is refused with the reason
 * and changes nothing; the secretariat still changes it; reopening the room gives it back to the chairs.
 */
@MajlisSpringTest
class AgendaReadOnlyRoomTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    JdbcTemplate jdbc;

    private static AgendaItemData data(String title) {
        return new AgendaItemData(LocalizedText.of(title, null, null), LocalizedText.empty(), 20,
                SpeakingLimits.none());
    }

    private List<Map<String, Object>> rows(long roomId) {
        return jdbc.queryForList("SELECT * FROM agenda_item WHERE room_id = ? ORDER BY id", roomId);
    }

    /** Every change a chair can make to the agenda, by name, on an open item and a pending one. */
    private Map<String, ThrowingCallable> everyChange(long roomId, AgendaItemSummary open, AgendaItemSummary pending) {
        var changes = new LinkedHashMap<String, ThrowingCallable>();
        changes.put("add", () -> agenda.create(roomId, data("Added while closed")));
        changes.put("edit", () -> agenda.update(roomId, pending.id(), pending.version(), data("Renamed")));
        changes.put("delete", () -> agenda.delete(roomId, pending.id(), pending.version()));
        changes.put("move", () -> agenda.move(roomId, pending.id(), Move.UP));
        changes.put("open", () -> agenda.open(roomId, pending.id()));
        changes.put("close", () -> agenda.close(roomId, open.id()));
        changes.put("defer", () -> agenda.defer(roomId, open.id()));
        changes.put("reopen", () -> agenda.reopen(roomId, open.id()));
        return changes;
    }

    @Test
    void in_a_closed_room_the_chair_can_no_longer_change_the_agenda_and_a_refused_change_changes_nothing() {
        var room = LiveRoomFixture.create(context, 1);
        var open = as(room.chair, () -> agenda.create(room.roomId, data("Trade facilitation")));
        var pending = as(room.chair, () -> agenda.create(room.roomId, data("Food security")));
        as(room.chair, () -> agenda.open(room.roomId, open.id()));
        room.closeRoom();
        var before = rows(room.roomId);

        everyChange(room.roomId, open, pending).forEach((name, change) -> assertThat(keyOf(() ->
                as(room.chair, () -> {
                    Refusals.run(change);
                    return null;
                }))).as(name).isEqualTo("room.refused.closed"));

        assertThat(rows(room.roomId)).isEqualTo(before);
        // everyone in the room still reads it
        assertThat(as(room.observer, () -> agenda.overview(room.roomId)).items()).hasSize(2);
    }

    @Test
    void in_a_past_editions_room_the_chair_can_no_longer_change_the_agenda_but_the_secretariat_can() {
        var room = LiveRoomFixture.createInPastEdition(context, 1);
        var open = asAdmin(() -> agenda.create(room.roomId, data("Trade facilitation")));
        var pending = asAdmin(() -> agenda.create(room.roomId, data("Food security")));
        asAdmin(() -> agenda.open(room.roomId, open.id()));
        var before = rows(room.roomId);

        everyChange(room.roomId, open, pending).forEach((name, change) -> assertThat(keyOf(() ->
                as(room.chair, () -> {
                    Refusals.run(change);
                    return null;
                }))).as(name).isEqualTo("room.refused.past-edition"));

        assertThat(rows(room.roomId)).isEqualTo(before);
    }

    @Test
    void the_secretariat_still_changes_a_closed_rooms_agenda_and_reopening_gives_it_back_to_the_chairs() {
        var room = LiveRoomFixture.create(context, 1);
        room.closeRoom();

        var added = asAdmin(() -> agenda.create(room.roomId, data("Added by the secretariat")));
        asAdmin(() -> agenda.open(room.roomId, added.id()));
        assertThat(as(room.chair, () -> agenda.currentItem(room.roomId))).map(AgendaItemSummary::id)
                .contains(added.id());

        room.reopenRoom("The chairs finish the agenda");
        as(room.chair, () -> agenda.close(room.roomId, added.id()));
        var next = as(room.chair, () -> agenda.create(room.roomId, data("Any other business")));
        assertThat(as(room.chair, () -> agenda.overview(room.roomId)).items()).extracting(AgendaItemSummary::id)
                .containsExactly(added.id(), next.id());
    }

    @Test
    void a_chair_of_an_open_room_cannot_reach_a_closed_rooms_items_through_their_own_room() {
        var closed = LiveRoomFixture.create(context, 1);
        var item = as(closed.chair, () -> agenda.create(closed.roomId, data("Trade facilitation")));
        closed.closeRoom();
        var writable = LiveRoomFixture.create(context, 1);
        var before = rows(closed.roomId);

        // the item is looked up within the room named, so another room's item is not found there
        assertThatThrownBy(() -> as(writable.chair, () -> agenda.open(writable.roomId, item.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(writable.chair, () -> agenda.update(writable.roomId, item.id(), item.version(),
                data("Forged")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(writable.chair, () -> {
            agenda.delete(writable.roomId, item.id(), item.version());
            return null;
        })).isInstanceOf(NotFoundException.class);

        assertThat(rows(closed.roomId)).isEqualTo(before);
    }
}
