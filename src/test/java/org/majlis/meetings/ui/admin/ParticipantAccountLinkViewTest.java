package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.meetings.AccountLinks;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.ParticipantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.meetings.AccountLinkFixtures.linkAccountByEmail;

/** The secretariat sees in the participants list whether a Keycloak account is linked, and unlinks it. */
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ParticipantAccountLinkViewTest extends BrowserlessViewTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    AccountLinks accountLinks;

    @Test
    void the_secretariat_sees_a_linked_account_and_unlinks_it_after_confirming() {
        var person = participants.create(new ParticipantData("Linked Person", "linked.person@majlis.example", null,
                null, null));
        linkAccountByEmail(accountLinks, person.email());
        navigate(ParticipantsView.class);

        assertThat(grid().getColumnByKey("account").getHeaderText()).isEqualTo("Keycloak account");
        assertThat(selectRow(grid(), p -> p.id() == person.id()).accountLinked()).isTrue();
        assertThat(unlink().isEnabled()).isTrue();

        test(unlink()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(participants.get(person.id()).accountLinked()).isFalse();
        assertThat(notifications()).contains("The account of Linked Person is unlinked");
        assertThat(unlink().isEnabled()).isFalse();
    }

    @Test
    void a_participant_without_a_linked_account_has_nothing_to_unlink() {
        var person = participants.create(new ParticipantData("Never Signed In", "never.signed.in@majlis.example",
                null, null, null));
        navigate(ParticipantsView.class);

        assertThat(selectRow(grid(), p -> p.id() == person.id()).accountLinked()).isFalse();
        assertThat(unlink().isEnabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<ParticipantSummary> grid() {
        return find(Grid.class).id("participants-grid");
    }

    private Button unlink() {
        return find(Button.class).id("unlink-account");
    }
}
