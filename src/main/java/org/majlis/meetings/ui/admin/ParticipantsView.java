package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminGrids;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.ParticipantSummary;
import org.majlis.meetings.RoomService;
import org.majlis.security.Roles;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The secretariat's list of participants; each gets a role per room through "Rooms and roles". */
@Route("admin/participants")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 12, title = "nav.participants", icon = "vaadin:users")
class ParticipantsView extends VerticalLayout implements HasDynamicTitle {

    private final ParticipantService participants;
    private final OrganisationService organisations;
    private final EditionService editions;
    private final RoomService rooms;
    private final Grid<ParticipantSummary> grid = new Grid<>();
    private final TextField search;
    private final Button edit;
    private final Button delete;
    private final Button roles;
    private final Button unlink;
    /** Organisations by id, so that a member state without an acronym shows its name. */
    private Map<Long, OrganisationSummary> organisationsById = Map.of();

    ParticipantsView(ParticipantService participants, OrganisationService organisations, EditionService editions,
                     RoomService rooms) {
        this.participants = participants;
        this.organisations = organisations;
        this.editions = editions;
        this.rooms = rooms;
        addClassName("admin-view");
        setSizeFull();
        setId("participants-view");
        var locale = getLocale();

        search = AdminGrids.searchField(this, "participant-search");
        var create = new Button(getTranslation("admin.participants.new"), VaadinIcon.PLUS.create(),
                click -> openDialog(null));
        create.setId("new-participant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit = new Button(getTranslation("admin.edit"), VaadinIcon.EDIT.create(),
                click -> selected(this::openDialog));
        edit.setId("edit-participant");
        roles = new Button(getTranslation("admin.participants.roles"), VaadinIcon.USER_CARD.create(),
                click -> selected(this::openRoles));
        roles.setId("participant-roles");
        delete = new Button(getTranslation("admin.delete"), VaadinIcon.TRASH.create(),
                click -> selected(this::confirmDelete));
        delete.setId("delete-participant");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unlink = AccountLinkActions.unlinkButton(this, participants, grid.asSingleSelect()::getOptionalValue,
                this::reselect);

        grid.setId("participants-grid");
        grid.addColumn(ParticipantSummary::fullName).setHeader(getTranslation("admin.participants.name"))
                .setKey("name").setComparator(p -> p.fullName().toLowerCase(Locale.ROOT)).setAutoWidth(true);
        grid.addColumn(ParticipantSummary::email).setHeader(getTranslation("admin.participants.email"))
                .setKey("email").setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> organisation(p, locale)).setHeader(getTranslation("admin.participants.organisation"))
                .setKey("organisation").setComparator(p -> organisation(p, locale).toLowerCase(Locale.ROOT))
                .setAutoWidth(true);
        grid.addColumn(p -> p.username() == null ? "" : p.username())
                .setHeader(getTranslation("admin.participants.username")).setKey("username")
                .setComparator(p -> p.username() == null ? "" : p.username()).setAutoWidth(true);
        AccountLinkActions.addColumn(grid);
        grid.setEmptyStateText(getTranslation("admin.participants.empty"));
        grid.setMinHeight("20rem");
        grid.addItemDoubleClickListener(event -> openDialog(event.getItem()));
        grid.asSingleSelect().addValueChangeListener(event -> updateButtons());
        updateButtons();

        add(new H2(getTranslation("admin.participants.title")),
                AdminGrids.toolbar(search, create, edit, roles, unlink, delete), grid);
        setFlexGrow(1, grid);
        refresh();
        search.addValueChangeListener(event -> applyFilter());
        search.focus();
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getOptionalValue().map(ParticipantSummary::id);
        organisationsById = organisations.list().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o));
        grid.setItems(participants.list());
        applyFilter();
        selected.flatMap(id -> grid.getListDataView().getItems().filter(p -> p.id() == id).findFirst())
                .ifPresentOrElse(grid::select, grid::deselectAll);
        updateButtons();
    }

    private void applyFilter() {
        var term = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.getListDataView().setFilter(p -> term.isEmpty() || p.fullName().toLowerCase(Locale.ROOT).contains(term)
                || p.email().contains(term)
                || (p.username() != null && p.username().toLowerCase(Locale.ROOT).contains(term))
                || (p.positionTitle() != null && p.positionTitle().toLowerCase(Locale.ROOT).contains(term))
                || (p.organisationAcronym() != null && p.organisationAcronym().contains(term))
                || organisation(p, Locale.ENGLISH).toLowerCase(Locale.ROOT).contains(term));
    }

    private void updateButtons() {
        var any = grid.asSingleSelect().getOptionalValue().isPresent();
        edit.setEnabled(any);
        roles.setEnabled(any);
        delete.setEnabled(any);
        unlink.setEnabled(grid.asSingleSelect().getOptionalValue()
                .filter(ParticipantSummary::accountLinked).isPresent());
    }

    private void selected(java.util.function.Consumer<ParticipantSummary> action) {
        grid.asSingleSelect().getOptionalValue().ifPresent(action);
    }

    private void openDialog(@Nullable ParticipantSummary participant) {
        new ParticipantDialog(participants, organisations, participant, this::reselect).open();
    }

    private void openRoles(ParticipantSummary participant) {
        new RoomRolesDialog(participants, editions, rooms, participant, this::reselect).open();
    }

    private void reselect(ParticipantSummary saved) {
        refresh();
        grid.getListDataView().getItems().filter(p -> p.id() == saved.id()).findFirst().ifPresent(grid::select);
    }

    private void confirmDelete(ParticipantSummary participant) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-delete");
        confirm.setHeader(getTranslation("admin.participants.delete.title"));
        confirm.setText(Bidi.message(this, "admin.participants.delete.text", participant.fullName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                participants.delete(participant.id(), participant.version());
                Messages.success(this, "admin.participants.deleted", participant.fullName());
                grid.deselectAll();
            } catch (RuntimeException failure) {
                if (!Messages.showFailure(this, failure, Map.of())) {
                    throw failure;
                }
            }
            refresh();
        });
        confirm.open();
    }

    private String organisation(ParticipantSummary participant, Locale locale) {
        var organisation = participant.organisationId() == null ? null
                : organisationsById.get(participant.organisationId());
        return organisation == null ? "" : organisation.shortName(locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.participants.page-title");
    }
}
