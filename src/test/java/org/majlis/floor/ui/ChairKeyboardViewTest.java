package org.majlis.floor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.LiveRoomFixture;
import org.majlis.LiveRoomViewTest;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestStatus;
import org.majlis.floor.FloorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/**
 * The chair runs the floor with the keyboard alone (Alt+N next speaker, Alt+T and Alt+M more time, Alt+P pause and
 * resume, Alt+E end), and an observer's screen reader is told politely what changed, not every second.
 */
class ChairKeyboardViewTest extends LiveRoomViewTest {

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
        room = LiveRoomFixture.create(context, 2);
        item = room.openItem(agenda, "Keyboard item");
    }

    private String announced() {
        return BrowserlessViewTest.read($(FloorAnnouncer.class).single().getElement().getTextRecursively());
    }

    @Test
    void the_chair_gives_the_floor_adds_time_pauses_resumes_and_ends_with_alt_keys() {
        var first = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");
        var next = $(Button.class).id("floor-next");
        assertThat(next.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Alt+N");

        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        var speaking = as(room.chair, () -> floor.state(room.roomId)).speaker();
        assertThat(speaking.id()).isEqualTo(first.id());
        var deadline = speaking.timer().deadline();

        fireShortcut(Key.KEY_T, KeyModifier.ALT);
        fireShortcut(Key.KEY_M, KeyModifier.ALT);
        assertThat(as(room.chair, () -> floor.state(room.roomId)).speaker().timer().deadline())
                .isEqualTo(deadline.plusSeconds(90));

        fireShortcut(Key.KEY_P, KeyModifier.ALT);
        assertThat(as(room.chair, () -> floor.state(room.roomId)).speaker().timer().paused()).isTrue();
        fireShortcut(Key.KEY_P, KeyModifier.ALT);
        assertThat(as(room.chair, () -> floor.state(room.roomId)).speaker().timer().paused()).isFalse();

        fireShortcut(Key.KEY_E, KeyModifier.ALT);
        assertThat(as(room.delegate(0), () -> floor.state(room.roomId)).mine()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(FloorRequestStatus.SPOKE));
        // with the queue empty, Alt+N does nothing (the button is disabled) and nothing fails
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(as(room.chair, () -> floor.state(room.roomId)).speaker()).isNull();
    }

    @Test
    void a_delegate_has_no_chair_shortcuts() {
        var first = as(room.delegate(1), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(1),
                FloorKind.STATEMENT));
        openRoomAs(room.delegate(0), room.roomId);
        selectTab("Floor");
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(as(room.chair, () -> floor.state(room.roomId)).speaker()).isNull();
        assertThat(as(room.chair, () -> floor.state(room.roomId)).queue()).extracting(r -> r.id())
                .containsExactly(first.id());
    }

    @Test
    void an_observers_screen_reader_hears_who_has_the_floor_and_when_the_clock_stops_not_the_countdown() {
        var request = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        openRoomAs(room.observer, room.roomId);
        selectTab("Floor");
        var region = $(FloorAnnouncer.class).single().getElement();
        assertThat(region.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(region.getAttribute("role")).isEqualTo("status");
        assertThat(announced()).isEmpty(); // what is on the page when it opens is not announced

        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        awaitPush();
        assertThat(announced()).isEqualTo(request.organisation().en() + " — Person " + room.delegate(0)
                + " has the floor");
        as(room.chair, () -> floor.pause(room.roomId, request.id()));
        awaitPush();
        assertThat(announced()).isEqualTo("The speaker's clock is paused");
        as(room.chair, () -> floor.resume(room.roomId, request.id()));
        awaitPush();
        assertThat(announced()).isEqualTo("The speaker's clock runs again");
        as(room.chair, () -> floor.addTime(room.roomId, request.id(), 30));
        awaitPush();
        assertThat(announced()).isEqualTo("30 seconds added to the speaker's time");
        as(room.chair, () -> floor.endIntervention(room.roomId, request.id()));
        awaitPush();
        assertThat(announced()).isEqualTo("The floor is free");
    }
}
