package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.meetings.EditionData;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomStatusEntry;
import org.majlis.meetings.RoomSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class EditionsViewTest extends BrowserlessViewTest {

    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;

    @SuppressWarnings("unchecked")
    private Grid<EditionSummary> editionsGrid() {
        return find(Grid.class).id("editions-grid");
    }

    @SuppressWarnings("unchecked")
    private Grid<RoomSummary> roomsGrid() {
        return find(Grid.class).id("rooms-grid");
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    @Test
    void the_grid_lists_geneva_and_astana_with_their_rooms_newest_first() {
        navigate(EditionsView.class);
        assertThat(rows(editionsGrid())).extracting(EditionSummary::number).startsWith(16).contains(15);
        var astana = rows(editionsGrid()).getFirst();
        assertThat(astana.city().en()).isEqualTo("Astana");
        assertThat(astana.previousEditionNumber()).isEqualTo(15);
        assertThat(astana.roomCount()).isGreaterThanOrEqualTo(4);
        assertThat(test(editionsGrid()).isColumnSortable("city")).isTrue();
    }

    // Editions made here lie in the past, so that the demo's current edition stays Astana 2024 for other tests.

    @Test
    void an_edition_that_ends_before_it_starts_is_refused_next_to_the_end_date() {
        var before = editions.list().size();
        navigate(EditionsView.class);
        click("new-edition");
        test(find(IntegerField.class).id("number")).setValue(901);
        test(find(TextField.class).id("cityEn")).setValue("Baku");
        test(find(DatePicker.class).id("startDate")).setValue(LocalDate.of(1996, 5, 10));
        test(find(DatePicker.class).id("endDate")).setValue(LocalDate.of(1996, 5, 8));
        click("save");

        assertThat(error(find(DatePicker.class).id("endDate"))).isEqualTo("The edition cannot end before it starts");
        assertThat(error(find(IntegerField.class).id("number"))).isNull();
        assertThat(find(EditionDialog.class).exists()).isTrue();
        assertThat(editions.list()).hasSize(before);
    }

    @Test
    void enter_saves_a_new_edition_and_the_grid_shows_it() {
        navigate(EditionsView.class);
        click("new-edition");
        test(find(IntegerField.class).id("number")).setValue(902);
        test(find(TextField.class).id("cityEn")).setValue("Dakar");
        test(find(TextField.class).id("cityAr")).setValue("داكار");
        test(find(DatePicker.class).id("startDate")).setValue(LocalDate.of(1997, 3, 2));
        fireShortcut(Key.ENTER);

        assertThat(find(EditionDialog.class).exists()).isFalse();
        assertThat(notifications()).contains("The 902nd edition has been saved.");
        var dakar = editions.list().stream().filter(e -> e.number() == 902).findFirst().orElseThrow();
        assertThat(dakar.endDate()).isEqualTo(LocalDate.of(1997, 3, 4));
        assertThat(rows(editionsGrid())).extracting(EditionSummary::number).contains(902);
    }

    @Test
    void selecting_an_edition_shows_its_rooms() {
        var astana = editions.current().orElseThrow();
        navigate(EditionsView.class);
        assertThat(find(Grid.class).withId("rooms-grid").exists()).isFalse();
        selectRow(editionsGrid(), e -> e.id() == astana.id());

        assertThat(rows(roomsGrid())).extracting(RoomSummary::kind).startsWith(RoomKind.PLENARY,
                RoomKind.POLITICAL, RoomKind.ECONOMIC_SCIENTIFIC, RoomKind.CULTURAL_SOCIAL_HUMANITARIAN);
        assertThat(find(H3.class).withText("Rooms of the 16th edition — Astana (2024)").exists()).isTrue();
    }

    @Test
    void a_room_is_added_to_an_edition_then_closed_and_opened_again() {
        var edition = editions.create(new EditionData(903, LocalizedText.of("Tunis", "Tunis", "تونس"),
                LocalizedText.empty(), LocalDate.of(1998, 6, 1), LocalDate.of(1998, 6, 3), null, null));
        navigate(EditionsView.class);
        selectRow(editionsGrid(), e -> e.id() == edition.id());
        assertThat(rows(roomsGrid())).isEmpty();
        assertThat(roomsGrid().getEmptyStateText()).isEqualTo("This edition has no rooms yet.");

        click("new-room");
        test(find(Select.class).id("kind")).selectItem("Other");
        test(find(TextField.class).id("titleEn")).setValue("Side event on food security");
        test(find(TextField.class).id("titleFr")).setValue("Manifestation parallèle sur la sécurité alimentaire");
        click("save");
        var created = rooms.rooms(edition.id()).getFirst();
        assertThat(created.title().en()).isEqualTo("Side event on food security");
        assertThat(rows(roomsGrid())).extracting(RoomSummary::id).containsExactly(created.id());
        assertThat(rows(editionsGrid())).filteredOn(e -> e.id() == edition.id())
                .singleElement().extracting(EditionSummary::roomCount).isEqualTo(1);

        assertThat(created.open()).isTrue();

        selectRow(roomsGrid(), r -> r.id() == created.id());
        assertThat(find(Button.class).id("toggle-room").getText()).isEqualTo("Close room");
        assertThat(historyLines()).isEmpty();
        click("toggle-room");
        // closing asks first: cancelling changes nothing
        test(find(ConfirmDialog.class).id("close-room-confirm")).cancel();
        assertThat(rooms.rooms(edition.id()).getFirst().open()).isTrue();
        click("toggle-room");
        test(find(ConfirmDialog.class).id("close-room-confirm")).confirm();
        assertThat(rooms.rooms(edition.id()).getFirst().open()).isFalse();
        assertThat(find(Button.class).id("toggle-room").getText()).isEqualTo("Reopen room");
        assertThat(historyLines()).singleElement().asString().startsWith("Closed by \u2068Mariam Touré\u2069 on ");

        click("toggle-room");
        test(find(TextArea.class).id("reopen-reason")).setValue("The plenary asked for one more session");
        click("reopen-confirm");
        assertThat(rooms.rooms(edition.id()).getFirst().open()).isTrue();
        assertThat(find(Button.class).id("toggle-room").getText()).isEqualTo("Close room");
        assertThat(historyLines()).hasSize(2).first().asString().startsWith("Reopened by \u2068Mariam Touré\u2069 on ")
                .endsWith(": \u2068The plenary asked for one more session\u2069");
        // an edition of 1998 is over: its rooms stay read-only for their participants, open or not
        assertThat(find(Paragraph.class).id("room-past-edition").isVisible()).isTrue();
    }

    @Test
    void reopening_a_room_without_a_reason_is_refused_next_to_the_field_and_the_room_stays_closed() {
        var edition = editions.create(new EditionData(904, LocalizedText.of("Sfax", null, null),
                LocalizedText.empty(), LocalDate.of(1998, 7, 1), LocalDate.of(1998, 7, 3), null, null));
        var room = rooms.create(edition.id(), new RoomData(RoomKind.OTHER, LocalizedText.of("Side event", null,
                null), true));
        rooms.close(room.id(), room.version());
        navigate(EditionsView.class);
        selectRow(editionsGrid(), e -> e.id() == edition.id());
        selectRow(roomsGrid(), r -> r.id() == room.id());

        click("toggle-room");
        click("reopen-confirm");

        assertThat(error(find(TextArea.class).id("reopen-reason"))).isEqualTo("Required");
        assertThat(rooms.rooms(edition.id()).getFirst().open()).isFalse();
        assertThat(rooms.statusHistory(room.id())).singleElement().extracting(RoomStatusEntry::open).isEqualTo(false);
    }

    private List<String> historyLines() {
        return find(ListItem.class, find(Div.class).id("room-status-history")).all().stream()
                .map(ListItem::getText).toList();
    }

    @Test
    void a_room_without_a_title_is_refused_next_to_the_title() {
        var astana = editions.current().orElseThrow();
        var before = rooms.rooms(astana.id()).size();
        navigate(EditionsView.class);
        selectRow(editionsGrid(), e -> e.id() == astana.id());
        click("new-room");
        test(find(Select.class).id("kind")).selectItem("Other");
        click("save");

        assertThat(error(find(TextField.class).id("titleEn"))).isEqualTo("Enter it in at least one language");
        assertThat(rooms.rooms(astana.id())).hasSize(before);
    }

    @Test
    void in_french_a_taken_number_is_refused_with_the_french_message() {
        LocaleSupport.apply(UI.getCurrent(), Language.FR);
        navigate(EditionsView.class);
        click("new-edition");
        test(find(IntegerField.class).id("number")).setValue(16);
        test(find(TextField.class).id("cityFr")).setValue("Astana");
        test(find(DatePicker.class).id("startDate")).setValue(LocalDate.of(1995, 1, 10));
        click("save");

        assertThat(error(find(IntegerField.class).id("number"))).isEqualTo("L'édition 16 existe déjà");
        assertThat(find(EditionDialog.class).single().getHeaderTitle()).isEqualTo("Nouvelle édition");
    }

    // A number below the demo's editions: tests that take "the highest number + 1" never reach it.
    @Test
    void the_secretariat_chooses_the_languages_an_edition_requires_in_room_reports() {
        navigate(EditionsView.class);
        click("new-edition");
        test(find(IntegerField.class).id("number")).setValue(14);
        test(find(TextField.class).id("cityEn")).setValue("Algiers");
        test(find(DatePicker.class).id("startDate")).setValue(LocalDate.of(1948, 4, 2));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<Language> languages =
                find(com.vaadin.flow.component.checkbox.CheckboxGroup.class).id("requiredLanguages");
        assertThat(languages.getValue()).containsExactlyInAnyOrder(Language.values());
        test(languages).deselectAll();
        click("save");
        assertThat(error(languages)).isEqualTo("Choose at least one language.");
        test(languages).selectItems("Français", "العربية");
        click("save");
        var algiers = editions.list().stream().filter(e -> e.number() == 14).findFirst().orElseThrow();
        assertThat(algiers.requiredLanguages()).containsExactlyInAnyOrder(Language.FR, Language.AR);
    }
}
