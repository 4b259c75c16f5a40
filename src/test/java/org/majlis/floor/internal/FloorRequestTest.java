package org.majlis.floor.internal;

import org.junit.jupiter.api.Test;
import org.majlis.base.InvalidInputException;
import org.majlis.floor.FloorEvent.FloorGranted;
import org.majlis.floor.FloorEvent.FloorRequestRefused;
import org.majlis.floor.FloorEvent.FloorRequestWithdrawn;
import org.majlis.floor.FloorEvent.InterventionEnded;
import org.majlis.floor.FloorEvent.InterventionPaused;
import org.majlis.floor.FloorEvent.InterventionResumed;
import org.majlis.floor.FloorEvent.SpeakingTimeAdded;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.floor.internal.FloorRequests.NINE;
import static org.majlis.floor.internal.FloorRequests.request;

class FloorRequestTest {

    @Test
    void granting_the_floor_starts_the_intervention_with_its_limit() {
        var request = request(1, FloorKind.STATEMENT);
        request.grantFloor(NINE, 180);
        assertThat(request.getStatus()).isEqualTo(FloorRequestStatus.SPEAKING);
        assertThat(request.timer().deadline()).isEqualTo(NINE.plusSeconds(180));
        assertThat(request.pullEvents()).containsExactly(new FloorGranted(7, 70, 1));
    }

    @Test
    void ending_an_intervention_twice_is_refused_and_changes_nothing() {
        var request = request(1, FloorKind.STATEMENT);
        request.grantFloor(NINE, 180);
        request.endIntervention(NINE.plusSeconds(100));
        request.pullEvents();
        assertThatThrownBy(() -> request.endIntervention(NINE.plusSeconds(200)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().getFirst().messageKey())
                        .isEqualTo("floor.error.not-speaking"));
        assertThat(request.timer().endedAt()).isEqualTo(NINE.plusSeconds(100));
        assertThat(request.pullEvents()).isEmpty();
    }

    @Test
    void an_ended_intervention_says_so() {
        var request = request(1, FloorKind.STATEMENT);
        request.grantFloor(NINE, 180);
        request.endIntervention(NINE.plusSeconds(100));
        assertThat(request.getStatus()).isEqualTo(FloorRequestStatus.SPOKE);
        assertThat(request.pullEvents()).endsWith(new InterventionEnded(7, 70, 1));
    }

    @Test
    void only_a_waiting_request_can_be_withdrawn_refused_or_granted() {
        var speaking = request(1, FloorKind.STATEMENT);
        speaking.grantFloor(NINE, 60);
        assertThatThrownBy(() -> speaking.withdraw(NINE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> speaking.refuse("no", NINE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> speaking.grantFloor(NINE, 60)).isInstanceOf(InvalidInputException.class);
        var withdrawn = request(2, FloorKind.STATEMENT);
        withdrawn.withdraw(NINE);
        assertThat(withdrawn.pullEvents()).containsExactly(new FloorRequestWithdrawn(7, 70, 2));
        assertThatThrownBy(() -> withdrawn.grantFloor(NINE, 60)).isInstanceOf(InvalidInputException.class);
        assertThat(withdrawn.getStatus()).isEqualTo(FloorRequestStatus.WITHDRAWN);
    }

    @Test
    void a_refused_request_keeps_its_reason() {
        var request = request(1, FloorKind.QUESTION);
        request.refuse("  The list of speakers on this item is closed  ", NINE);
        assertThat(request.toSummary(0, false).refusalReason()).isEqualTo("The list of speakers on this item is closed");
        assertThat(request.pullEvents()).containsExactly(new FloorRequestRefused(7, 70, 1));
    }

    @Test
    void the_chair_adds_time_only_while_someone_speaks() {
        var request = request(1, FloorKind.STATEMENT);
        assertThatThrownBy(() -> request.addTime(30)).isInstanceOf(InvalidInputException.class);
        request.grantFloor(NINE, 120);
        request.addTime(30);
        request.addTime(60);
        assertThat(request.timer().deadline()).isEqualTo(NINE.plusSeconds(210));
        assertThat(request.pullEvents()).contains(new SpeakingTimeAdded(7, 70, 1, 30));
        assertThatThrownBy(() -> request.addTime(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> request.addTime(FloorRequest.MAX_ADDED_SECONDS)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pausing_stops_the_clock_for_everyone_and_resuming_goes_on_from_where_it_was() {
        var request = request(1, FloorKind.STATEMENT);
        request.grantFloor(NINE, 180);
        request.pullEvents();

        request.pause(NINE.plusSeconds(60));
        assertThat(request.timer().paused()).isTrue();
        assertThat(request.timer().remaining(NINE.plusSeconds(90)).toSeconds()).isEqualTo(120);
        request.resume(NINE.plusSeconds(90));
        assertThat(request.timer().paused()).isFalse();
        assertThat(request.timer().deadline()).isEqualTo(NINE.plusSeconds(210));
        assertThat(request.pullEvents()).containsExactly(new InterventionPaused(7, 70, 1),
                new InterventionResumed(7, 70, 1));
    }

    @Test
    void pausing_twice_or_resuming_a_running_clock_is_refused_and_changes_nothing() {
        var request = request(1, FloorKind.STATEMENT);
        request.grantFloor(NINE, 180);
        assertThatThrownBy(() -> request.resume(NINE.plusSeconds(10)))
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().getFirst().messageKey())
                        .isEqualTo("floor.error.not-paused"));
        request.pause(NINE.plusSeconds(20));
        assertThatThrownBy(() -> request.pause(NINE.plusSeconds(30)))
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().getFirst().messageKey())
                        .isEqualTo("floor.error.already-paused"));
        assertThat(request.timer().pausedAt()).isEqualTo(NINE.plusSeconds(20));
    }

    @Test
    void ending_while_paused_leaves_the_pause_out_of_the_time_spoken() {
        var request = request(1, FloorKind.STATEMENT);
        request.grantFloor(NINE, 180);
        request.pause(NINE.plusSeconds(50));
        request.endIntervention(NINE.plusSeconds(80));
        assertThat(request.timer().spoken().toSeconds()).isEqualTo(50);
        assertThat(request.timer().paused()).isFalse();
    }

    @Test
    void a_waiting_request_cannot_be_paused() {
        var request = request(1, FloorKind.STATEMENT);
        assertThatThrownBy(() -> request.pause(NINE)).isInstanceOf(InvalidInputException.class);
    }
}
