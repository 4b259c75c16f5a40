package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminGrids;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.OicArea;
import org.majlis.matrix.SdgGoal;
import org.majlis.security.Roles;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The secretariat's reference lists that matrix entries are aligned with: the 17 SDGs (their names can be edited)
 * and the OIC-2025 priority areas (added, renamed, retired and restored; a retired area stays on the entries that
 * name it but is no longer offered for new ones). Nothing is deleted, so no entry loses its alignment.
 */
@Route("admin/reference-lists")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 13, title = "nav.reference-lists", icon = "vaadin:list-ol")
class ReferenceListsView extends VerticalLayout implements HasDynamicTitle {

    private final MatrixReferenceService reference;
    private final Grid<SdgGoal> sdgs = new Grid<>();
    private final Grid<OicArea> areas = new Grid<>();
    private final Button editSdg;
    private final Button editArea;
    private final Button retireArea;

    ReferenceListsView(MatrixReferenceService reference) {
        this.reference = reference;
        addClassName("admin-view");
        setId("reference-lists-view");

        editSdg = new Button(getTranslation("admin.edit"), VaadinIcon.EDIT.create(),
                click -> sdgs.asSingleSelect().getOptionalValue().ifPresent(this::openSdg));
        editSdg.setId("edit-sdg");
        sdgs.setId("sdg-grid");
        sdgs.addColumn(SdgGoal::number).setHeader(getTranslation("matrix.reference.number")).setKey("number")
                .setSortable(true).setWidth("6rem").setFlexGrow(0);
        nameColumns(sdgs, SdgGoal::name);
        sdgs.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        sdgs.setAllRowsVisible(true);
        sdgs.addItemDoubleClickListener(event -> openSdg(event.getItem()));
        sdgs.asSingleSelect().addValueChangeListener(event -> editSdg.setEnabled(event.getValue() != null));

        var newArea = new Button(getTranslation("matrix.reference.new-area"), VaadinIcon.PLUS.create(),
                click -> openArea(null));
        newArea.setId("new-area");
        newArea.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editArea = new Button(getTranslation("admin.edit"), VaadinIcon.EDIT.create(),
                click -> areas.asSingleSelect().getOptionalValue().ifPresent(this::openArea));
        editArea.setId("edit-area");
        retireArea = new Button(getTranslation("matrix.reference.retire"),
                click -> areas.asSingleSelect().getOptionalValue().ifPresent(this::toggleActive));
        retireArea.setId("retire-area");
        areas.setId("area-grid");
        areas.addColumn(OicArea::code).setHeader(getTranslation("matrix.reference.code")).setKey("code")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        nameColumns(areas, OicArea::name);
        areas.addComponentColumn(this::statusBadge).setHeader(getTranslation("matrix.reference.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        areas.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        areas.setAllRowsVisible(true);
        areas.setEmptyStateText(getTranslation("matrix.reference.no-areas"));
        areas.addItemDoubleClickListener(event -> openArea(event.getItem()));
        areas.asSingleSelect().addValueChangeListener(event -> selectedArea(event.getValue()));

        add(new H2(getTranslation("matrix.reference.title")), new Paragraph(getTranslation("matrix.reference.intro")),
                new H3(getTranslation("matrix.reference.sdgs")), AdminGrids.toolbar(editSdg), sdgs,
                new H3(getTranslation("matrix.reference.areas")), AdminGrids.toolbar(newArea, editArea, retireArea),
                areas);
        refresh();
    }

    /** One column per language (each text in its own direction) and one naming the languages still missing. */
    private <T> void nameColumns(Grid<T> grid, Function<T, LocalizedText> name) {
        for (var language : Language.values()) {
            grid.addComponentColumn(item -> AdminGrids.inLanguage(this, name.apply(item), language))
                    .setHeader(getTranslation("admin.field.in-language", getTranslation("matrix.reference.name"),
                            getTranslation("admin.language." + language.name())))
                    .setKey("name-" + language.code()).setFlexGrow(1);
        }
        grid.addColumn(item -> name.apply(item).missingLanguages().stream()
                        .map(language -> language.code().toUpperCase(Locale.ROOT)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("matrix.reference.missing")).setKey("missing").setAutoWidth(true)
                .setFlexGrow(0);
    }

    private Span statusBadge(OicArea area) {
        var badge = new Span(getTranslation(area.active() ? "matrix.reference.active" : "matrix.reference.retired"));
        badge.getElement().getThemeList().add(area.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private void refresh() {
        var sdg = sdgs.asSingleSelect().getOptionalValue().map(SdgGoal::number);
        var area = areas.asSingleSelect().getOptionalValue().map(OicArea::id);
        sdgs.setItems(reference.sdgs());
        areas.setItems(reference.oicAreas());
        sdg.flatMap(number -> sdgs.getListDataView().getItems().filter(g -> g.number() == number).findFirst())
                .ifPresent(sdgs::select);
        area.flatMap(id -> areas.getListDataView().getItems().filter(a -> a.id() == id).findFirst())
                .ifPresentOrElse(areas::select, () -> selectedArea(null));
        editSdg.setEnabled(sdgs.asSingleSelect().getValue() != null);
    }

    private void selectedArea(@Nullable OicArea area) {
        editArea.setEnabled(area != null);
        retireArea.setEnabled(area != null);
        retireArea.setText(getTranslation(area != null && !area.active() ? "matrix.reference.restore"
                : "matrix.reference.retire"));
    }

    private void openSdg(SdgGoal goal) {
        new SdgDialog(reference, goal, saved -> refresh()).open();
    }

    private void openArea(@Nullable OicArea area) {
        new OicAreaDialog(reference, area, saved -> {
            refresh();
            areas.getListDataView().getItems().filter(a -> a.id() == saved.id()).findFirst().ifPresent(areas::select);
        }).open();
    }

    /** Retiring is undone by restoring, and entries keep their areas either way, so it needs no confirmation. */
    private void toggleActive(OicArea area) {
        try {
            var saved = reference.updateOicArea(area.id(), area.version(), area.code(), area.name(), !area.active());
            Messages.success(this, saved.active() ? "matrix.reference.restored-area" : "matrix.reference.retired-area",
                    saved.code());
        } catch (RuntimeException failure) {
            if (!Messages.showFailure(this, failure, Map.of())) {
                throw failure;
            }
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matrix.reference.page-title");
    }
}
