package org.majlis.floor.internal;

import org.junit.jupiter.api.Test;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Move;
import org.majlis.floor.FloorKind;
import org.majlis.floor.SpeakerOrder;
import org.majlis.meetings.DelegationRank;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.floor.internal.FloorRequests.NINE;
import static org.majlis.floor.internal.FloorRequests.request;

class QueuePolicyTest {

    @Test
    void requests_queue_in_arrival_order() {
        var a = request(1, FloorKind.STATEMENT);
        var b = request(2, FloorKind.QUESTION);
        var c = request(3, FloorKind.RIGHT_OF_REPLY);
        assertThat(QueuePolicy.queue(List.of(c, a, b))).containsExactly(a, b, c);
    }

    @Test
    void a_point_of_order_goes_to_the_top_and_points_of_order_keep_their_arrival_order() {
        var a = request(1, FloorKind.STATEMENT);
        var b = request(2, FloorKind.STATEMENT);
        var order1 = request(3, FloorKind.POINT_OF_ORDER);
        var order2 = request(4, FloorKind.POINT_OF_ORDER);
        assertThat(QueuePolicy.queue(List.of(a, b, order1, order2))).containsExactly(order1, order2, a, b);
        assertThat(QueuePolicy.next(List.of(a, b, order2, order1))).contains(order1);
    }

    @Test
    void only_waiting_requests_are_in_the_queue() {
        var spoke = request(1, FloorKind.STATEMENT);
        spoke.grantFloor(NINE, 60);
        var withdrawn = request(2, FloorKind.STATEMENT);
        withdrawn.withdraw(NINE);
        var refused = request(3, FloorKind.STATEMENT);
        refused.refuse("Not on this item", NINE);
        var waiting = request(4, FloorKind.STATEMENT);
        assertThat(QueuePolicy.queue(List.of(spoke, withdrawn, refused, waiting))).containsExactly(waiting);
    }

    @Test
    void the_chair_moves_a_request_up_and_later_arrivals_still_come_last() {
        var a = request(1, FloorKind.STATEMENT);
        var b = request(2, FloorKind.STATEMENT);
        var c = request(3, FloorKind.STATEMENT);
        assertThat(QueuePolicy.move(List.of(a, b, c), c, Move.UP)).isTrue();
        assertThat(QueuePolicy.queue(List.of(a, b, c))).containsExactly(a, c, b);
        var d = request(4, FloorKind.STATEMENT);
        assertThat(QueuePolicy.queue(List.of(a, b, c, d))).containsExactly(a, c, b, d);
    }

    @Test
    void moving_past_either_end_changes_nothing() {
        var a = request(1, FloorKind.STATEMENT);
        var b = request(2, FloorKind.STATEMENT);
        assertThat(QueuePolicy.move(List.of(a, b), a, Move.UP)).isFalse();
        assertThat(QueuePolicy.move(List.of(a, b), b, Move.DOWN)).isFalse();
        assertThat(QueuePolicy.queue(List.of(a, b))).containsExactly(a, b);
    }

    @Test
    void a_statement_cannot_be_moved_above_a_point_of_order() {
        var order = request(1, FloorKind.POINT_OF_ORDER);
        var statement = request(2, FloorKind.STATEMENT);
        assertThatThrownBy(() -> QueuePolicy.move(List.of(order, statement), statement, Move.UP))
                .isInstanceOf(InvalidInputException.class);
        assertThat(QueuePolicy.queue(List.of(order, statement))).containsExactly(order, statement);
    }

    @Test
    void asking_again_for_the_same_kind_is_the_same_request_and_for_another_kind_is_refused() {
        var open = request(1, 5, FloorKind.STATEMENT);
        assertThat(QueuePolicy.oneOpenRequestPerDelegate(List.of(open), FloorKind.STATEMENT)).contains(open);
        assertThatThrownBy(() -> QueuePolicy.oneOpenRequestPerDelegate(List.of(open), FloorKind.QUESTION))
                .isInstanceOf(InvalidInputException.class);
        open.withdraw(NINE);
        assertThat(QueuePolicy.oneOpenRequestPerDelegate(List.of(open), FloorKind.QUESTION)).isEmpty();
    }

    @Test
    void a_delegate_who_is_speaking_cannot_queue_again_on_the_same_item() {
        var speaking = request(1, 5, FloorKind.STATEMENT);
        speaking.grantFloor(NINE, 60);
        assertThatThrownBy(() -> QueuePolicy.oneOpenRequestPerDelegate(List.of(speaking), FloorKind.STATEMENT))
                .isInstanceOf(InvalidInputException.class);
    }

    // --- protocol order --------------------------------------------------------------------------------------------

    private static FloorRequest placed(long id, FloorKind kind, int precedence, DelegationRank rank) {
        var request = request(id, kind);
        request.takeProtocolPlace(precedence, rank);
        return request;
    }

