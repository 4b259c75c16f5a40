package org.majlis.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.LiveRoomViewTest;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemStatus;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

class AgendaViewTest extends LiveRoomViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;

    LiveRoomFixture room;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 1);
    }

    private AgendaItemSummary create(String title) {
        return as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(LocalizedText.of(title, null, null),
                LocalizedText.empty(), 20, SpeakingLimits.none())));
    }

    private AgendaRow row(String title) {
        return $(AgendaRow.class).all().stream().filter(r -> r.item().title().en().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + title));
    }

    private Button button(AgendaRow row, String className) {
        return $(Button.class, row).all().stream().filter(b -> b.hasClassName(className)).findFirst().orElseThrow();
    }

    @Test
    void the_chair_adds_an_item_through_the_form_and_it_appears_in_the_agenda() {
        openRoomAs(room.chair, room.roomId);
        selectTab("Agenda");
        test($(Button.class).id("agenda-add")).click();
        test($(TextField.class).id("agenda-field-titleFr")).setValue("Sécurité alimentaire");
        test($(IntegerField.class).id("agenda-field-plannedMinutes")).setValue(25);
        test($(Button.class).id("agenda-item-save")).click();
        var row = $(AgendaRow.class).single();
        assertThat(row.item().title().fr()).isEqualTo("Sécurité alimentaire");
        assertThat(row.item().plannedMinutes()).isEqualTo(25);
        assertThat(row.getElement().getAttribute("data-status")).isEqualTo("PENDING");
    }

    @Test
    void a_form_without_a_title_says_so_next_to_the_field_and_adds_nothing() {
        openRoomAs(room.chair, room.roomId);
        selectTab("Agenda");
        test($(Button.class).id("agenda-add")).click();
        test($(Button.class).id("agenda-item-save")).click();
        var title = $(TextField.class).id("agenda-field-titleEn");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Enter it in at least one language");
        assertThat($(AgendaRow.class).all()).isEmpty();
    }

    @Test
    void the_chair_opens_an_item_and_it_is_highlighted_as_the_current_item() {
        create("Trade facilitation");
        openRoomAs(room.chair, room.roomId);
        selectTab("Agenda");
        test(button(row("Trade facilitation"), "agenda-open")).click();
        var row = row("Trade facilitation");
        assertThat(row.getElement().hasAttribute("current")).isTrue();
        assertThat(row.item().status()).isEqualTo(AgendaItemStatus.OPEN);
        // the buttons follow the status: an open item can be closed or deferred, not opened again
        assertThat($(Button.class, row).all()).anyMatch(b -> b.hasClassName("agenda-close"))
                .noneMatch(b -> b.hasClassName("agenda-open"));
    }

    @Test
    void opening_a_second_item_shows_the_translated_refusal_and_changes_nothing() {
        var first = create("First");
        create("Second");
        as(room.chair, () -> agenda.open(room.roomId, first.id()));
        openRoomAs(room.chair, room.roomId);
        selectTab("Agenda");
        test(button(row("Second"), "agenda-open")).click();
        assertThat(notifications()).contains("Item 1 is open: close or defer it first");
        assertThat(row("Second").item().status()).isEqualTo(AgendaItemStatus.PENDING);
    }

    @Test
    void deleting_asks_for_confirmation_first() {
        create("To be removed");
        openRoomAs(room.chair, room.roomId);
        selectTab("Agenda");
        test(button(row("To be removed"), "agenda-delete")).click();
        assertThat($(AgendaRow.class).all()).hasSize(1);
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(AgendaRow.class).all()).isEmpty();
    }

    @Test
    void a_delegate_sees_the_agenda_without_the_chairs_controls() {
        create("Trade facilitation");
        openRoomAs(room.delegate(0), room.roomId);
        selectTab("Agenda");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("agenda-add"::equals).isPresent());
        assertThat($(Button.class, row("Trade facilitation")).all()).isEmpty();
    }

    @Test
    void a_change_by_the_chair_reaches_an_open_agenda_without_reload() {
        var item = create("Trade facilitation");
        openRoomAs(room.observer, room.roomId);
        selectTab("Agenda");
        var rowBefore = row("Trade facilitation");
        as(room.chair, () -> agenda.open(room.roomId, item.id()));
        awaitPush();
        var rowAfter = row("Trade facilitation");
        assertThat(rowAfter).isSameAs(rowBefore); // updated in place, not rebuilt
        assertThat(rowAfter.getElement().hasAttribute("current")).isTrue();
        assertThat($(com.vaadin.flow.component.html.Span.class).id("live-schedule").getText()).isEqualTo("On schedule");
    }
}
