package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.meetings.DelegationRank;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.ParticipantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat sets an organisation's protocol precedence and a participant's rank in their delegation. */
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ProtocolSettingsViewTest extends BrowserlessViewTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    ParticipantService participants;

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_precedence_out_of_range_is_refused_with_a_message_and_a_valid_one_is_saved_and_listed() {
        var acronym = "PT" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        navigate(OrganisationsView.class);
        click("new-organisation");
        test(find(Select.class).id("family")).selectItem("Other");
        test(find(TextField.class).id("nameEn")).setValue("Protocol Test Body " + acronym);
        test(find(TextField.class).id("acronymEn")).setValue(acronym);
        test(find(TextField.class).id("precedence")).setValue("0");
        click("save");
        assertThat(error(find(TextField.class).id("precedence")))
                .isEqualTo("Enter a precedence from 1 to 99, or leave it blank");
        assertThat(organisations.list()).noneMatch(o -> acronym.equals(o.acronym().en()));

        test(find(TextField.class).id("precedence")).setValue("25");
        click("save");
        var saved = organisations.list().stream().filter(o -> acronym.equals(o.acronym().en())).findFirst()
                .orElseThrow();
        assertThat(saved.precedence()).isEqualTo(25);
        assertThat(saved.effectivePrecedence()).isEqualTo(25);
        Grid<OrganisationSummary> grid = find(Grid.class).id("organisations-grid");
        test(find(TextField.class).id("organisation-search")).setValue(acronym);
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("precedence"))).isEqualTo("25");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_secretariat_makes_a_participant_head_of_delegation_and_an_edit_without_a_rank_keeps_it() {
        var username = "rank." + UUID.randomUUID().toString().substring(0, 6);
        var fao = organisations.list().stream().filter(o -> "FAO".equals(o.acronym().en())).findFirst().orElseThrow();
        var person = participants.create(new ParticipantData("Rank Test " + username, username + "@majlis.example",
                fao.id(), null, username));
        assertThat(person.rank()).isEqualTo(DelegationRank.EXPERT);
        navigate(ParticipantsView.class);
        Grid<ParticipantSummary> grid = find(Grid.class).id("participants-grid");
        selectRow(grid, p -> p.id() == person.id());
        click("edit-participant");
        test(find(Select.class).id("rank")).selectItem("Head of delegation");
        click("save");
        var head = participants.get(person.id());
        assertThat(head.rank()).isEqualTo(DelegationRank.HEAD);

        var data = head.toData();
        participants.update(head.id(), head.version(), new ParticipantData(data.fullName(), data.email(),
                data.organisationId(), "Minister", data.username()));
        assertThat(participants.get(person.id()).rank()).isEqualTo(DelegationRank.HEAD);
    }
}