    @Test
    void protocol_order_goes_by_precedence_then_rank_and_arrival_decides_within_a_rank() {
        var stateExpert = placed(1, FloorKind.STATEMENT, 30, DelegationRank.EXPERT);
        var stateHead = placed(2, FloorKind.STATEMENT, 30, DelegationRank.HEAD);
        var observer = placed(3, FloorKind.STATEMENT, 40, DelegationRank.HEAD);
        var unAgency = placed(4, FloorKind.QUESTION, 20, DelegationRank.EXPERT);
        var coChair = placed(5, FloorKind.STATEMENT, 10, DelegationRank.DEPUTY);
        var laterStateExpert = placed(6, FloorKind.STATEMENT, 30, DelegationRank.EXPERT);
        var all = List.of(stateExpert, stateHead, observer, unAgency, coChair, laterStateExpert);
        assertThat(QueuePolicy.queue(all, SpeakerOrder.ARRIVAL))
                .containsExactly(stateExpert, stateHead, observer, unAgency, coChair, laterStateExpert);
        assertThat(QueuePolicy.queue(all, SpeakerOrder.PROTOCOL))
                .containsExactly(coChair, unAgency, stateHead, stateExpert, laterStateExpert, observer);
        assertThat(QueuePolicy.next(all, SpeakerOrder.PROTOCOL)).contains(coChair);
    }

    @Test
    void in_protocol_order_a_point_of_order_still_comes_first() {
        var coChair = placed(1, FloorKind.STATEMENT, 10, DelegationRank.HEAD);
        var point = placed(2, FloorKind.POINT_OF_ORDER, 40, DelegationRank.EXPERT);
        assertThat(QueuePolicy.queue(List.of(coChair, point), SpeakerOrder.PROTOCOL)).containsExactly(point, coChair);
    }

    @Test
    void in_protocol_order_the_chair_moves_a_speaker_only_within_the_same_place() {
        var head = placed(1, FloorKind.STATEMENT, 30, DelegationRank.HEAD);
        var expert = placed(2, FloorKind.STATEMENT, 30, DelegationRank.EXPERT);
        var otherExpert = placed(3, FloorKind.STATEMENT, 30, DelegationRank.EXPERT);
        var all = List.of(head, expert, otherExpert);
        assertThatThrownBy(() -> QueuePolicy.move(all, expert, Move.UP, SpeakerOrder.PROTOCOL))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("floor.error.move-across-protocol");
        assertThat(QueuePolicy.queue(all, SpeakerOrder.PROTOCOL)).containsExactly(head, expert, otherExpert);
        assertThat(QueuePolicy.move(all, otherExpert, Move.UP, SpeakerOrder.PROTOCOL)).isTrue();
        assertThat(QueuePolicy.queue(all, SpeakerOrder.PROTOCOL)).containsExactly(head, otherExpert, expert);
    }

    // --- replies tied to a speech ----------------------------------------------------------------------------------

    @Test
    void a_reply_answers_the_current_speaker_or_one_of_the_last_three() {
        var spoken = new java.util.ArrayList<FloorRequest>();
        for (var i = 1; i <= 4; i++) {
            var speech = request(i, FloorKind.STATEMENT);
            speech.grantFloor(NINE.plusSeconds(i * 100), 60);
            speech.endIntervention(NINE.plusSeconds(i * 100 + 50));
            spoken.add(speech);
        }
        var current = request(5, FloorKind.STATEMENT);
        current.grantFloor(NINE.plusSeconds(600), 60);
        var waiting = request(6, FloorKind.STATEMENT);
        var all = new java.util.ArrayList<>(spoken);
        all.add(current);
        all.add(waiting);
        assertThat(QueuePolicy.answerable(all))
                .containsExactly(current, spoken.get(3), spoken.get(2), spoken.get(1));

        var reply = request(7, FloorKind.RIGHT_OF_REPLY);
        reply.answer(current, all);
        assertThat(reply.getRepliesTo()).isEqualTo(5L);
        assertThat(reply.toSummary(1, false, current).repliesTo())
                .satisfies(r -> assertThat(r.speakerName()).isEqualTo("Delegate 5"));

        var tooLate = request(8, FloorKind.QUESTION);
        assertThatThrownBy(() -> tooLate.answer(spoken.getFirst(), all))
                .hasMessageContaining("floor.error.reply-target");
        assertThatThrownBy(() -> tooLate.answer(waiting, all)).hasMessageContaining("floor.error.reply-target");
        assertThat(tooLate.getRepliesTo()).isNull();

        var statement = request(9, FloorKind.STATEMENT);
        assertThatThrownBy(() -> statement.answer(current, all)).hasMessageContaining("floor.error.reply-kind");
    }
}
