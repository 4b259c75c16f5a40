package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.majlis.base.live.RoomChange;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.GridItems;
import org.majlis.base.ui.LiveUpdates;
import org.majlis.matrix.EntryFilter;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.MatrixEntryEvent;
import org.majlis.matrix.RoomMatrix;
import org.majlis.matrix.SdgGoal;
import org.majlis.matrix.ui.MatrixRoomTab.MatrixServices;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.RoomDetails;

import java.util.EnumMap;
import java.util.Map;

/**
 * A room's matrix of joint activities: counts per status, filters, the entries, a button to draft or propose one,
 * and the review of the previous edition's entries. Updates live when anyone in the room changes an entry: the
 * list is reloaded through the service (as this user) and only the rows that changed are sent to the browser.
 */
class MatrixTab extends VerticalLayout {

    private final MatrixServices services;
    private final RoomDetails room;
    private final MatrixLabels labels;
    private final Div counts = new Div();
    private final Select<EntryStatus> status = new Select<>();
    private final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    private final ComboBox<SdgGoal> sdg = new ComboBox<>();
    private final ComboBox<String> state = new ComboBox<>();
    private final TextField search = new TextField();
    private final Button newEntry = new Button();
    private final Map<EntryStatus, Span> countBadges = new EnumMap<>(EntryStatus.class);
    private final Grid<EntrySummary> grid = new Grid<>();
    private final GridItems<EntrySummary, Long> rows = new GridItems<>(grid, EntrySummary::id);
    private final ReviewPanel review;
    private @Nullable EntryDialog openDialog;

    MatrixTab(MatrixServices services, RoomDetails room) {
        this.services = services;
        this.room = room;
        this.labels = new MatrixLabels(services.reference(), getLocale());
        setId("matrix-tab");
        addClassName("matrix-tab");
        setPadding(false);
        counts.addClassName("matrix-counts");
        counts.setId("matrix-counts");
        for (var value : EntryStatus.values()) {
            var count = new Span();
            count.setId("matrix-count-" + value.name());
            count.getElement().getThemeList().add("badge pill");
            countBadges.put(value, count);
            counts.add(count);
        }
        add(counts, filters(), grid());
        review = new ReviewPanel(services, room, labels);
        add(review);
        // The room page builds every tab at once, but a tab sheet attaches a tab's content only when it is first
        // shown, and live updates reach only attached views: load on attach, so the first look is never stale.
        addAttachListener(event -> refresh());
        LiveUpdates.follow(this, services.updates(), room.room().id(), change -> change.any(MatrixEntryEvent.class),
                this::changedElsewhere);
    }

