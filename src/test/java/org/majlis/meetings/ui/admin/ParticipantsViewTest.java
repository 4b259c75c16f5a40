package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.ParticipantSummary;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ParticipantsViewTest extends BrowserlessViewTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    OrganisationService organisations;
    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<ParticipantSummary> grid() {
        return find(Grid.class).id("participants-grid");
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private ParticipantSummary newParticipant(String username) {
        var unesco = organisations.list().stream().filter(o -> "UNESCO".equals(o.acronym().en())).findFirst()
                .orElseThrow();
        return participants.create(new ParticipantData("Test Person " + username, username + "@majlis.example",
                unesco.id(), "Programme Officer", username));
    }

    @Test
    void admin_creates_a_participant_with_an_organisation() {
        navigate(ParticipantsView.class);
        click("new-participant");
        test(find(TextField.class).id("fullName")).setValue("Rania Haddad");
        test(find(TextField.class).id("email")).setValue("rania.haddad@majlis.example");
        test(find(ComboBox.class).id("organisationId")).selectItem(
                "IsDB — Islamic Development Bank");
        test(find(TextField.class).id("username")).setValue("rania.test");
        click("save");

        var created = participants.list().stream().filter(p -> "rania.test".equals(p.username())).findFirst()
                .orElseThrow();
        assertThat(created.organisationAcronym().en()).isEqualTo("IsDB");
        test(find(TextField.class).id("participant-search")).setValue("rania");
        assertThat(rows(grid())).extracting(ParticipantSummary::id).containsExactly(created.id());
    }

    @Test
    void a_bad_email_and_a_taken_username_are_shown_next_to_their_fields() {
        var before = participants.list().size();
        navigate(ParticipantsView.class);
        click("new-participant");
        test(find(TextField.class).id("fullName")).setValue("Nobody");
        test(find(TextField.class).id("email")).setValue("not-an-address");
        test(find(TextField.class).id("username")).setValue("eco.fao");
        click("save");

        assertThat(error(find(TextField.class).id("email"))).isEqualTo("Not a valid email address");
        assertThat(error(find(TextField.class).id("username")))
                .isEqualTo("Another participant already has this username");
        assertThat(participants.list()).hasSize(before);
    }

    @Test
    void editing_a_participants_room_roles_for_the_16th_edition_saves_them() {
        var person = newParticipant("roles.test");
        var astana = editions.current().orElseThrow();
        var astanaRooms = rooms.rooms(astana.id());
        var political = astanaRooms.stream().filter(r -> r.kind() == RoomKind.POLITICAL).findFirst().orElseThrow();
        var plenary = astanaRooms.stream().filter(r -> r.kind() == RoomKind.PLENARY).findFirst().orElseThrow();

        navigate(ParticipantsView.class);
        selectRow(grid(), p -> p.id() == person.id());
        click("participant-roles");
        var dialog = find(RoomRolesDialog.class).single();
        assertThat(find(Select.class).id("edition").getValue()).isEqualTo(astana);
        test(dialog.roleIn(political.id())).selectItem("Rapporteur");
        test(dialog.roleIn(plenary.id())).selectItem("Observer");
        click("save");

        assertThat(find(RoomRolesDialog.class).exists()).isFalse();
        assertThat(participants.assignments(person.id(), astana.id())).containsExactlyInAnyOrder(
                new RoomAssignment(political.id(), RoomRole.RAPPORTEUR),
                new RoomAssignment(plenary.id(), RoomRole.OBSERVER));

        // Opening the editor again shows the saved roles; "No role" removes one.
        click("participant-roles");
        var again = find(RoomRolesDialog.class).single();
        assertThat(again.roleIn(political.id()).getValue()).isEqualTo(RoomRole.RAPPORTEUR);
        again.roleIn(plenary.id()).clear();
        click("save");
        assertThat(participants.assignments(person.id(), astana.id()))
                .containsExactly(new RoomAssignment(political.id(), RoomRole.RAPPORTEUR));
    }

    @Test
    void roles_changed_meanwhile_by_someone_else_are_reported_and_not_overwritten() {
        var person = newParticipant("roles.clash");
        var astana = editions.current().orElseThrow();
        var economic = rooms.rooms(astana.id()).stream().filter(r -> r.kind() == RoomKind.ECONOMIC_SCIENTIFIC)
                .findFirst().orElseThrow();
        navigate(ParticipantsView.class);
        selectRow(grid(), p -> p.id() == person.id());
        click("participant-roles");
        var dialog = find(RoomRolesDialog.class).single();

        participants.assign(person.id(), person.version(), astana.id(),
                List.of(new RoomAssignment(economic.id(), RoomRole.DELEGATE)));
        test(dialog.roleIn(economic.id())).selectItem("Co-chair");
        click("save");

        assertThat(notifications()).contains("Someone else changed this record while you were editing it. "
                + "Nothing was saved; the latest version has been loaded.");
        assertThat(participants.assignments(person.id(), astana.id()))
                .containsExactly(new RoomAssignment(economic.id(), RoomRole.DELEGATE));
        assertThat(find(RoomRolesDialog.class).single().roleIn(economic.id()).getValue())
                .isEqualTo(RoomRole.DELEGATE);
    }

    @Test
    void a_participant_edited_meanwhile_is_reported_and_not_overwritten() {
        var person = newParticipant("edit.clash");
        navigate(ParticipantsView.class);
        selectRow(grid(), p -> p.id() == person.id());
        click("edit-participant");

        var changed = person.toData();
        participants.update(person.id(), person.version(), new ParticipantData(changed.fullName(), changed.email(),
                changed.organisationId(), "Chief of Section", changed.username()));
        test(find(TextField.class).id("positionTitle")).setValue("Intern");
        click("save");

        assertThat(notifications()).contains("Someone else changed this record while you were editing it. "
                + "Nothing was saved; the latest version has been loaded.");
        assertThat(find(TextField.class).id("positionTitle").getValue()).isEqualTo("Chief of Section");
        assertThat(participants.get(person.id()).positionTitle()).isEqualTo("Chief of Section");
    }

    @Test
    void a_participant_is_deleted_after_confirmation() {
        var person = newParticipant("delete.me");
        navigate(ParticipantsView.class);
        selectRow(grid(), p -> p.id() == person.id());
        click("delete-participant");
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(participants.list()).noneMatch(p -> p.id() == person.id());
        assertThat(notifications()).contains("Test Person delete.me has been deleted.");
    }

    @Test
    void a_participant_who_asked_for_the_floor_is_not_deleted_and_the_secretariat_is_told_why() {
        var person = newParticipant("spoke." + java.util.UUID.randomUUID().toString().substring(0, 6));
        var room = jdbc.queryForObject("SELECT MIN(id) FROM room", Long.class);
        jdbc.update("INSERT INTO floor_request (room_id, agenda_item_id, participant_id, speaker_name, organisation_id,"
                + " kind, status, requested_at) VALUES (?, 0, ?, ?, ?, 'STATEMENT', 'WITHDRAWN', NOW(6))", room,
                person.id(), person.fullName(), person.organisationId());
        navigate(ParticipantsView.class);
        selectRow(grid(), p -> p.id() == person.id());
        click("delete-participant");
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(notifications()).contains(person.fullName() + " cannot be deleted while other records refer to"
                + " them (requests for the floor: 1). Nothing was changed.");
        assertThat(participants.get(person.id())).isEqualTo(person);
        assertThat(rows(grid())).anyMatch(p -> p.id() == person.id());
    }

    @Test
    void a_member_state_without_an_acronym_shows_its_name_in_the_organisation_column() {
        navigate(ParticipantsView.class);
        test(find(TextField.class).id("participant-search")).setValue("pol.observer");
        var column = test(grid()).getColumnPosition("organisation");
        assertThat(test(grid()).getCellText(0, column)).isEqualTo("Kazakhstan");
    }
}
