package org.majlis.floor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.majlis.base.Move;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;

@MajlisSpringTest
class FloorServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 3);
        item = openItem("Trade facilitation", null);
    }

    private AgendaItemSummary openItem(String title, Integer statementLimit) {
        var created = as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(LocalizedText.of(title, null, null),
                LocalizedText.empty(), 30, new SpeakingLimits(statementLimit, null, null, null))));
        return as(room.chair, () -> agenda.open(room.roomId, created.id()));
    }

    private FloorRequestSummary ask(int delegate, FloorKind kind) {
        return as(room.delegate(delegate), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(delegate), kind));
    }

    private FloorState stateAs(String user) {
        return as(user, () -> floor.state(room.roomId));
    }

    private static String key(Throwable e) {
        return ((InvalidInputException) e).errors().getFirst().messageKey();
    }

    @Test
    void a_delegates_request_appears_in_the_queue_with_organisation_and_kind() {
        var request = ask(0, FloorKind.STATEMENT);
        assertThat(request.status()).isEqualTo(FloorRequestStatus.WAITING);
        assertThat(request.position()).isEqualTo(1);
        var seenByChair = stateAs(room.chair);
        assertThat(seenByChair.queue()).singleElement().satisfies(r -> {
            assertThat(r.organisationId()).isEqualTo(room.organisationOf(0));
            assertThat(r.organisation().en()).isNotBlank();
            assertThat(r.kind()).isEqualTo(FloorKind.STATEMENT);
            assertThat(r.speakerName()).isEqualTo("Person " + room.delegate(0));
        });
        assertThat(seenByChair.mayChair()).isTrue();
        var seenByDelegate = stateAs(room.delegate(0));
        assertThat(seenByDelegate.myOpenRequest()).map(FloorRequestSummary::id).contains(request.id());
        assertThat(seenByDelegate.mayRequest()).isTrue();
        assertThat(stateAs(room.observer).mayRequest()).isFalse();
    }

    @Test
    void a_double_click_makes_one_request_and_another_kind_is_refused_until_withdrawn() {
        var first = ask(0, FloorKind.STATEMENT);
        var again = ask(0, FloorKind.STATEMENT);
        assertThat(again.id()).isEqualTo(first.id());
        assertThatThrownBy(() -> ask(0, FloorKind.QUESTION))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.already-requested"));
        as(room.delegate(0), () -> floor.withdraw(room.roomId, first.id()));
        assertThat(ask(0, FloorKind.QUESTION).id()).isNotEqualTo(first.id());
        assertThat(stateAs(room.chair).queue()).hasSize(1);
    }

    @Test
    void a_point_of_order_goes_to_the_top() {
        var statement = ask(0, FloorKind.STATEMENT);
        var question = ask(1, FloorKind.QUESTION);
        var order = ask(2, FloorKind.POINT_OF_ORDER);
        assertThat(order.position()).isEqualTo(1);
        assertThat(stateAs(room.chair).queue()).extracting(FloorRequestSummary::id)
                .containsExactly(order.id(), statement.id(), question.id());
    }

    @Test
    void the_chair_gives_the_floor_to_the_next_speaker_with_the_rooms_default_limit() {
        var request = ask(0, FloorKind.STATEMENT);
        ask(1, FloorKind.QUESTION);
        var speaking = as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        assertThat(speaking.id()).isEqualTo(request.id());
        assertThat(speaking.timer().limitSeconds()).isEqualTo((int) Duration.ofMinutes(5).toSeconds());
        var seenByObserver = stateAs(room.observer);
        assertThat(seenByObserver.speaker().id()).isEqualTo(request.id());
        assertThat(seenByObserver.speaker().timer().deadline()).isEqualTo(speaking.timer().startedAt().plusSeconds(300));
        assertThat(seenByObserver.queue()).hasSize(1);
        // the next one ends the current intervention
        var next = as(room.chair, () -> floor.grantNext(room.roomId, item.id(), request.id()));
        assertThat(next.timer().limitSeconds()).isEqualTo(120);
        assertThat(stateAs(room.delegate(0)).mine()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(FloorRequestStatus.SPOKE));
    }

    @Test
    void the_items_own_limit_wins_and_the_chair_adds_time() {
        as(room.chair, () -> agenda.close(room.roomId, item.id()));
        item = openItem("Short statements", 90);
        var request = ask(0, FloorKind.STATEMENT);
        var speaking = as(room.chair, () -> floor.grant(room.roomId, request.id(), null));
        assertThat(speaking.timer().limitSeconds()).isEqualTo(90);
        var extended = as(room.chair, () -> floor.addTime(room.roomId, request.id(), 30));
        assertThat(extended.timer().deadline()).isEqualTo(speaking.timer().deadline().plusSeconds(30));
    }

    @Test
    void the_chair_pauses_the_speaker_everyone_sees_it_paused_and_resuming_keeps_the_time_left() {
        var request = ask(0, FloorKind.STATEMENT);
        as(room.chair, () -> floor.grant(room.roomId, request.id(), null));

        as(room.chair, () -> floor.pause(room.roomId, request.id()));
        for (var viewer : new String[] {room.delegate(1), room.observer, room.chair}) {
            assertThat(stateAs(viewer).speaker().timer().paused()).as(viewer).isTrue();
        }
        var resumed = as(room.chair, () -> floor.resume(room.roomId, request.id()));
        assertThat(resumed.timer().paused()).isFalse();
        assertThat(resumed.timer().pausedMillis()).isGreaterThanOrEqualTo(0);
        assertThat(stateAs(room.observer).speaker().timer().paused()).isFalse();
    }

    @Test
    void a_delegate_cannot_pause_the_speaker_nor_a_chair_through_another_rooms_id() {
        var request = ask(0, FloorKind.STATEMENT);
        as(room.chair, () -> floor.grant(room.roomId, request.id(), null));

        assertThatThrownBy(() -> as(room.delegate(0), () -> floor.pause(room.roomId, request.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> floor.pause(room.otherRoomId, request.id())))
                .isInstanceOf(org.majlis.base.NotFoundException.class);
        assertThat(stateAs(room.chair).speaker().timer().paused()).isFalse();
    }

    @Test
    void the_chair_calls_a_chosen_speaker_out_of_order() {
        ask(0, FloorKind.STATEMENT);
        var chosen = ask(2, FloorKind.STATEMENT);
        as(room.chair, () -> floor.grant(room.roomId, chosen.id(), null));
        assertThat(stateAs(room.chair).speaker().id()).isEqualTo(chosen.id());
    }

    @Test
    void ending_an_intervention_twice_is_refused_and_changes_nothing() {
        var request = ask(0, FloorKind.STATEMENT);
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        var ended = as(room.chair, () -> floor.endIntervention(room.roomId, request.id()));
        assertThatThrownBy(() -> as(room.secondChair, () -> floor.endIntervention(room.roomId, request.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.not-speaking"));
        var after = as(room.chair, () -> floor.record(room.roomId)).getFirst();
        assertThat(after.timer().endedAt()).isEqualTo(ended.timer().endedAt());
        assertThat(after.version()).isEqualTo(ended.version());
        assertThat(stateAs(room.chair).speaker()).isNull();
    }

    @Test
    void giving_the_floor_on_a_closed_item_is_refused_and_changes_nothing() {
        var request = ask(0, FloorKind.STATEMENT);
        as(room.chair, () -> agenda.close(room.roomId, item.id()));
        assertThatThrownBy(() -> as(room.chair, () -> floor.grant(room.roomId, request.id(), null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.item-not-open"));
        assertThatThrownBy(() -> as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.item-not-open"));
        assertThatThrownBy(() -> ask(1, FloorKind.STATEMENT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.item-not-open"));
        assertThat(as(room.chair, () -> floor.record(room.roomId))).extracting(FloorRequestSummary::status)
                .containsExactly(FloorRequestStatus.LAPSED);
    }

    @Test
    void closing_the_item_ends_the_intervention_and_lapses_the_waiting_requests_which_stay_in_the_record() {
        var speaker = ask(0, FloorKind.STATEMENT);
        var waiting = ask(1, FloorKind.QUESTION);
        var withdrawn = ask(2, FloorKind.STATEMENT);
        as(room.delegate(2), () -> floor.withdraw(room.roomId, withdrawn.id()));
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        as(room.chair, () -> agenda.close(room.roomId, item.id()));
        var record = as(room.observer, () -> floor.record(room.roomId));
        assertThat(record).extracting(FloorRequestSummary::id, FloorRequestSummary::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(speaker.id(), FloorRequestStatus.SPOKE),
                org.assertj.core.groups.Tuple.tuple(waiting.id(), FloorRequestStatus.LAPSED),
                org.assertj.core.groups.Tuple.tuple(withdrawn.id(), FloorRequestStatus.WITHDRAWN));
        assertThat(record.getFirst().timer().endedAt()).isNotNull();
        assertThat(stateAs(room.observer).item()).isNull();
    }

    @Test
    void the_chair_refuses_with_a_reason_that_the_delegate_sees() {
        var request = ask(0, FloorKind.RIGHT_OF_REPLY);
        assertThatThrownBy(() -> as(room.chair, () -> floor.refuse(room.roomId, request.id(), " ")))
                .isInstanceOf(InvalidInputException.class);
        as(room.chair, () -> floor.refuse(room.roomId, request.id(), "No right of reply on procedural items"));
        var mine = stateAs(room.delegate(0)).myLatestRequest().orElseThrow();
        assertThat(mine.status()).isEqualTo(FloorRequestStatus.REFUSED);
        assertThat(mine.refusalReason()).isEqualTo("No right of reply on procedural items");
        assertThat(stateAs(room.chair).queue()).isEmpty();
        assertThatThrownBy(() -> as(room.delegate(0), () -> floor.withdraw(room.roomId, request.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.withdraw-not-waiting"));
    }

    @Test
    void the_chair_reorders_the_queue() {
        var a = ask(0, FloorKind.STATEMENT);
        var b = ask(1, FloorKind.STATEMENT);
        var c = ask(2, FloorKind.STATEMENT);
        as(room.chair, () -> floor.move(room.roomId, c.id(), Move.UP));
        assertThat(stateAs(room.observer).queue()).extracting(FloorRequestSummary::id).containsExactly(a.id(), c.id(), b.id());
        assertThat(as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null)).id()).isEqualTo(a.id());
        assertThat(as(room.chair, () -> floor.grantNext(room.roomId, item.id(), a.id())).id()).isEqualTo(c.id());
    }

    @Test
    void two_chairs_giving_the_floor_to_the_next_speaker_at_once_never_skip_anyone() throws Exception {
        var a = ask(0, FloorKind.STATEMENT);
        var b = ask(1, FloorKind.STATEMENT);
        ask(2, FloorKind.STATEMENT);
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var outcomes = new CopyOnWriteArrayList<Object>();
        for (var chair : List.of(room.chair, room.secondChair)) {
            pool.submit(() -> {
                start.await();
                try {
                    outcomes.add(as(chair, () -> floor.grantNext(room.roomId, item.id(), a.id())));
                } catch (InvalidInputException e) {
                    outcomes.add(key(e));
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes).containsOnlyOnce("floor.error.speaker-changed");
        var state = stateAs(room.chair);
        assertThat(state.speaker().id()).isEqualTo(b.id());
        assertThat(state.queue()).hasSize(1);
    }

    @Test
    void an_observer_a_rapporteur_and_a_chair_cannot_ask_for_the_floor() {
        for (var user : List.of(room.observer, room.rapporteur, room.chair)) {
            assertThatThrownBy(() -> as(user, () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                    FloorKind.STATEMENT))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(stateAs(room.chair).queue()).isEmpty();
    }

    @Test
    void a_delegate_cannot_ask_for_another_organisation() {
        assertThatThrownBy(() -> as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(),
                room.organisationOf(1), FloorKind.STATEMENT))).isInstanceOf(AccessDeniedException.class);
        assertThat(stateAs(room.chair).queue()).isEmpty();
    }

    @Test
    void a_delegate_cannot_withdraw_another_delegates_request() {
        var request = ask(0, FloorKind.STATEMENT);
        assertThatThrownBy(() -> as(room.delegate(1), () -> floor.withdraw(room.roomId, request.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(room.chair, () -> floor.withdraw(room.roomId, request.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stateAs(room.chair).queue()).hasSize(1);
    }

    @Test
    void a_delegate_cannot_give_refuse_reorder_end_or_extend() {
        var request = ask(0, FloorKind.STATEMENT);
        var other = ask(1, FloorKind.STATEMENT);
        var delegate = room.delegate(0);
        assertThatThrownBy(() -> as(delegate, () -> floor.grantNext(room.roomId, item.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(delegate, () -> floor.grant(room.roomId, request.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(delegate, () -> floor.refuse(room.roomId, other.id(), "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(delegate, () -> floor.move(room.roomId, request.id(), Move.DOWN)))
                .isInstanceOf(AccessDeniedException.class);
        as(room.chair, () -> floor.grant(room.roomId, request.id(), null));
        assertThatThrownBy(() -> as(delegate, () -> floor.addTime(room.roomId, request.id(), 60)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(delegate, () -> floor.endIntervention(room.roomId, request.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(room.observer, () -> floor.endIntervention(room.roomId, request.id())))
                .isInstanceOf(AccessDeniedException.class);
        var state = stateAs(room.chair);
        assertThat(state.speaker().timer().addedSeconds()).isZero();
        assertThat(state.queue()).extracting(FloorRequestSummary::id).containsExactly(other.id());
    }

    @Test
    void the_chair_of_another_room_cannot_act_on_this_floor() {
        var request = ask(0, FloorKind.STATEMENT);
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> floor.grantNext(room.roomId, item.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> floor.grant(room.roomId, request.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> floor.state(room.roomId)))
                .isInstanceOf(AccessDeniedException.class);
        // through their own room the request is simply not there
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> floor.grant(room.otherRoomId, request.id(), null)))
                .isInstanceOf(org.majlis.base.NotFoundException.class);
        assertThat(stateAs(room.chair).speaker()).isNull();
    }
}
