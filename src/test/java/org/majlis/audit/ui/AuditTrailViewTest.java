package org.majlis.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.audit.AuditEntrySummary;
import org.majlis.audit.AuditKind;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.AccessDeniedView;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's audit trail screen: a change just made is found by filtering on its room and account, and on its
 * record; nobody else may open the screen.
 */
class AuditTrailViewTest extends BrowserlessViewTest {

    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;

    @SuppressWarnings("unchecked")
    private Grid<AuditEntrySummary> grid() {
        return find(Grid.class).id("audit-grid");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_filters_by_room_and_account_and_sees_the_change_just_made() {
        var current = editions.current().orElseThrow();
        var created = rooms.create(current.id(), new RoomData(RoomKind.OTHER,
                LocalizedText.of("Audit view room " + UUID.randomUUID(), null, null), true));
        var renamed = rooms.update(created.id(), created.version(), new RoomData(RoomKind.OTHER,
                LocalizedText.of("Audit view room renamed", null, null), true));

        navigate(AuditTrailView.class);
        @SuppressWarnings("unchecked")
        Select<EditionSummary> edition = find(Select.class).id("audit-edition");
        edition.setValue(edition.getListDataView().getItems().filter(e -> e.id() == current.id()).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<RoomSummary> room = find(Select.class).id("audit-room");
        room.setValue(room.getListDataView().getItems().filter(r -> r.id() == renamed.id()).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<String> account = find(ComboBox.class).id("audit-account");
        account.setValue("admin");

        var shown = rows(grid());
        assertThat(shown).extracting(AuditEntrySummary::action).containsExactly("CHANGED", "CREATED");
        assertThat(shown).allSatisfy(e -> {
            assertThat(e.roomId()).isEqualTo(renamed.id());
            assertThat(e.actorUsername()).isEqualTo("admin");
        });
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("kind"))).isEqualTo("Room");
        assertThat(find(Span.class).id("audit-count").getText()).isEqualTo("2 entries");

        // another account: nothing of theirs in this room
        account.setValue(null);
        find(TextField.class).id("audit-record").setValue("999999999");
        assertThat(rows(grid())).isEmpty();
        assertThat(find(Span.class).id("audit-count").getText()).isEqualTo("No entries");
        assertThat(grid().getEmptyStateText()).isEqualTo("No entries match these filters.");

        // one record's history: its kind and id
        find(TextField.class).id("audit-record").setValue(String.valueOf(renamed.id()));
        @SuppressWarnings("unchecked")
        Select<AuditKind> kind = find(Select.class).id("audit-kind");
        kind.setValue(AuditKind.ROOM);
        assertThat(rows(grid())).extracting(AuditEntrySummary::recordId).containsOnly(renamed.id());
    }

    @Test
    @WithMockUser(username = "eco.chair.un", roles = "USER")
    void a_chair_cannot_open_the_audit_trail() {
        UI.getCurrent().navigate("admin/audit");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
