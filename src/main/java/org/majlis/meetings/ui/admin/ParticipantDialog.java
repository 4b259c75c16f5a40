package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.jspecify.annotations.Nullable;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminDialog;
import org.majlis.meetings.DelegationRank;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.ParticipantSummary;

import java.util.Map;
import java.util.Objects;

/** Creates or edits a participant: name, email, organisation, position and the username they sign in with. */
class ParticipantDialog extends AdminDialog {

    private final ParticipantService participants;
    private final SerializableConsumer<ParticipantSummary> onSaved;
    private @Nullable ParticipantSummary participant;

    private final TextField fullName = new TextField();
    private final TextField email = new TextField();
    private final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    private final TextField positionTitle = new TextField();
    private final TextField username = new TextField();
    private final Select<DelegationRank> rank = new Select<>();

    ParticipantDialog(ParticipantService participants, OrganisationService organisations,
                      @Nullable ParticipantSummary participant, SerializableConsumer<ParticipantSummary> onSaved) {
        super("");
        this.participants = participants;
        this.onSaved = onSaved;
        setId("participant-dialog");
        setHeaderTitle(getTranslation(participant == null ? "admin.participants.new" : "admin.participants.edit"));
        var locale = getLocale();
        fullName.setLabel(getTranslation("admin.participants.name"));
        fullName.setId("fullName");
        fullName.setMaxLength(150);
        email.setLabel(getTranslation("admin.participants.email"));
        email.setId("email");
        email.getElement().setAttribute("dir", "ltr");
        email.setMaxLength(254);
        organisation.setLabel(getTranslation("admin.participants.organisation"));
        organisation.setId("organisationId");
        organisation.setItems((o, filter) -> o.name().contains(filter) || o.acronym().contains(filter),
                organisations.list());
        organisation.setItemLabelGenerator(o -> OrganisationsView.label(this, o, locale));
        organisation.setClearButtonVisible(true);
        positionTitle.setLabel(getTranslation("admin.participants.position"));
        positionTitle.setId("positionTitle");
        positionTitle.setMaxLength(200);
        username.setLabel(getTranslation("admin.participants.username"));
        username.setHelperText(getTranslation("admin.participants.username.help"));
        username.setId("username");
        username.getElement().setAttribute("dir", "ltr");
        username.setMaxLength(100);

        rank.setLabel(getTranslation("admin.participants.rank"));
        rank.setId("rank");
        rank.setItems(DelegationRank.values());
        rank.setItemLabelGenerator(r -> getTranslation("rank." + r.name()));
        rank.setValue(DelegationRank.EXPERT);
        var form = new FormLayout();
        form.setAutoResponsive(true);
        form.setExpandColumns(true);
        form.setExpandFields(true);
        form.addFormRow(fullName, email);
        form.addFormRow(organisation, positionTitle);
        form.addFormRow(username, rank);
        add(form);
        setWidth("min(50rem, 95vw)");
        load(participant);
    }

    private void load(@Nullable ParticipantSummary fresh) {
        participant = fresh;
        if (fresh != null) {
            fullName.setValue(fresh.fullName());
            email.setValue(fresh.email());
            organisation.setValue(organisation.getListDataView().getItems()
                    .filter(o -> Objects.equals(o.id(), fresh.organisationId())).findFirst().orElse(null));
            positionTitle.setValue(fresh.positionTitle() == null ? "" : fresh.positionTitle());
            username.setValue(fresh.username() == null ? "" : fresh.username());
            rank.setValue(fresh.rank());
        }
    }

    @Override
    protected void save() {
        var data = new ParticipantData(fullName.getValue(), email.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(), positionTitle.getValue(),
                username.getValue(), rank.getValue());
        var saved = participant == null ? participants.create(data)
                : participants.update(participant.id(), participant.version(), data);
        Messages.success(this, "admin.participants.saved", saved.fullName());
        close();
        onSaved.accept(saved);
    }

    @Override
    protected void reload() {
        if (participant != null) {
            load(participants.get(participant.id()));
        }
    }

    @Override
    protected Map<String, ? extends HasValidation> errorTargets() {
        return Map.of("fullName", fullName, "email", email, "organisationId", organisation,
                "positionTitle", positionTitle, "username", username);
    }
}
