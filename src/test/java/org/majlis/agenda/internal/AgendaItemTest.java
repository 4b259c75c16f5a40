package org.majlis.agenda.internal;

import org.junit.jupiter.api.Test;
import org.majlis.agenda.AgendaEvent.AgendaItemClosed;
import org.majlis.agenda.AgendaEvent.AgendaItemDeferred;
import org.majlis.agenda.AgendaEvent.AgendaItemOpened;
import org.majlis.agenda.AgendaEvent.AgendaItemReopened;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemStatus;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgendaItemTest {

    static final Instant NINE = Instant.parse("2024-07-23T09:00:00Z");

    static AgendaItem item(long id, int position, int plannedMinutes) {
        var item = new AgendaItem(7, position, new AgendaItemData(LocalizedText.of("Item " + id, null, null),
                LocalizedText.empty(), plannedMinutes, SpeakingLimits.none()));
        try {
            Field field = AgendaItem.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(item, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return item;
    }

    @Test
    void a_pending_item_opens_and_says_so() {
        var item = item(1, 1, 20);
        item.open(NINE);
        assertThat(item.getStatus()).isEqualTo(AgendaItemStatus.OPEN);
        assertThat(item.pullEvents()).containsExactly(new AgendaItemOpened(7, 1));
        assertThat(item.pullEvents()).isEmpty();
    }

    @Test
    void an_open_item_cannot_be_opened_again() {
        var item = item(1, 1, 20);
        item.open(NINE);
        item.pullEvents();
        assertThatThrownBy(() -> item.open(NINE.plusSeconds(5)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().getFirst().messageKey())
                        .isEqualTo("agenda.error.open-not-pending"));
        assertThat(item.pullEvents()).isEmpty();
        assertThat(item.actualSeconds(NINE.plusSeconds(60))).isEqualTo(60);
    }

    @Test
    void only_an_open_item_closes_and_closing_twice_is_refused() {
        var item = item(1, 1, 20);
        assertThatThrownBy(() -> item.close(NINE)).isInstanceOf(InvalidInputException.class);
        item.open(NINE);
        item.close(NINE.plusSeconds(600));
        assertThat(item.pullEvents()).containsExactly(new AgendaItemOpened(7, 1), new AgendaItemClosed(7, 1));
        assertThatThrownBy(() -> item.close(NINE.plusSeconds(700))).isInstanceOf(InvalidInputException.class);
        assertThat(item.actualSeconds(NINE.plusSeconds(5000))).isEqualTo(600);
    }

    @Test
    void a_closed_or_deferred_item_reopens_and_keeps_counting_its_earlier_time() {
        var item = item(1, 1, 20);
        item.open(NINE);
        item.defer(NINE.plusSeconds(300));
        assertThat(item.getStatus()).isEqualTo(AgendaItemStatus.DEFERRED);
        item.reopen(NINE.plusSeconds(1000));
        item.close(NINE.plusSeconds(1120));
        item.reopen(NINE.plusSeconds(2000));
        assertThat(item.actualSeconds(NINE.plusSeconds(2030))).isEqualTo(300 + 120 + 30);
        assertThat(item.pullEvents()).containsExactly(new AgendaItemOpened(7, 1), new AgendaItemDeferred(7, 1),
                new AgendaItemReopened(7, 1), new AgendaItemClosed(7, 1), new AgendaItemReopened(7, 1));
    }

    @Test
    void a_pending_item_cannot_be_reopened_and_a_closed_one_cannot_be_deferred() {
        var pending = item(1, 1, 20);
        assertThatThrownBy(() -> pending.reopen(NINE)).isInstanceOf(InvalidInputException.class);
        var closed = item(2, 2, 20);
        closed.open(NINE);
        closed.close(NINE.plusSeconds(10));
        assertThatThrownBy(() -> closed.defer(NINE.plusSeconds(20))).isInstanceOf(InvalidInputException.class);
        assertThat(closed.getStatus()).isEqualTo(AgendaItemStatus.CLOSED);
    }

    @Test
    void only_an_item_never_taken_up_can_be_deleted() {
        item(1, 1, 20).ensureDeletable();
        var deferredAfterOpening = item(2, 2, 20);
        deferredAfterOpening.open(NINE);
        deferredAfterOpening.defer(NINE.plusSeconds(1));
        assertThatThrownBy(deferredAfterOpening::ensureDeletable).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_one_item_of_a_room_is_open_at_a_time() {
        var first = item(1, 1, 20);
        var second = item(2, 2, 20);
        first.open(NINE);
        assertThatThrownBy(() -> AgendaRules.onlyOneOpenItemPerRoom(List.of(first, second), second))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    var error = ((InvalidInputException) e).errors().getFirst();
                    assertThat(error.messageKey()).isEqualTo("agenda.error.another-open");
                    assertThat(error.args()).containsExactly(1);
                });
        first.close(NINE.plusSeconds(60));
        AgendaRules.onlyOneOpenItemPerRoom(List.of(first, second), second);
    }
}
