package org.majlis.floor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.majlis.base.Move;
import org.majlis.meetings.DelegationRank;
import org.majlis.meetings.OrganisationData;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * Protocol order (organisation precedence, the co-chairs' organisations first, rank in the delegation, arrival within
 * a rank; the chair's switch seen by all and recorded) and replies tied to a speech, on real MariaDB.
 */
@MajlisSpringTest
class ProtocolOrderAndRepliesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    ParticipantService participants;
    @Autowired
    OrganisationService organisations;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 3);
        item = room.openItem(agenda, "Protocol item");
    }

    private FloorRequestSummary ask(String user, long organisationId, FloorKind kind, Long repliesTo) {
        return as(user, () -> floor.requestFloor(room.roomId, item.id(), organisationId, kind, repliesTo));
    }

    private FloorRequestSummary ask(int delegate, FloorKind kind, Long repliesTo) {
        return ask(room.delegate(delegate), room.organisationOf(delegate), kind, repliesTo);
    }

    /** Registers a delegate of the room for the organisation, with a rank. */
    private String delegateOf(long organisationId, DelegationRank rank) {
        var username = "p" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin(() -> {
            var created = participants.create(new org.majlis.meetings.ParticipantData("Person " + username,
                    username + "@test.example", organisationId, null, username, rank));
            return participants.assign(created.id(), created.version(), room.editionId,
                    List.of(new RoomAssignment(room.roomId, RoomRole.DELEGATE)));
        });
        return username;
    }

    private static String key(Throwable e) {
        return ((InvalidInputException) e).errors().getFirst().messageKey();
    }

    private List<Long> queueAs(String user) {
        return as(user, () -> floor.state(room.roomId)).queue().stream().map(FloorRequestSummary::id).toList();
    }

    @Test
    void the_chair_switches_to_protocol_order_everyone_sees_it_and_the_switch_is_recorded() {
        var before = as(room.chair, () -> floor.state(room.roomId));
        // the fixture's chair speaks for the first UN entity: its delegates come first in this room
        var unChairOrg = asAdmin(() -> organisations.list(OrganisationFamily.UN).getFirst().id());
        var observerOrg = asAdmin(() -> organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Observer body " + UUID.randomUUID(), null, null), LocalizedText.empty(), null, 25)));
        assertThat(observerOrg.effectivePrecedence()).isEqualTo(25);
        var head = delegateOf(room.organisationOf(2), DelegationRank.HEAD);
        var coChairs = delegateOf(unChairOrg, DelegationRank.EXPERT);
        var observer = delegateOf(observerOrg.id(), DelegationRank.EXPERT);

        var first = ask(0, FloorKind.STATEMENT, null);           // member state, expert (30)
        var second = ask(1, FloorKind.STATEMENT, null);          // member state, expert (30)
        var byHead = ask(head, room.organisationOf(2), FloorKind.STATEMENT, null); // member state, head (30)
        var byObserver = ask(observer, observerOrg.id(), FloorKind.STATEMENT, null); // its own precedence, 25
        var byCoChairs = ask(coChairs, unChairOrg, FloorKind.STATEMENT, null);      // a co-chair's organisation, 10
        assertThat(byCoChairs.precedence()).isEqualTo(OrganisationFamily.CO_CHAIRS);
        assertThat(byHead.rank()).isEqualTo(DelegationRank.HEAD);
        assertThat(queueAs(room.observer)).containsExactly(first.id(), second.id(), byHead.id(), byObserver.id(),
                byCoChairs.id());
        assertThat(before.order()).isEqualTo(SpeakerOrder.ARRIVAL);

        assertThat(as(room.chair, () -> floor.setOrder(room.roomId, SpeakerOrder.PROTOCOL))).isTrue();
        var seenByDelegate = as(room.delegate(0), () -> floor.state(room.roomId));
        assertThat(seenByDelegate.order()).isEqualTo(SpeakerOrder.PROTOCOL);
        assertThat(queueAs(room.delegate(0))).containsExactly(byCoChairs.id(), byObserver.id(), byHead.id(),
                first.id(), second.id());
        assertThat(seenByDelegate.myOpenRequest()).map(FloorRequestSummary::position).contains(4);
        // the next speaker is called in protocol order
        assertThat(as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null)).id()).isEqualTo(byCoChairs.id());
        // the same switch again changes and records nothing
        assertThat(as(room.secondChair, () -> floor.setOrder(room.roomId, SpeakerOrder.PROTOCOL))).isFalse();
        assertThat(as(room.secondChair, () -> floor.setOrder(room.roomId, SpeakerOrder.ARRIVAL))).isTrue();
        assertThat(queueAs(room.observer)).containsExactly(first.id(), second.id(), byHead.id(), byObserver.id());

        var history = as(room.observer, () -> floor.orderHistory(room.roomId));
        assertThat(history).extracting(SpeakerOrderEntry::order)
                .containsExactly(SpeakerOrder.PROTOCOL, SpeakerOrder.ARRIVAL);
        assertThat(history).extracting(SpeakerOrderEntry::changedBy)
                .containsExactly("Person " + room.chair, "Person " + room.secondChair);
        assertThat(history).allSatisfy(entry -> assertThat(entry.itemId()).isEqualTo(item.id()));
    }

    @Test
    void in_protocol_order_the_chair_moves_only_within_a_place() {
        var head = delegateOf(room.organisationOf(2), DelegationRank.HEAD);
        var first = ask(0, FloorKind.STATEMENT, null);
        var second = ask(1, FloorKind.STATEMENT, null);
        var byHead = ask(head, room.organisationOf(2), FloorKind.STATEMENT, null);
        as(room.chair, () -> floor.setOrder(room.roomId, SpeakerOrder.PROTOCOL));
        assertThatThrownBy(() -> as(room.chair, () -> floor.move(room.roomId, first.id(), Move.UP)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.move-across-protocol"));
        assertThat(queueAs(room.chair)).containsExactly(byHead.id(), first.id(), second.id());
        as(room.chair, () -> floor.move(room.roomId, second.id(), Move.UP));
        assertThat(queueAs(room.chair)).containsExactly(byHead.id(), second.id(), first.id());
    }

    @Test
    void only_the_rooms_chairs_and_the_secretariat_switch_the_order_and_a_read_only_room_refuses_chairs() {
        for (var user : List.of(room.delegate(0), room.observer, room.rapporteur, room.otherRoomChair)) {
            assertThatThrownBy(() -> as(user, () -> floor.setOrder(room.roomId, SpeakerOrder.PROTOCOL)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(room.observer, () -> floor.state(room.roomId)).order()).isEqualTo(SpeakerOrder.ARRIVAL);
        assertThat(as(room.observer, () -> floor.orderHistory(room.roomId))).isEmpty();
        // the other room's chair cannot read this room's switches either
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> floor.orderHistory(room.roomId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asAdmin(() -> floor.setOrder(room.roomId, SpeakerOrder.PROTOCOL))).isTrue();
        room.closeRoom();
        assertThatThrownBy(() -> as(room.chair, () -> floor.setOrder(room.roomId, SpeakerOrder.ARRIVAL)))
                .isNotInstanceOf(AccessDeniedException.class).isInstanceOf(RuntimeException.class);
        assertThat(as(room.observer, () -> floor.state(room.roomId)).order()).isEqualTo(SpeakerOrder.PROTOCOL);
    }

    @Test
    void a_right_of_reply_names_the_speech_it_answers_and_the_queue_and_record_show_it() {
        var speech = ask(0, FloorKind.STATEMENT, null);
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        var answerable = as(room.delegate(1), () -> floor.state(room.roomId)).answerable();
        assertThat(answerable).extracting(FloorRequestSummary::id).containsExactly(speech.id());

        var reply = ask(1, FloorKind.RIGHT_OF_REPLY, speech.id());
        assertThat(reply.repliesTo()).isNotNull();
        assertThat(reply.repliesTo().requestId()).isEqualTo(speech.id());
        assertThat(reply.repliesTo().speakerName()).isEqualTo("Person " + room.delegate(0));
        var queued = as(room.observer, () -> floor.state(room.roomId)).queue();
        assertThat(queued).singleElement().satisfies(r -> assertThat(r.repliesTo().requestId()).isEqualTo(speech.id()));

        // the chair gives the floor to the reply right after the speech it answers
        var speaking = as(room.chair, () -> floor.grant(room.roomId, reply.id(), speech.id()));
        assertThat(speaking.repliesTo().requestId()).isEqualTo(speech.id());
        assertThat(as(room.observer, () -> floor.state(room.roomId)).speaker().repliesTo().speakerName())
                .isEqualTo("Person " + room.delegate(0));
        var record = as(room.observer, () -> floor.record(room.roomId));
        assertThat(record).filteredOn(r -> r.id() == reply.id()).singleElement()
                .satisfies(r -> assertThat(r.repliesTo().requestId()).isEqualTo(speech.id()));
    }

    @Test
    void a_reply_to_a_speech_not_given_or_of_another_room_or_by_a_statement_is_refused_and_records_nothing() {
        var waiting = ask(0, FloorKind.STATEMENT, null);
        assertThatThrownBy(() -> ask(1, FloorKind.RIGHT_OF_REPLY, waiting.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.reply-target"));
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        assertThatThrownBy(() -> ask(1, FloorKind.STATEMENT, waiting.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.reply-kind"));

        // an intervention of another room: not found on this item
        var other = LiveRoomFixture.create(context, 1);
        var otherItem = other.openItem(agenda, "Elsewhere");
        var elsewhere = as(other.delegate(0), () -> floor.requestFloor(other.roomId, otherItem.id(),
                other.organisationOf(0), FloorKind.STATEMENT));
        as(other.chair, () -> floor.grantNext(other.roomId, otherItem.id(), null));
        assertThatThrownBy(() -> ask(1, FloorKind.QUESTION, elsewhere.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("floor.error.reply-target"));
        assertThat(as(room.delegate(1), () -> floor.state(room.roomId)).mine()).isEmpty();
    }
}
