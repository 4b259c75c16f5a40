package org.majlis.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.LiveRoomViewTest;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/**
 * The room page of a read-only room (closed, or of a past edition): a notice near the top says why and who can
 * change it, and the Agenda, Floor and Matrix tabs show no controls — except to the secretariat, who is told that the
 * room is closed for the others. An open page follows the secretariat closing and reopening the room.
 */
class ReadOnlyRoomViewTest extends LiveRoomViewTest {

    private static final String CLOSED = "This room is closed. Its agenda, floor, written statements and matrix can"
            + " be read but no longer changed. Only the secretariat can reopen it.";

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixFixtures fx;

    /** A room with an open item, a delegate waiting for the floor and a matrix entry under review. */
    private LiveRoomFixture busyRoom() {
        var room = LiveRoomFixture.create(context, 2);
        var item = as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(
                LocalizedText.of("Trade facilitation", null, null), LocalizedText.empty(), 20, SpeakingLimits.none())));
        as(room.chair, () -> agenda.open(room.roomId, item.id()));
        as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(
                LocalizedText.of("Food security", null, null), LocalizedText.empty(), 20, SpeakingLimits.none())));
        as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        var draft = as(room.rapporteur, () -> matrix.draft(room.roomId,
                fx.foodSecurity(MatrixFixtures.uniqueCode()), null));
        as(room.rapporteur, () -> matrix.submit(draft.entry().id(), draft.entry().version()));
        return room;
    }

    /** The ids (or texts) of the buttons a user can see and click in the component. */
    private List<String> visibleButtons(Component within) {
        return $(Button.class, within).all().stream().filter(ReadOnlyRoomViewTest::shown)
                .map(b -> b.getId().orElse(b.getText() == null || b.getText().isEmpty()
                        ? String.join(" ", b.getClassNames()) : b.getText()))
                .toList();
    }

    private static boolean shown(Component component) {
        for (Optional<Component> c = Optional.of(component); c.isPresent(); c = c.get().getParent()) {
            if (!c.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Component tab(String label) {
        selectTab(label);
        return $(TabSheet.class).single();
    }

    /** The notice's text, if it is shown (the test queries find visible components only). */
    private Optional<String> notice() {
        if (!$(Div.class).withId("room-notice").exists()) {
            return Optional.empty();
        }
        return Optional.of($(Paragraph.class, $(Div.class).id("room-notice")).all().stream()
                .map(Paragraph::getText).reduce((a, b) -> a + " | " + b).orElse(""));
    }

    /** Signs in as the secretariat (with its role) and opens the room page. */
    private void openRoomAsSecretariat(long roomId) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN"))));
        UI.getCurrent().navigate("rooms/" + roomId);
    }

    @SuppressWarnings("unchecked")
    private void openFirstEntry() {
        Grid<EntrySummary> grid = $(Grid.class).id("matrix-grid");
        test(grid).clickRow(0);
    }

    @Test
    void a_closed_room_tells_its_chair_why_and_shows_no_controls_on_any_tab() {
        var room = busyRoom();
        room.closeRoom();
        openRoomAs(room.chair, room.roomId);

        assertThat(notice()).hasValueSatisfying(text -> assertThat(text).startsWith(CLOSED)
                .contains("Closed by \u2068Mariam Touré\u2069 on "));
        assertThat(visibleButtons(tab("Agenda"))).isEmpty();
        assertThat(visibleButtons(tab("Floor"))).isEmpty();
        var matrixTab = tab("Matrix");
        assertThat(visibleButtons(matrixTab)).isEmpty();
        openFirstEntry();
        // the entry can be read and its history opened, nothing else
        assertThat(visibleButtons($(Dialog.class).single()))
                .containsExactlyInAnyOrder("entry-history", "entry-close");
    }

    @Test
    void the_report_of_a_closed_room_can_be_read_and_its_history_opened_but_not_changed_by_its_rapporteur() {
        var room = busyRoom();
        as(room.rapporteur, () -> context.getBean(org.majlis.report.ReportService.class).start(room.roomId));
        room.closeRoom();
        openRoomAs(room.rapporteur, room.roomId);
        assertThat(visibleButtons(tab("Report"))).containsExactly("report-history");
    }

    @Test
    void a_delegate_of_a_closed_room_sees_where_they_stand_but_has_nothing_to_click() {
        var room = busyRoom();
        room.closeRoom();
        openRoomAs(room.delegate(0), room.roomId);

        assertThat(notice()).hasValueSatisfying(text -> assertThat(text).startsWith(CLOSED));
        var floorTab = tab("Floor");
        assertThat(visibleButtons(floorTab)).isEmpty();
        assertThat($(Select.class).withId("floor-kind").exists()).isFalse();
        assertThat($(Span.class).id("floor-my-status").getText()).isEqualTo("You are number 1 on the list of speakers (Statement).");
        tab("Matrix");
        openFirstEntry(); // under review: in an open room a delegate comments and proposes amendments
        assertThat(visibleButtons($(Dialog.class).single()))
                .containsExactlyInAnyOrder("entry-history", "entry-close");
    }

    @Test
    void the_secretariat_keeps_the_controls_of_a_closed_room_and_is_told_it_is_closed_for_the_others() {
        var room = busyRoom();
        room.closeRoom();
        openRoomAsSecretariat(room.roomId);

        assertThat(notice()).hasValueSatisfying(text -> assertThat(text).startsWith(
                "This room is closed for its participants: they can read it but not change it. As the secretariat"
                        + " you can still act here, and reopen the room in Editions."));
        assertThat(visibleButtons(tab("Agenda"))).contains("agenda-add");
        assertThat(visibleButtons(tab("Floor"))).contains("floor-next");
    }

    @Test
    void a_past_editions_room_says_the_edition_is_over_and_shows_its_chair_no_controls() {
        var room = LiveRoomFixture.createInPastEdition(context, 1);
        LiveRoomFixture.asAdmin(() -> agenda.create(room.roomId, new AgendaItemData(
                LocalizedText.of("Trade facilitation", null, null), LocalizedText.empty(), 20, SpeakingLimits.none())));
        openRoomAs(room.chair, room.roomId);

        assertThat(notice()).hasValueSatisfying(text -> assertThat(text).startsWith("This edition is over."));
        assertThat(visibleButtons(tab("Agenda"))).isEmpty();
        assertThat(visibleButtons(tab("Floor"))).isEmpty();
        assertThat(visibleButtons(tab("Matrix"))).isEmpty();
    }

    @Test
    void an_open_room_of_the_current_edition_shows_no_notice_and_its_chair_the_controls() {
        var room = busyRoom();
        openRoomAs(room.chair, room.roomId);

        assertThat(notice()).isEmpty();
        assertThat(visibleButtons(tab("Agenda"))).contains("agenda-add");
        assertThat(visibleButtons(tab("Floor"))).contains("floor-next");
    }

    @Test
    void an_open_page_follows_the_secretariat_closing_and_reopening_the_room_on_the_same_tab() {
        var room = busyRoom();
        openRoomAs(room.chair, room.roomId);
        assertThat(visibleButtons(tab("Agenda"))).contains("agenda-add");

        room.closeRoom();
        awaitPush();
        assertThat(notice()).hasValueSatisfying(text -> assertThat(text).startsWith(CLOSED));
        var sheet = $(TabSheet.class).single();
        assertThat(sheet.getTabAt(sheet.getSelectedIndex()).getLabel()).isEqualTo("Agenda");
        assertThat(visibleButtons(sheet)).isEmpty();

        room.reopenRoom("The chairs finish the agenda");
        awaitPush();
        assertThat(notice()).hasValueSatisfying(text -> assertThat(text)
                .startsWith("Reopened by \u2068Mariam Touré\u2069 on ")
                .endsWith(": \u2068The chairs finish the agenda\u2069"));
        assertThat(visibleButtons($(TabSheet.class).single())).contains("agenda-add");
    }
}
