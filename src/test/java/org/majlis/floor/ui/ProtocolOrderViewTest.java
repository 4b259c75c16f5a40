package org.majlis.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.LiveRoomFixture;
import org.majlis.LiveRoomViewTest;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.FloorService;
import org.majlis.floor.SpeakerOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/** The order switch and replies tied to a speech on the Floor tab, as the chair, a delegate and an observer see them. */
class ProtocolOrderViewTest extends LiveRoomViewTest {

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
        item = room.openItem(agenda, "Food security");
    }

    private String text(String id) {
        return BrowserlessViewTest.read($(Span.class).id(id).getElement().getTextRecursively());
    }

    @Test
    void the_chair_switches_to_protocol_order_and_an_observers_page_shows_it_at_once() {
        openRoomAs(room.observer, room.roomId);
        selectTab("Floor");
        assertThat(text("floor-order")).isEqualTo("Order: arrival");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("floor-order-switch"::equals).isPresent());
        as(room.chair, () -> floor.setOrder(room.roomId, SpeakerOrder.PROTOCOL));
        awaitPush();
        assertThat(text("floor-order")).isEqualTo("Order: protocol");

        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");
        var button = $(Button.class).id("floor-order-switch");
        assertThat(button.getText()).isEqualTo("Switch to arrival order");
        test(button).click();
        assertThat(text("floor-order")).isEqualTo("Order: arrival");
        assertThat(as(room.observer, () -> floor.state(room.roomId)).order()).isEqualTo(SpeakerOrder.ARRIVAL);
        // the record lists both switches with who made them
        var record = $(Details.class).id("floor-record");
        record.setOpened(true);
        assertThat(BrowserlessViewTest.read(record.getElement().getTextRecursively()))
                .contains("Person " + room.chair + " switched the list of speakers to protocol order")
                .contains("Person " + room.chair + " switched the list of speakers to arrival order");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_delegate_replies_to_the_current_speaker_and_the_chair_gives_the_reply_the_floor_after_the_speech() {
        var speech = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));

        openRoomAs(room.delegate(1), room.roomId);
        selectTab("Floor");
        Select<FloorKind> kind = $(Select.class).id("floor-kind");
        // a statement answers no one: no choice of speech
        assertThat($(Select.class).all()).noneMatch(s -> s.getId().filter("floor-replies-to"::equals).isPresent());
        kind.setValue(FloorKind.RIGHT_OF_REPLY);
        Select<FloorRequestSummary> repliesTo = $(Select.class).id("floor-replies-to");
        assertThat(repliesTo.getValue().id()).isEqualTo(speech.id()); // the current speaker, chosen by default
        test($(Button.class).id("floor-request")).click();
        var mine = $(QueueRow.class).single();
        assertThat(BrowserlessViewTest.read(mine.getElement().getTextRecursively()))
                .contains("in reply to " + speech.organisation().en() + " — Person " + room.delegate(0));

        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");
        var row = $(QueueRow.class).single();
        assertThat(row.getElement().hasAttribute("answers-speaker")).isTrue();
        var give = row.getChildren().flatMap(c -> c.getChildren()).filter(Button.class::isInstance)
                .map(Button.class::cast).filter(b -> b.hasClassName("queue-give")).findFirst().orElseThrow();
        assertThat(give.getText()).isEqualTo("Give the floor to this reply");
        test(give).click();
        assertThat(text("floor-speaker-name")).contains("Person " + room.delegate(1));
        assertThat(BrowserlessViewTest.read($(org.majlis.base.ui.IsolatedText.class).id("floor-speaker-reply")
                .getElement().getTextRecursively())).contains("Person " + room.delegate(0));
    }
}
