package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminGrids;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;

import java.util.Map;

/**
 * The rooms of the selected edition: kind, title in each language, open or closed; add, edit, close (after
 * confirmation) and reopen (with a reason). Closing and reopening are recorded; the selected room's history is shown
 * below the grid.
 */
class EditionRoomsPanel extends VerticalLayout {

    private final RoomService rooms;
    private final EditionService editions;
    private final SerializableRunnable onChanged;
    private final H3 heading = new H3();
    private final Paragraph hint = new Paragraph();
    private final Grid<RoomSummary> grid = new Grid<>();
    private final Button add;
    private final Button edit;
    private final Button toggle;
    private final RoomStatusHistory history;
    private @Nullable EditionSummary edition;

    EditionRoomsPanel(RoomService rooms, EditionService editions, SerializableRunnable onChanged) {
        this.rooms = rooms;
        this.editions = editions;
        this.onChanged = onChanged;
        setId("edition-rooms");
        setPadding(false);
        addClassName("edition-rooms");
        hint.setText(getTranslation("admin.rooms.select-edition"));
        hint.addClassName("empty-state");

        add = new Button(getTranslation("admin.rooms.new"), VaadinIcon.PLUS.create(), click -> openDialog(null));
        add.setId("new-room");
        edit = new Button(getTranslation("admin.edit"), VaadinIcon.EDIT.create(),
                click -> grid.asSingleSelect().getOptionalValue().ifPresent(this::openDialog));
        edit.setId("edit-room");
        toggle = new Button(getTranslation("admin.rooms.close"), click -> toggleSelected());
        toggle.setId("toggle-room");

        grid.setId("rooms-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation("admin.rooms.kind." + r.kind().name()))
                .setHeader(getTranslation("admin.rooms.kind")).setKey("kind").setSortable(true)
                .setComparator(RoomSummary::position).setWidth("14rem").setFlexGrow(0);
        for (var language : Language.values()) {
            grid.addComponentColumn(r -> AdminGrids.inLanguage(this, r.title(), language))
                    .setHeader(getTranslation("admin.field.in-language", getTranslation("admin.rooms.title"),
                            getTranslation("admin.language." + language.name())))
                    .setKey("title" + language.name()).setComparator(r -> String.valueOf(r.title().get(language)))
                    .setFlexGrow(1);
        }
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.rooms.status")).setKey("status")
                .setComparator(RoomSummary::open).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("admin.rooms.empty"));
        grid.setAllRowsVisible(true);
        grid.addItemDoubleClickListener(event -> openDialog(event.getItem()));
        grid.asSingleSelect().addValueChangeListener(event -> updateButtons());

        history = new RoomStatusHistory(rooms);
        add(heading, hint, AdminGrids.toolbar(add, edit, toggle), grid, history);
        show(null);
    }

    void show(@Nullable EditionSummary selected) {
        edition = selected;
        var any = selected != null;
        heading.setText(any ? getTranslation("admin.rooms.title-of", EditionsView.label(this, getLocale(), selected))
                : getTranslation("admin.rooms.heading"));
        hint.setVisible(!any);
        grid.setVisible(any);
        add.setVisible(any);
        edit.setVisible(any);
        toggle.setVisible(any);
        refresh();
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getOptionalValue().map(RoomSummary::id);
        grid.setItems(edition == null ? java.util.List.of() : rooms.rooms(edition.id()));
        selected.flatMap(id -> grid.getListDataView().getItems().filter(r -> r.id() == id).findFirst())
                .ifPresent(grid::select);
        updateButtons();
    }

    private void updateButtons() {
        var room = grid.asSingleSelect().getOptionalValue();
        edit.setEnabled(room.isPresent());
        toggle.setEnabled(room.isPresent());
        toggle.setText(getTranslation(room.map(RoomSummary::open).orElse(true) ? "admin.rooms.close"
                : "admin.rooms.open"));
        toggle.setIcon(room.map(RoomSummary::open).orElse(true) ? VaadinIcon.LOCK.create()
                : VaadinIcon.UNLOCK.create());
        var current = edition != null && editions.current().map(EditionSummary::id)
                .filter(id -> id == edition.id()).isPresent();
        history.show(room.orElse(null), current);
    }

    /** Closing is confirmed first; reopening asks why. Both are recorded. */
    private void toggleSelected() {
        var room = grid.asSingleSelect().getOptionalValue();
        if (room.isEmpty()) {
            return;
        }
        var r = room.get();
        if (r.open()) {
            confirmClose(r);
        } else {
            new ReopenRoomDialog(rooms, r, reopened -> refresh()).open();
        }
    }

    private void confirmClose(RoomSummary room) {
        var confirm = new ConfirmDialog();
        confirm.setId("close-room-confirm");
        confirm.setHeader(getTranslation("admin.rooms.close.title", room.title().in(getLocale())));
        confirm.setText(getTranslation("admin.rooms.close.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.rooms.close"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                var saved = rooms.close(room.id(), room.version());
                Messages.success(this, "admin.rooms.closed", saved.title().in(getLocale()));
            } catch (RuntimeException failure) {
                if (!Messages.showFailure(this, failure, Map.of())) {
                    throw failure;
                }
            }
            refresh();
        });
        confirm.open();
    }

    private void openDialog(@Nullable RoomSummary room) {
        if (edition == null) {
            return;
        }
        new RoomDialog(rooms, edition.id(), room, saved -> {
            refresh();
            grid.getListDataView().getItems().filter(r -> r.id() == saved.id()).findFirst().ifPresent(grid::select);
            onChanged.run();
        }).open();
    }

    private Span status(RoomSummary room) {
        var status = new Span(getTranslation(room.open() ? "room.status.open" : "room.status.closed"));
        status.getElement().getThemeList().add(room.open() ? "badge success" : "badge contrast");
        return status;
    }
}
