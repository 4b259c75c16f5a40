package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.admin.AdminGrids;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.RoomService;
import org.majlis.security.Roles;

import java.util.Comparator;
import java.util.Locale;

/** The secretariat's list of editions; selecting one shows its rooms. */
@Route("admin/editions")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 10, title = "nav.editions", icon = "vaadin:calendar")
class EditionsView extends VerticalLayout implements HasDynamicTitle {

    private final EditionService editions;
    private final OrganisationService organisations;
    private final Grid<EditionSummary> grid = new Grid<>();
    private final TextField search;
    private final EditionRoomsPanel rooms;
    private final Button edit;

    EditionsView(EditionService editions, RoomService roomService, OrganisationService organisations) {
        this.editions = editions;
        this.organisations = organisations;
        addClassName("admin-view");
        setId("editions-view");
        var locale = getLocale();

        search = AdminGrids.searchField(this, "edition-search");
        var create = new Button(getTranslation("admin.editions.new"), VaadinIcon.PLUS.create(),
                click -> openDialog(null));
        create.setId("new-edition");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit = new Button(getTranslation("admin.edit"), VaadinIcon.EDIT.create(),
                click -> grid.asSingleSelect().getOptionalValue().ifPresent(this::openDialog));
        edit.setId("edit-edition");
        edit.setEnabled(false);

        grid.setId("editions-grid");
        grid.addColumn(EditionSummary::number).setHeader(getTranslation("admin.editions.number"))
                .setKey("number").setSortable(true).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(e -> e.city().in(locale)).setHeader(getTranslation("admin.editions.city"))
                .setKey("city").setComparator(e -> e.city().in(locale)).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("edition.dates", Formats.date(e.startDate(), locale),
                        Formats.date(e.endDate(), locale))).setHeader(getTranslation("admin.editions.dates"))
                .setKey("dates").setComparator(EditionSummary::startDate).setAutoWidth(true);
        grid.addColumn(e -> e.previousEditionNumber() == null ? getTranslation("admin.none") : String.valueOf(e.previousEditionNumber()))
                .setHeader(getTranslation("admin.editions.previous")).setKey("previous")
                .setComparator(Comparator.comparing(EditionSummary::previousEditionNumber,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).setAutoWidth(true);
        grid.addColumn(e -> e.hostAcronym() == null ? getTranslation("admin.none") : e.hostAcronym())
                .setHeader(getTranslation("admin.editions.host")).setKey("host")
                .setComparator(e -> e.hostAcronym() == null ? "" : e.hostAcronym()).setAutoWidth(true);
        grid.addColumn(EditionSummary::roomCount).setHeader(getTranslation("admin.editions.room-count"))
                .setKey("rooms").setSortable(true).setWidth("8rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("admin.editions.empty"));
        grid.setAllRowsVisible(true);
        grid.addItemDoubleClickListener(event -> openDialog(event.getItem()));

        rooms = new EditionRoomsPanel(roomService, editions, this::refresh);
        grid.asSingleSelect().addValueChangeListener(event -> {
            edit.setEnabled(event.getValue() != null);
            rooms.show(event.getValue());
        });

        add(new H2(getTranslation("admin.editions.title")), AdminGrids.toolbar(search, create, edit), grid, rooms);
        refresh();
        search.addValueChangeListener(event -> grid.getListDataView().setFilter(e -> matches(e, event.getValue())));
        search.focus();
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getOptionalValue().map(EditionSummary::id);
        grid.setItems(editions.list()).setFilter(e -> matches(e, search.getValue()));
        selected.flatMap(id -> grid.getListDataView().getItems().filter(e -> e.id() == id).findFirst())
                .ifPresent(grid::select);
    }

    private void openDialog(@Nullable EditionSummary edition) {
        new EditionDialog(editions, organisations, edition, saved -> {
            refresh();
            grid.getListDataView().getItems().filter(e -> e.id() == saved.id()).findFirst().ifPresent(grid::select);
        }).open();
    }

    private static boolean matches(EditionSummary edition, String term) {
        if (term == null || term.isBlank()) {
            return true;
        }
        var needle = term.strip().toLowerCase(Locale.ROOT);
        return String.valueOf(edition.number()).equals(needle) || edition.city().contains(needle)
                || edition.venue().contains(needle)
                || (edition.hostAcronym() != null && edition.hostAcronym().toLowerCase(Locale.ROOT).contains(needle))
                || String.valueOf(edition.startDate().getYear()).equals(needle);
    }

    /** "16 — Astana (2024)" in the reader's language. */
    static String label(Component context, Locale locale, EditionSummary edition) {
        return context.getTranslation("admin.editions.label", edition.number(), edition.city().in(locale),
                String.valueOf(edition.startDate().getYear()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.editions.page-title");
    }
}
