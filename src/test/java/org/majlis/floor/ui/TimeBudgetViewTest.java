package org.majlis.floor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
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
import org.majlis.base.ui.LiveClock;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.floor.BudgetChoice;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.floor.TimeBudgetService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/**
 * Time per organisation on the room page, without a browser: the chair sets a budget in the dialog (bad input gets
 * the translated message next to the field and changes nothing), every page shows it with time used and left, the
 * speaker's countdown is told when the organisation's budget runs out, and the record reports time per organisation.
 */
class TimeBudgetViewTest extends LiveRoomViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    TimeBudgetService budgets;
    @Autowired
    JdbcTemplate jdbc;

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
    @SuppressWarnings("unchecked")
    void the_chair_sets_a_budget_and_bad_input_gets_a_message_next_to_the_field_and_changes_nothing() {
        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");
        assertThat(text("floor-budget-summary")).isEqualTo("No time budget per organisation on this item");
        click("floor-budget-edit");
        var minutes = $(IntegerField.class).id("budget-room-minutes");
        RadioButtonGroup<BudgetChoice.Mode> mode = $(RadioButtonGroup.class).id("budget-room-mode");

        test(mode).selectItem("A budget of");
        test(minutes).setValue(-5);
        click("budget-save");
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(BrowserlessViewTest.read(minutes.getErrorMessage())).isEqualTo("Enter a whole number of minutes, at least 1 and at most 8 hours");
        assertThat(storedRows()).isZero();

        test(minutes).setValue(4);
        click("budget-save");
        assertThat(notifications()).contains("Time budgets saved");
        assertThat(jdbc.queryForObject("select budget_seconds from time_budget where room_id = ?", Integer.class,
                room.roomId)).isEqualTo(240);
        assertThat(text("floor-budget-summary")).isEqualTo("Time budget: 4:00 per organisation (set for the room)");
    }

    @Test
    void the_delegate_sees_time_used_and_left_and_the_speakers_countdown_follows_the_organisations_budget() {
        as(room.chair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(300)));
        var first = ask(0);
        ask(1);
        as(room.chair, () -> floor.grant(room.roomId, first.id(), null));
        // the first organisation already spoke 4:00 of its 5:00 on the item
        jdbc.update("update floor_request set started_at = timestampadd(SECOND, -240, utc_timestamp(6))"
                + " where id = ?", first.id());
        as(room.chair, () -> floor.endIntervention(room.roomId, first.id()));
        var again = ask(0);
        as(room.chair, () -> floor.grant(room.roomId, again.id(), null));

        openRoomAs(room.delegate(1), room.roomId);
        selectTab("Floor");
        var state = as(room.delegate(1), () -> floor.state(room.roomId));
        var budgetDeadline = state.budgets().deadline(state.speaker());
        assertThat(budgetDeadline).isBetween(state.speaker().timer().startedAt().plusSeconds(59),
                state.speaker().timer().startedAt().plusSeconds(61));
        for (var id : new String[] {"floor-countdown", "live-countdown", "floor-budget-left"}) {
            var clock = $(LiveClock.class).id(id);
            assertThat(clock.getElement().getAttribute("budget-target"))
                    .isEqualTo(String.valueOf(budgetDeadline.toEpochMilli()));
            assertThat(clock.getElement().getAttribute("budget-warn")).isEqualTo("60000");
        }
        assertThat($(LiveClock.class).id("floor-budget-left").target())
                .isEqualTo(String.valueOf(budgetDeadline.toEpochMilli()));
        assertThat(text("floor-budget-summary")).isEqualTo("Time budget: 5:00 per organisation (set for the room)");
        var waiting = $(QueueRow.class).single();
        assertThat(BrowserlessViewTest.read(waiting.getElement().getTextRecursively()))
                .contains("0:00 used · 5:00 left");
        var lines = $(Div.class).all().stream().filter(d -> d.hasClassName("budget-line")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst().getElement().getAttribute("data-level")).isEqualTo("NEAR"); // 1:00 left
        assertThat(BrowserlessViewTest.read(lines.getFirst().getElement().getTextRecursively()))
                .containsPattern("4:0\\d used · (1:00|0:5\\d) left");
        assertThat(BrowserlessViewTest.read(lines.get(1).getElement().getTextRecursively()))
                .contains("0:00 used · 5:00 left");

        // the chair pauses: the budget stands still on every clock
        as(room.chair, () -> floor.pause(room.roomId, again.id()));
        awaitPush();
        var countdown = $(LiveClock.class).id("floor-countdown");
        assertThat(countdown.getElement().hasAttribute("budget-target")).isFalse();
        assertThat(Long.parseLong(countdown.getElement().getAttribute("budget-value"))).isBetween(55_000L, 60_000L);
    }

    @Test
    void a_budget_another_chair_sets_reaches_an_open_page_without_reload() {
        openRoomAs(room.delegate(0), room.roomId);
        selectTab("Floor");
        assertThat(text("floor-budget-summary")).isEqualTo("No time budget per organisation on this item");

        as(room.secondChair, () -> budgets.save(room.roomId, item.id(), 0, BudgetChoice.seconds(420)));
        awaitPush();
        assertThat(text("floor-budget-summary")).isEqualTo("Time budget: 7:00 per organisation (set for this item)");
    }

    @Test
    void the_record_lists_time_per_organisation_per_item_and_for_the_room() {
        as(room.chair, () -> budgets.save(room.roomId, item.id(), 0, BudgetChoice.seconds(60)));
        var first = ask(0);
        as(room.chair, () -> floor.grant(room.roomId, first.id(), null));
        as(room.chair, () -> floor.endIntervention(room.roomId, first.id()));
        jdbc.update("update floor_request set started_at = timestampadd(SECOND, -95, ended_at) where id = ?",
                first.id());

        openRoomAs(room.observer, room.roomId);
        selectTab("Floor");
        $(Details.class).id("floor-record").setOpened(true);
        var rows = $(Div.class).all().stream().filter(d -> d.hasClassName("time-report-row")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-scope"))
                .containsExactly("item-" + item.id(), "room");
        assertThat(BrowserlessViewTest.read(rows.getFirst().getElement().getTextRecursively()))
                .contains("1:35 of 1:00 · interventions: 1", "over the budget");
        assertThat(rows.getFirst().getElement().getAttribute("data-level")).isEqualTo("OVER");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("floor-time-report-csv").getText())
                .isEqualTo("Download as CSV");
    }

    @Test
    void in_arabic_the_budget_is_translated() {
        as(room.chair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(300)));
        openRoomAs(room.observer, room.roomId);
        LocaleSupport.apply(UI.getCurrent(), Language.AR);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("rooms/" + room.roomId);
        var sheet = $(com.vaadin.flow.component.tabs.TabSheet.class).single();
        sheet.setSelectedIndex(java.util.stream.IntStream.range(0, sheet.getTabCount())
                .filter(i -> sheet.getTabAt(i).getLabel().equals("الكلمة")).findFirst().orElse(1));
        roundTrip();
        assertThat(text("floor-budget-summary")).isEqualTo("الوقت المخصص: 5:00 لكل منظمة (محدد للقاعة)");
    }

    private org.majlis.floor.FloorRequestSummary ask(int delegate) {
        return as(room.delegate(delegate), () -> floor.requestFloor(room.roomId, item.id(),
                room.organisationOf(delegate), FloorKind.STATEMENT));
    }

    private long storedRows() {
        return jdbc.queryForObject("select count(*) from time_budget where room_id = ?", Long.class, room.roomId);
    }
}
