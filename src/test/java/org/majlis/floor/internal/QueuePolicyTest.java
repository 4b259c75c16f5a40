package org.majlis.floor.internal;

import org.junit.jupiter.api.Test;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Move;
import org.majlis.floor.FloorKind;

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
}
