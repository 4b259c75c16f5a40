package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminGrids;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.security.Roles;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The secretariat's list of organisations: UN entities, OIC institutions, member states and others. */
@Route("admin/organisations")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 11, title = "nav.organisations", icon = "vaadin:institution")
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final Grid<OrganisationSummary> grid = new Grid<>();
    private final TextField search;
    private final Select<OrganisationFamily> family = new Select<>();
    private final Button edit;
    private final Button delete;

    OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("admin-view");
        setSizeFull();
        setId("organisations-view");
        var locale = getLocale();

        search = AdminGrids.searchField(this, "organisation-search");
        family.setId("family-filter");
        family.setItems(OrganisationFamily.values());
        family.setEmptySelectionAllowed(true);
        family.setEmptySelectionCaption(getTranslation("admin.organisations.all-families"));
        family.setPlaceholder(getTranslation("admin.organisations.all-families"));
        family.setAriaLabel(getTranslation("admin.organisations.family"));
        family.setItemLabelGenerator(f -> f == null ? getTranslation("admin.organisations.all-families")
                : getTranslation("admin.organisations.family." + f.name()));
        var create = new Button(getTranslation("admin.organisations.new"), VaadinIcon.PLUS.create(),
                click -> openDialog(null));
        create.setId("new-organisation");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit = new Button(getTranslation("admin.edit"), VaadinIcon.EDIT.create(),
                click -> grid.asSingleSelect().getOptionalValue().ifPresent(this::openDialog));
        edit.setId("edit-organisation");
        delete = new Button(getTranslation("admin.delete"), VaadinIcon.TRASH.create(),
                click -> grid.asSingleSelect().getOptionalValue().ifPresent(this::confirmDelete));
        delete.setId("delete-organisation");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);

        grid.setId("organisations-grid");
        grid.addColumn(o -> getTranslation("admin.organisations.family." + o.family().name()))
                .setHeader(getTranslation("admin.organisations.family")).setKey("family")
                .setComparator(o -> o.family().ordinal()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.acronym().in(locale)).setHeader(getTranslation("admin.organisations.acronym"))
                .setKey("acronym").setComparator(o -> o.acronym().in(locale).toLowerCase(Locale.ROOT))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> AdminGrids.localized(o.name(), locale))
                .setHeader(getTranslation("admin.organisations.name")).setKey("name")
                .setComparator(o -> o.name().in(locale).toLowerCase(Locale.ROOT)).setFlexGrow(1);
        grid.addColumn(o -> o.countryCode() == null ? "" : o.countryCode())
                .setHeader(getTranslation("admin.organisations.country-code")).setKey("country")
                .setComparator(o -> o.countryCode() == null ? "" : o.countryCode()).setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(OrganisationSummary::effectivePrecedence)
                .setHeader(getTranslation("admin.organisations.precedence")).setKey("precedence")
                .setComparator(OrganisationSummary::effectivePrecedence).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(this::missingLanguages).setHeader(getTranslation("admin.organisations.missing"))
                .setKey("missing").setSortable(true).setWidth("11rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("admin.organisations.empty"));
        grid.setMinHeight("20rem");
        grid.addItemDoubleClickListener(event -> openDialog(event.getItem()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            edit.setEnabled(event.getValue() != null);
            delete.setEnabled(event.getValue() != null);
        });
        edit.setEnabled(false);
        delete.setEnabled(false);

        add(new H2(getTranslation("admin.organisations.title")),
                AdminGrids.toolbar(search, family, create, edit, delete), grid);
        setFlexGrow(1, grid);
        refresh();
        search.addValueChangeListener(event -> applyFilter());
        family.addValueChangeListener(event -> applyFilter());
        search.focus();
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getOptionalValue().map(OrganisationSummary::id);
        grid.setItems(organisations.list());
        applyFilter();
        selected.flatMap(id -> grid.getListDataView().getItems().filter(o -> o.id() == id).findFirst())
                .ifPresent(grid::select);
    }

    private void applyFilter() {
        var term = search.getValue() == null ? "" : search.getValue().strip();
        var wanted = family.getValue();
        grid.getListDataView().setFilter(o -> (wanted == null || o.family() == wanted)
                && (term.isEmpty() || o.name().contains(term) || o.acronym().contains(term)
                || (o.countryCode() != null && o.countryCode().equalsIgnoreCase(term))));
    }

    private String missingLanguages(OrganisationSummary organisation) {
        return organisation.name().missingLanguages().stream()
                .map(language -> language.code().toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private void openDialog(@Nullable OrganisationSummary organisation) {
        new OrganisationDialog(organisations, organisation, saved -> {
            refresh();
            grid.getListDataView().getItems().filter(o -> o.id() == saved.id()).findFirst().ifPresent(grid::select);
        }).open();
    }

    private void confirmDelete(OrganisationSummary organisation) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-delete");
        confirm.setHeader(getTranslation("admin.organisations.delete.title"));
        confirm.setText(Bidi.message(this, "admin.organisations.delete.text", label(this, organisation, getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                organisations.delete(organisation.id(), organisation.version());
                Messages.success(this, "admin.organisations.deleted", label(this, organisation, getLocale()));
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

    /** "FAO — Food and Agriculture Organization…" in the reader's language. */
    static String label(Component context, OrganisationSummary organisation, Locale locale) {
        var acronym = organisation.acronym().in(locale);
        var name = organisation.name().in(locale);
        return acronym.isEmpty() || acronym.equals(name) ? name : context.getTranslation("admin.organisations.label", acronym, name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.organisations.page-title");
    }
}