    private HorizontalLayout filters() {
        status.setLabel(getTranslation("matrix.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("matrix.filter.all"));
        status.setItems(EntryStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("matrix.filter.all")
                : getTranslation("matrix.status." + s.name()));
        status.setId("matrix-filter-status");
        organisation.setLabel(getTranslation("matrix.filter.organisation"));
        organisation.setItems(labels.organisations(OrganisationFamily.UN, OrganisationFamily.OIC,
                OrganisationFamily.OTHER));
        organisation.setItemLabelGenerator(o -> o.shortName(getLocale()));
        organisation.setClearButtonVisible(true);
        organisation.setId("matrix-filter-organisation");
        sdg.setLabel(getTranslation("matrix.filter.sdg"));
        sdg.setItems(labels.sdgs());
        sdg.setItemLabelGenerator(g -> labels.sdg(g.number()));
        sdg.setClearButtonVisible(true);
        sdg.setId("matrix-filter-sdg");
        state.setLabel(getTranslation("matrix.filter.state"));
        state.setItems(labels.memberStates());
        state.setItemLabelGenerator(labels::state);
        state.setClearButtonVisible(true);
        state.setId("matrix-filter-state");
        search.setLabel(getTranslation("matrix.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("matrix-filter-text");
        status.addValueChangeListener(e -> refresh());
        organisation.addValueChangeListener(e -> refresh());
        sdg.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        newEntry.setIcon(VaadinIcon.PLUS.create());
        newEntry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newEntry.setId("matrix-new-entry");
        newEntry.addClickListener(e -> open(null));
        var bar = new HorizontalLayout(status, organisation, sdg, state, search, newEntry);
        // Other modules' tools (the exports): added after the filters, none of them known to this module.
        services.extensions().forEach(extension -> extension.toolbarComponent(room).ifPresent(bar::add));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Grid<EntrySummary> grid() {
        grid.setId("matrix-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> e.data().code()).setHeader(getTranslation("matrix.field.code")).setAutoWidth(true)
                .setFlexGrow(0);
        // Rendered in the browser from a few properties per row (no server-side component per cell): a live update
        // of one row pushes a few hundred bytes, not a component tree.
        grid.addColumn(labels.textRenderer(e -> e.data().title(), this))
                .setHeader(getTranslation("matrix.column.title")).setFlexGrow(3);
        grid.addColumn(e -> Bidi.isolate(labels.org(e.data().leadUnId())) + " · "
                        + Bidi.isolate(labels.org(e.data().leadOicId())))
                .setHeader(getTranslation("matrix.column.leads")).setFlexGrow(1);
        grid.addColumn(e -> e.data().startDate() == null ? "" : labels.date(e.data().startDate()) + " – "
                + labels.date(e.data().endDate())).setHeader(getTranslation("matrix.column.timeframe")).setFlexGrow(1);
        grid.addColumn(LitRenderer.<EntrySummary>of("<span class=\"entry-status\" theme=\"${item.theme}\">"
                        + "${item.status}</span>")
                        .withProperty("status", e -> getTranslation("matrix.status." + e.status().name()))
                        .withProperty("theme", e -> statusTheme(e.status())))
                .setHeader(getTranslation("matrix.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        return grid;
    }

    private static String statusTheme(EntryStatus value) {
        return switch (value) {
            case ADOPTED -> "badge success";
            case SUBMITTED -> "badge";
            case RETURNED -> "badge error";
            case WITHDRAWN, DRAFT -> "badge contrast";
        };
    }

    /** Reloads everything (after this user's own change or a new filter). */
    void refresh() {
        refreshEntries();
        review.refresh();
    }

    /** Someone in the room changed the matrix: reload what the change concerns. */
    private void changedElsewhere(RoomChange change) {
        refreshEntries();
        // The review lists the previous edition's entries: only a report or a carry-over (a new draft) changes it.
        if (change.any(MatrixEntryEvent.Reviewed.class) || change.any(MatrixEntryEvent.Drafted.class)) {
            review.refresh();
        }
        var dialog = openDialog;
        var shown = dialog == null || !dialog.isOpened() ? null : dialog.entryId();
        if (shown != null && change.events().stream()
                .anyMatch(e -> e instanceof MatrixEntryEvent m && m.entryId() == shown)) {
            dialog.refreshIfUnchanged();
        }
    }

    private void refreshEntries() {
        var filter = new EntryFilter(status.getValue(), organisation.getValue() == null ? null
                : organisation.getValue().id(), sdg.getValue() == null ? null : sdg.getValue().number(),
                state.getValue(), search.getValue());
        RoomMatrix matrix = services.matrix().roomMatrix(room.room().id(), filter);
        rows.show(matrix.entries());
        var inRoom = matrix.countsByStatus().values().stream().mapToLong(Long::longValue).sum();
        grid.setEmptyStateText(getTranslation(inRoom == 0 ? "matrix.empty" : "matrix.empty-filtered"));
        countBadges.forEach((value, count) -> count.setText(getTranslation("matrix.count",
                getTranslation("matrix.status." + value.name()), matrix.countsByStatus().getOrDefault(value, 0L))));
        newEntry.setVisible(matrix.mayDraft() || matrix.mayPropose());
        newEntry.setText(getTranslation(matrix.mayDraft() ? "matrix.new-entry" : "matrix.propose-entry"));
    }

    private void open(@Nullable Long entryId) {
        openDialog = new EntryDialog(services, room, labels, entryId, this::refresh);
        openDialog.open();
    }
}
