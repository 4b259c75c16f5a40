package org.majlis.floor;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.Refusals;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.base.Move;
import org.majlis.base.NotFoundException;
import org.majlis.floor.internal.FloorRequest;
import org.majlis.floor.internal.FloorRequestRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;
import static org.majlis.Refusals.keyOf;

/**
 * In a closed room, and in a past edition's, nobody but the secretariat changes the floor: requests, withdrawals,
 * the chair's verbs and written statements are refused with the reason and change nothing; reading stays.
 */
@MajlisSpringTest
class FloorReadOnlyRoomTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    StatementService statements;
    @Autowired
    FloorRequestRepository requests;
    @Autowired
    JdbcTemplate jdbc;

    private static AgendaItemData item(String title) {
        return new AgendaItemData(LocalizedText.of(title, null, null), LocalizedText.empty(), 30,
                SpeakingLimits.none());
    }

    private static StatementData text(String text) {
        return StatementData.text(LocalizedText.of(text, null, null));
    }

    /** The room's floor as stored: every request (with its intervention) and every written statement. */
    private List<Object> floorRows(long roomId) {
        return List.of(jdbc.queryForList("SELECT * FROM floor_request WHERE room_id = ? ORDER BY id", roomId),
                jdbc.queryForList("SELECT * FROM written_statement WHERE room_id = ? ORDER BY id", roomId));
    }

    private static void refusedFor(String person, String key, Map<String, ThrowingCallable> changes) {
        changes.forEach((name, change) -> assertThat(keyOf(() -> as(person, () -> {
            Refusals.run(change);
            return null;
        }))).as(person + ": " + name).isEqualTo(key));
    }

    @Test
    void in_a_closed_room_nobody_but_the_secretariat_changes_the_floor_and_a_refused_change_changes_nothing() {
        var room = LiveRoomFixture.create(context, 4);
        var current = as(room.chair, () -> agenda.open(room.roomId,
                agenda.create(room.roomId, item("Trade facilitation")).id()));
        var waiting = as(room.delegate(0), () -> floor.requestFloor(room.roomId, current.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        var written = as(room.delegate(0), () -> statements.submit(room.roomId, waiting.id(),
                StatementService.NO_STATEMENT, text("Our statement")));
        var speaking = as(room.delegate(1), () -> floor.requestFloor(room.roomId, current.id(),
                room.organisationOf(1), FloorKind.STATEMENT));
        as(room.chair, () -> floor.grant(room.roomId, speaking.id(), null));
        var third = as(room.delegate(2), () -> floor.requestFloor(room.roomId, current.id(), room.organisationOf(2),
                FloorKind.QUESTION));
        room.closeRoom();
        var before = floorRows(room.roomId);

        var delegateChanges = new LinkedHashMap<String, ThrowingCallable>();
        delegateChanges.put("withdraw", () -> floor.withdraw(room.roomId, waiting.id()));
        delegateChanges.put("statement", () -> statements.submit(room.roomId, waiting.id(), written.version(),
                text("Changed")));
        refusedFor(room.delegate(0), "room.refused.closed", delegateChanges);
        refusedFor(room.delegate(3), "room.refused.closed", Map.of("request the floor", () -> floor.requestFloor(
                room.roomId, current.id(), room.organisationOf(3), FloorKind.POINT_OF_ORDER)));
        var chairChanges = new LinkedHashMap<String, ThrowingCallable>();
        chairChanges.put("give the floor to the next", () -> floor.grantNext(room.roomId, current.id(), speaking.id()));
        chairChanges.put("give the floor", () -> floor.grant(room.roomId, waiting.id(), speaking.id()));
        chairChanges.put("refuse", () -> floor.refuse(room.roomId, third.id(), "Out of time"));
        chairChanges.put("end", () -> floor.endIntervention(room.roomId, speaking.id()));
        chairChanges.put("add time", () -> floor.addTime(room.roomId, speaking.id(), 60));
        chairChanges.put("move", () -> floor.move(room.roomId, third.id(), Move.UP));
        refusedFor(room.chair, "room.refused.closed", chairChanges);

        assertThat(floorRows(room.roomId)).isEqualTo(before);
        // reading stays: the floor, the record and the statements, for those who read them
        var seenByDelegate = as(room.delegate(3), () -> floor.state(room.roomId));
        assertThat(seenByDelegate.mayRequest()).isFalse();
        assertThat(seenByDelegate.queue()).extracting(FloorRequestSummary::id).containsExactly(waiting.id(), third.id());
        assertThat(as(room.chair, () -> floor.state(room.roomId)).mayChair()).isFalse();
        assertThat(as(room.observer, () -> floor.record(room.roomId))).hasSize(3);
        assertThat(as(room.rapporteur, () -> statements.ofItem(room.roomId, current.id()))).hasSize(1);
        assertThat(as(room.delegate(0), () -> statements.ofRequest(room.roomId, waiting.id()))).isPresent();
    }

    @Test
    void in_a_past_editions_room_nobody_but_the_secretariat_changes_the_floor() {
        var room = LiveRoomFixture.createInPastEdition(context, 2);
        var current = asAdmin(() -> agenda.open(room.roomId,
                agenda.create(room.roomId, item("Trade facilitation")).id()));
        // a request made while the edition ran (its delegates can no longer make one)
        var waiting = requests.saveAndFlush(new FloorRequest(room.roomId, current.id(),
                room.delegateParticipants.getFirst(), "Person " + room.delegate(0), room.organisationOf(0),
                LocalizedText.of("Delegation", null, null), FloorKind.STATEMENT, Instant.parse("1990-01-10T09:00:00Z")));
        var before = floorRows(room.roomId);

        var delegateChanges = new LinkedHashMap<String, ThrowingCallable>();
        delegateChanges.put("withdraw", () -> floor.withdraw(room.roomId, waiting.getId()));
        delegateChanges.put("statement", () -> statements.submit(room.roomId, waiting.getId(),
                StatementService.NO_STATEMENT, text("Late")));
        refusedFor(room.delegate(0), "room.refused.past-edition", delegateChanges);
        refusedFor(room.delegate(1), "room.refused.past-edition", Map.of("request the floor", () ->
                floor.requestFloor(room.roomId, current.id(), room.organisationOf(1), FloorKind.STATEMENT)));
        var chairChanges = new LinkedHashMap<String, ThrowingCallable>();
        chairChanges.put("give the floor to the next", () -> floor.grantNext(room.roomId, current.id(), null));
        chairChanges.put("give the floor", () -> floor.grant(room.roomId, waiting.getId(), null));
        chairChanges.put("refuse", () -> floor.refuse(room.roomId, waiting.getId(), "Out of time"));
        chairChanges.put("move", () -> floor.move(room.roomId, waiting.getId(), Move.DOWN));
        refusedFor(room.chair, "room.refused.past-edition", chairChanges);

        assertThat(floorRows(room.roomId)).isEqualTo(before);
    }

    @Test
    void the_secretariat_still_runs_a_closed_rooms_floor_and_reopening_gives_it_back_to_its_people() {
        var room = LiveRoomFixture.create(context, 2);
        var current = as(room.chair, () -> agenda.open(room.roomId,
                agenda.create(room.roomId, item("Trade facilitation")).id()));
        var waiting = as(room.delegate(0), () -> floor.requestFloor(room.roomId, current.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        room.closeRoom();

        asAdmin(() -> floor.grant(room.roomId, waiting.id(), null));
        var ended = asAdmin(() -> floor.endIntervention(room.roomId, waiting.id()));
        assertThat(ended.status()).isEqualTo(FloorRequestStatus.SPOKE);

        room.reopenRoom("One more speaker");
        var asked = as(room.delegate(1), () -> floor.requestFloor(room.roomId, current.id(), room.organisationOf(1),
                FloorKind.STATEMENT));
        var granted = as(room.chair, () -> floor.grantNext(room.roomId, current.id(), null));
        assertThat(granted.id()).isEqualTo(asked.id());
        as(room.delegate(1), () -> statements.submit(room.roomId, asked.id(),
                StatementService.NO_STATEMENT, text("Thank you, Chair")));
        assertThat(as(room.delegate(1), () -> floor.state(room.roomId)).mayRequest()).isTrue();
    }

    @Test
    void ids_of_a_closed_rooms_floor_sent_through_a_writable_room_are_not_found_and_change_nothing() {
        var closed = LiveRoomFixture.create(context, 1);
        var current = as(closed.chair, () -> agenda.open(closed.roomId,
                agenda.create(closed.roomId, item("Trade facilitation")).id()));
        var waiting = as(closed.delegate(0), () -> floor.requestFloor(closed.roomId, current.id(),
                closed.organisationOf(0), FloorKind.STATEMENT));
        closed.closeRoom();
        var writable = LiveRoomFixture.create(context, 1);
        var before = floorRows(closed.roomId);

        assertThatThrownBy(() -> as(writable.chair, () -> floor.grant(writable.roomId, waiting.id(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(writable.chair, () -> floor.refuse(writable.roomId, waiting.id(), "Forged")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(writable.chair, () -> floor.grantNext(writable.roomId, current.id(), null)))
                .isInstanceOf(NotFoundException.class);

        assertThat(floorRows(closed.roomId)).isEqualTo(before);
    }
}
