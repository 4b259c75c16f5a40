package org.majlis.meetings;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.DemoIds;
import org.majlis.InputErrors;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.live.RoomChange;
import org.majlis.base.live.RoomUpdates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;
import static org.majlis.Refusals.keyOf;

/**
 * The one rule of read-only rooms ({@link RoomAccess}): a room is writable while it is open and of the current edition;
 * otherwise only the secretariat changes it. Closing and reopening are the secretariat's recorded actions.
 */
@MajlisSpringTest
class ReadOnlyRoomsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RoomAccess access;
    @Autowired
    RoomService rooms;
    @Autowired
    RoomUpdates updates;
    @Autowired
    JdbcTemplate jdbc;

    LiveRoomFixture room;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 1);
    }

    private RoomSummary summary() {
        return asAdmin(() -> rooms.details(room.roomId).room());
    }

    private List<Object> roomRowAndHistory() {
        return List.of(jdbc.queryForMap("SELECT is_open, version, title_en FROM room WHERE id = ?", room.roomId),
                jdbc.queryForList("SELECT * FROM room_status_change WHERE room_id = ?", room.roomId));
    }

    @Test
    void an_open_room_of_the_current_edition_is_writable_for_everyone_in_it() {
        assertThat(access.readOnlyReason(room.roomId)).isEmpty();
        for (var person : List.of(room.chair, room.rapporteur, room.delegate(0), room.observer)) {
            assertThat(as(person, () -> access.mayChange(room.roomId))).as(person).isTrue();
            assertThat(as(person, () -> rooms.details(room.roomId)).readOnly()).isNull();
            assertThatCode(() -> as(person, () -> access.requireWritable(room.roomId))).doesNotThrowAnyException();
        }
    }

    @Test
    void a_closed_room_is_read_only_for_its_people_with_the_reason_but_not_for_the_secretariat() {
        room.closeRoom();

        assertThat(access.readOnlyReason(room.roomId)).contains(ReadOnlyReason.CLOSED);
        for (var person : List.of(room.chair, room.rapporteur, room.delegate(0), room.observer)) {
            var details = as(person, () -> rooms.details(room.roomId));
            assertThat(details.readOnly()).isEqualTo(ReadOnlyReason.CLOSED);
            assertThat(details.mayChange()).as(person).isFalse();
            assertThat(keyOf(() -> as(person, () -> access.requireWritable(room.roomId))))
                    .isEqualTo("room.refused.closed");
        }
        var secretariat = asAdmin(() -> rooms.details(room.roomId));
        assertThat(secretariat.readOnly()).isEqualTo(ReadOnlyReason.CLOSED);
        assertThat(secretariat.mayChange()).isTrue();
        assertThatCode(() -> asAdmin(() -> {
            access.requireWritable(room.roomId);
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void every_room_of_a_past_edition_is_read_only_even_when_open_and_the_past_edition_is_the_reason_given() {
        var past = LiveRoomFixture.createInPastEdition(context, 1);
        var geneva = new DemoIds(jdbc).room(15, RoomKind.ECONOMIC_SCIENTIFIC);

        for (var roomId : List.of(past.roomId, geneva)) {
            assertThat(asAdmin(() -> rooms.details(roomId)).room().open()).isTrue();
            assertThat(access.readOnlyReason(roomId)).contains(ReadOnlyReason.PAST_EDITION);
        }
        assertThat(as(past.chair, () -> access.mayChange(past.roomId))).isFalse();
        assertThat(keyOf(() -> as(past.chair, () -> access.requireWritable(past.roomId))))
                .isEqualTo("room.refused.past-edition");
        // Geneva's rapporteur of the economic room (who chairs it in Astana) may no longer change it
        assertThat(keyOf(() -> as("eco.chair.oic", () -> access.requireWritable(geneva))))
                .isEqualTo("room.refused.past-edition");
        // closed as well: the past edition stays the reason (reopening would not make it writable)
        past.closeRoom();
        assertThat(access.readOnlyReason(past.roomId)).contains(ReadOnlyReason.PAST_EDITION);
        past.reopenRoom("Typo in the record");
        assertThat(as(past.chair, () -> access.mayChange(past.roomId))).isFalse();
    }

    @Test
    void the_demo_rooms_of_the_current_edition_are_writable_and_those_of_geneva_are_not() {
        var ids = new DemoIds(jdbc);
        for (var kind : List.of(RoomKind.PLENARY, RoomKind.POLITICAL, RoomKind.ECONOMIC_SCIENTIFIC,
                RoomKind.CULTURAL_SOCIAL_HUMANITARIAN)) {
            assertThat(access.readOnlyReason(ids.room(16, kind))).as("Astana %s", kind).isEmpty();
            assertThat(access.readOnlyReason(ids.room(15, kind))).as("Geneva %s", kind)
                    .contains(ReadOnlyReason.PAST_EDITION);
        }
    }

    @Test
    void closing_and_reopening_are_recorded_with_who_when_and_why_and_reopening_makes_the_room_writable_again() {
        room.closeRoom();
        var closed = asAdmin(() -> rooms.details(room.roomId)).lastStatusChange();
        assertThat(closed).isNotNull();
        assertThat(closed.open()).isFalse();
        assertThat(closed.changedBy()).isEqualTo("Mariam Touré"); // the secretariat's participant record
        assertThat(closed.reason()).isNull();

        room.reopenRoom("  The chairs asked to finish item 4  ");

        assertThat(as(room.chair, () -> access.mayChange(room.roomId))).isTrue();
        assertThat(as(room.chair, () -> rooms.details(room.roomId)).readOnly()).isNull();
        var history = asAdmin(() -> rooms.statusHistory(room.roomId));
        assertThat(history).extracting(RoomStatusEntry::open).containsExactly(true, false);
        assertThat(history.getFirst().reason()).isEqualTo("The chairs asked to finish item 4");
        assertThat(history.getFirst().changedBy()).isEqualTo("Mariam Touré");
        assertThat(history.getFirst().changedAt()).isAfterOrEqualTo(history.get(1).changedAt());
        assertThat(as(room.chair, () -> rooms.details(room.roomId)).lastStatusChange()).isEqualTo(history.getFirst());
    }

    @Test
    void reopening_needs_a_reason_of_at_most_500_characters_and_otherwise_changes_nothing() {
        room.closeRoom();
        var version = summary().version();
        var before = roomRowAndHistory();

        assertThat(InputErrors.of(() -> asAdmin(() -> rooms.reopen(room.roomId, version, "   "))))
                .containsExactly("reason: validation.required");
        assertThat(InputErrors.withArguments(() -> asAdmin(() -> rooms.reopen(room.roomId, version,
                "x".repeat(501))))).containsExactly("reason: validation.too-long [500]");

        assertThat(roomRowAndHistory()).isEqualTo(before);
        assertThat(as(room.chair, () -> access.mayChange(room.roomId))).isFalse();
    }

    @Test
    void no_one_but_the_secretariat_may_close_or_reopen_a_room_and_a_refused_try_changes_nothing() {
        var version = summary().version();
        var before = roomRowAndHistory();
        for (var person : List.of(room.chair, room.rapporteur, room.delegate(0), room.observer, room.otherRoomChair)) {
            assertThatThrownBy(() -> as(person, () -> rooms.close(room.roomId, version))).as(person)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(roomRowAndHistory()).isEqualTo(before);

        room.closeRoom();
        var closedVersion = summary().version();
        var closed = roomRowAndHistory();
        for (var person : List.of(room.chair, room.rapporteur, room.delegate(0), room.observer, room.otherRoomChair)) {
            assertThatThrownBy(() -> as(person, () -> rooms.reopen(room.roomId, closedVersion, "We want to go on")))
                    .as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(person, () -> rooms.statusHistory(room.roomId))).as(person)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(roomRowAndHistory()).isEqualTo(closed);
    }

    @Test
    void closing_a_closed_room_or_from_a_stale_version_is_refused_and_changes_nothing() {
        var stale = summary().version();
        room.closeRoom();
        var now = summary().version();
        var before = roomRowAndHistory();

        assertThatThrownBy(() -> asAdmin(() -> rooms.close(room.roomId, stale)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(keyOf(() -> asAdmin(() -> rooms.close(room.roomId, now)))).isEqualTo("room.refused.already-closed");
        assertThat(roomRowAndHistory()).isEqualTo(before);

        room.reopenRoom("Back in session");
        var open = summary().version();
        assertThat(keyOf(() -> asAdmin(() -> rooms.reopen(room.roomId, open, "Again"))))
                .isEqualTo("room.refused.already-open");
    }

    @Test
    void saving_a_room_cannot_open_or_close_it_unrecorded_and_changes_nothing() {
        var summary = summary();
        var before = roomRowAndHistory();

        assertThat(InputErrors.of(() -> asAdmin(() -> rooms.update(room.roomId, summary.version(),
                new RoomData(summary.kind(), summary.title(), false)))))
                .containsExactly("open: validation.room.open-by-action");
        assertThat(roomRowAndHistory()).isEqualTo(before);
    }

    @Test
    void closing_and_reopening_reach_the_rooms_open_pages_after_commit() {
        var changes = new CopyOnWriteArrayList<RoomChange>();
        try (var ignored = updates.subscribe(room.roomId, changes::add)) {
            room.closeRoom();
            room.reopenRoom("Back in session");
            await().until(() -> statusChanges(changes).size() >= 2);
        }
        // (the room's other events, such as the fixture's roles being given, may arrive too)
        assertThat(statusChanges(changes))
                .containsExactly(new RoomStatusChanged(room.roomId, false), new RoomStatusChanged(room.roomId, true));
    }

    private static java.util.List<RoomStatusChanged> statusChanges(java.util.List<RoomChange> changes) {
        return changes.stream().flatMap(c -> c.events().stream()).filter(RoomStatusChanged.class::isInstance)
                .map(RoomStatusChanged.class::cast).toList();
    }
}
