package org.majlis.floor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.LiveRoomFixture;
import org.majlis.LiveRoomViewTest;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.live.RoomPresence;
import org.majlis.base.live.RoomUpdates;
import org.majlis.base.ui.LiveClock;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementData;
import org.majlis.floor.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

class FloorViewTest extends LiveRoomViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    StatementService statements;
    @Autowired
    RoomUpdates updates;
    @Autowired
    RoomPresence presence;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 2);
        var created = as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(
                LocalizedText.of("Food security", "Sécurité alimentaire", "الأمن الغذائي"), LocalizedText.empty(),
                30, SpeakingLimits.none())));
        item = as(room.chair, () -> agenda.open(room.roomId, created.id()));
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private String text(String id) {
        return BrowserlessViewTest.read($(Span.class).id(id).getElement().getTextRecursively());
    }

    @Test
    void a_delegate_asks_for_the_floor_and_sees_their_place_in_the_list() {
        openRoomAs(room.delegate(0), room.roomId);
        selectTab("Floor");
        click("floor-request");
        assertThat(text("floor-my-status")).isEqualTo("You are number 1 on the list of speakers (Statement).");
        assertThat($(Button.class).all()).anyMatch(b -> b.getId().filter("floor-withdraw"::equals).isPresent())
                .noneMatch(b -> b.getId().filter("floor-request"::equals).isPresent());
        assertThat($(QueueRow.class).single().getElement().hasAttribute("mine")).isTrue();
        click("floor-withdraw");
        assertThat(text("floor-my-status")).isEqualTo("You withdrew your request.");
        assertThat($(QueueRow.class).all()).isEmpty();
    }

    @Test
    void the_delegates_request_appears_on_the_chairs_screen_without_reload_and_the_chair_gives_the_floor() {
        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");
        assertThat($(QueueRow.class).all()).isEmpty();
        var request = as(room.delegate(1), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(1),
                FloorKind.POINT_OF_ORDER));
        awaitPush();
        var row = $(QueueRow.class).single();
        assertThat(row.request().id()).isEqualTo(request.id());
        assertThat(row.getElement().getAttribute("data-kind")).isEqualTo("POINT_OF_ORDER");
        click("floor-next");
        assertThat(text("floor-speaker-name")).isEqualTo(request.organisation().en() + " — Person " + room.delegate(1));
        var countdown = $(LiveClock.class).id("floor-countdown");
        assertThat(countdown.mode()).isEqualTo("down");
        var deadline = as(room.chair, () -> floor.state(room.roomId)).speaker().timer().deadline();
        assertThat(countdown.target()).isEqualTo(String.valueOf(deadline.toEpochMilli()));
        click("floor-add-60");
        assertThat($(LiveClock.class).id("floor-countdown").target())
                .isEqualTo(String.valueOf(deadline.plusSeconds(60).toEpochMilli()));
    }

    @Test
    void the_chair_pauses_the_speaker_and_an_observers_countdown_stands_still_until_resumed() {
        var request = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        as(room.chair, () -> floor.grant(room.roomId, request.id(), null));
        openRoomAs(room.observer, room.roomId);
        selectTab("Floor");
        assertThat($(LiveClock.class).id("live-countdown").mode()).isEqualTo("down");

        as(room.chair, () -> floor.pause(room.roomId, request.id()));
        awaitPush();
        var countdown = $(LiveClock.class).id("live-countdown");
        assertThat(countdown.mode()).isEqualTo("fixed"); // the browser does not tick a paused clock
        assertThat(text("live-paused")).isEqualTo("Paused");

        as(room.chair, () -> floor.resume(room.roomId, request.id()));
        awaitPush();
        var deadline = as(room.chair, () -> floor.state(room.roomId)).speaker().timer().deadline();
        assertThat($(LiveClock.class).id("live-countdown").mode()).isEqualTo("down");
        assertThat($(LiveClock.class).id("live-countdown").target()).isEqualTo(String.valueOf(deadline.toEpochMilli()));
        assertThat($(Span.class).all()).noneMatch(span -> span.getId().filter("live-paused"::equals).isPresent());
    }

    @Test
    void the_chairs_pause_and_resume_buttons_follow_the_speakers_clock() {
        var request = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        as(room.chair, () -> floor.grant(room.roomId, request.id(), null));
        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");

        click("floor-pause");
        assertThat(as(room.chair, () -> floor.state(room.roomId)).speaker().timer().paused()).isTrue();
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("floor-pause"::equals).isPresent());
        click("floor-resume");
        assertThat(as(room.chair, () -> floor.state(room.roomId)).speaker().timer().paused()).isFalse();
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("floor-resume"::equals).isPresent());
    }

    @Test
    void an_observer_sees_the_speaker_and_the_countdown_but_neither_asks_nor_chairs() {
        var request = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        openRoomAs(room.observer, room.roomId);
        selectTab("Floor");
        assertThat(text("live-speaker")).isEqualTo("No one has the floor");
        as(room.chair, () -> floor.grant(room.roomId, request.id(), null));
        awaitPush();
        assertThat(text("live-speaker")).contains("Person " + room.delegate(0));
        assertThat($(LiveClock.class).id("live-countdown").mode()).isEqualTo("down");
        assertThat(text("floor-speaker-name")).contains("Person " + room.delegate(0));
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter(id -> id.startsWith("floor-")).isPresent());
    }

    @Test
    void the_chair_refuses_with_a_reason_and_the_delegate_sees_it_at_once() {
        as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.RIGHT_OF_REPLY));
        openRoomAs(room.delegate(0), room.roomId);
        selectTab("Floor");
        var request = as(room.chair, () -> floor.state(room.roomId)).queue().getFirst();
        as(room.chair, () -> floor.refuse(room.roomId, request.id(), "No right of reply on this item"));
        awaitPush();
        assertThat(text("floor-my-status")).isEqualTo("The chair refused your request: No right of reply on this item");
    }

    @Test
    void the_chair_refuses_through_the_dialog_and_an_empty_reason_is_refused_next_to_the_field() {
        as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");
        test($(Button.class, $(QueueRow.class).single()).all().stream()
                .filter(b -> b.hasClassName("queue-refuse")).findFirst().orElseThrow()).click();
        click("floor-refuse-confirm");
        assertThat($(TextArea.class).id("floor-refuse-reason").isInvalid()).isTrue();
        test($(TextArea.class).id("floor-refuse-reason")).setValue("Out of time on this item");
        click("floor-refuse-confirm");
        assertThat($(QueueRow.class).all()).isEmpty();
        assertThat(as(room.chair, () -> floor.record(room.roomId)).getFirst().refusalReason())
                .isEqualTo("Out of time on this item");
    }

    @Test
    void a_delegate_attaches_a_pdf_statement_and_the_rapporteur_reads_it_with_the_items_other_statements() {
        as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        openRoomAs(room.delegate(0), room.roomId);
        selectTab("Floor");
        click("floor-statement");
        test($(TextArea.class).id("floor-statement-textAr")).setValue("نؤيد مبادرة الأمن الغذائي");
        test($(Upload.class).id("floor-statement-upload")).upload("statement.pdf", "application/pdf",
                "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII));
        click("floor-statement-save");
        var requestId = as(room.chair, () -> floor.state(room.roomId)).queue().getFirst().id();
        assertThat(as(room.rapporteur, () -> statements.ofItem(room.roomId, item.id()))).singleElement()
                .satisfies(s -> {
                    assertThat(s.requestId()).isEqualTo(requestId);
                    assertThat(s.text().ar()).isEqualTo("نؤيد مبادرة الأمن الغذائي");
                    assertThat(s.fileName()).isEqualTo("statement.pdf");
                });

        openRoomAs(room.rapporteur, room.roomId);
        selectTab("Floor");
        var panel = $(Details.class).id("floor-statements");
        panel.setOpened(true);
        var card = $(com.vaadin.flow.component.html.Div.class, panel).all().stream()
                .filter(d -> d.hasClassName("statement-card")).findFirst().orElseThrow();
        assertThat(card.getElement().getAttribute("data-request-id")).isEqualTo(String.valueOf(requestId));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, card).all()).anyMatch(p ->
                "rtl".equals(p.getElement().getAttribute("dir")) && p.getText().equals("نؤيد مبادرة الأمن الغذائي"));
    }

    @Test
    void a_statement_saved_meanwhile_in_another_tab_is_not_overwritten_and_the_dialog_shows_it() {
        var request = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        openRoomAs(room.delegate(0), room.roomId);
        selectTab("Floor");
        click("floor-statement");
        test($(TextArea.class).id("floor-statement-textEn")).setValue("Typed in this tab");
        as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), StatementService.NO_STATEMENT,
                StatementData.text(LocalizedText.of("Saved from the phone", null, null))));
        click("floor-statement-save");

        assertThat(notifications()).contains("Someone else changed this record while you were editing it. "
                + "Nothing was saved; the latest version has been loaded.");
        assertThat($(TextArea.class).id("floor-statement-textEn").getValue()).isEqualTo("Saved from the phone");
        assertThat(as(room.delegate(0), () -> statements.ofRequest(room.roomId, request.id())).orElseThrow()
                .text().en()).isEqualTo("Saved from the phone");

        test($(TextArea.class).id("floor-statement-textEn")).setValue("Second try, on the saved text");
        click("floor-statement-save");
        assertThat(as(room.delegate(0), () -> statements.ofRequest(room.roomId, request.id())).orElseThrow()
                .text().en()).isEqualTo("Second try, on the saved text");
    }

    @Test
    void the_room_in_arabic_is_translated() {
        openRoomAs(room.observer, room.roomId);
        LocaleSupport.apply(UI.getCurrent(), Language.AR);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("rooms/" + room.roomId);
        assertThat(LocaleSupport.current(UI.getCurrent())).isEqualTo(Language.AR); // the direction: LiveRoomIT
        var sheet = $(TabSheet.class).single();
        assertThat(java.util.stream.IntStream.range(0, sheet.getTabCount()).mapToObj(i -> sheet.getTabAt(i).getLabel()))
                .contains("جدول الأعمال");
        assertThat(text("live-speaker")).isEqualTo("لا أحد يتناول الكلمة");
    }

    @Test
    void a_detached_room_view_stops_listening_and_leaves_the_room() {
        openRoomAs(room.observer, room.roomId);
        selectTab("Floor");
        assertThat(updates.subscriberCount(room.roomId)).isGreaterThanOrEqualTo(2); // status bar and floor tab
        assertThat(presence.present(room.roomId)).extracting(p -> BrowserlessViewTest.read(p.label()))
                .singleElement().asString().startsWith("Person " + room.observer);
        UI.getCurrent().navigate("");
        assertThat(updates.subscriberCount(room.roomId)).isZero();
        assertThat(presence.present(room.roomId)).isEmpty();
    }
}
