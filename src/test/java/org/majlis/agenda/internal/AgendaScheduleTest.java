package org.majlis.agenda.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.agenda.internal.AgendaItemTest.NINE;
import static org.majlis.agenda.internal.AgendaItemTest.item;

class AgendaScheduleTest {

    @Test
    void a_room_that_has_not_started_is_on_schedule() {
        var items = List.of(item(1, 1, 20), item(2, 2, 30));
        assertThat(schedule(items, 0)).isZero();
    }

    @Test
    void a_closed_item_that_overran_puts_the_room_behind_and_one_that_finished_early_ahead() {
        var long1 = item(1, 1, 20);
        long1.open(NINE);
        long1.close(NINE.plusSeconds(25 * 60)); // 5 minutes over
        var short2 = item(2, 2, 30);
        short2.open(NINE.plusSeconds(25 * 60));
        short2.close(NINE.plusSeconds(45 * 60)); // 10 minutes early
        assertThat(schedule(List.of(long1, short2), 45 * 60)).isEqualTo(-5 * 60);
    }

    @Test
    void the_open_item_counts_only_once_it_runs_over_its_planned_time() {
        var open = item(1, 1, 10);
        open.open(NINE);
        assertThat(schedule(List.of(open), 5 * 60)).isZero();
        assertThat(schedule(List.of(open), 13 * 60)).isEqualTo(3 * 60);
    }

    @Test
    void a_deferred_item_counts_the_time_already_spent_on_it() {
        var deferred = item(1, 1, 10);
        deferred.open(NINE);
        deferred.defer(NINE.plusSeconds(4 * 60));
        assertThat(schedule(List.of(deferred), 60 * 60)).isEqualTo(4 * 60);
    }

    private static long schedule(List<AgendaItem> items, int secondsAfterNine) {
        var now = NINE.plusSeconds(secondsAfterNine);
        return AgendaSchedule.scheduleSeconds(items.stream().map(i -> i.toSummary(i.getPosition(), now)).toList());
    }
}
