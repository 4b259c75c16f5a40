package org.majlis.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.majlis.agenda.AgendaEvent;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaOverview;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.ItemNotes;
import org.majlis.base.Move;
import org.majlis.base.live.RoomUpdates;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.DurationText;
import org.majlis.base.ui.LiveUpdates;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.Texts;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomRole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The room's agenda: every item with its status, planned and actual time, the current item highlighted and the
 * room's timing. Chairs also add, edit, reorder, delete, open, close, defer and reopen — unless the room is read-only
 * for them (closed, or of a past edition). A change by anyone reaches every open agenda at once; only the rows that
 * changed are touched.
 */
class AgendaPanel extends VerticalLayout {

    private final AgendaService agenda;
    private final long roomId;
    private final boolean chair;
    private final boolean keepsNotes;
    private final ItemNotes notes;
    private final RoomUpdates updates;
    private final Span planned = new Span();
    private final Span schedule = new Span();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Map<Long, AgendaRow> rows = new HashMap<>();

    AgendaPanel(AgendaService agenda, ItemNotes notes, RoomUpdates updates, RoomDetails details) {
        this.agenda = agenda;
        this.notes = notes;
        this.updates = updates;
        this.roomId = details.room().id();
        // the item's private notes: the room's chairs and rapporteurs, while the room is writable (a read-only room
        // shows no controls; its notes stay readable through the service)
        this.keepsNotes = details.mayChange()
                && (details.myRole() == RoomRole.CHAIR || details.myRole() == RoomRole.RAPPORTEUR);
        // a closed room or a past edition's: the chairs read the agenda like everyone else (the room page says why)
        this.chair = details.mayChange() && (details.admin() || details.myRole() == RoomRole.CHAIR);
        setId("agenda-panel");
        addClassName("agenda-panel");
        setPadding(false);

        schedule.setId("agenda-schedule");
        schedule.addClassName("schedule-status");
        planned.addClassName("agenda-planned");
        var summary = new HorizontalLayout(planned, schedule);
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.addClassName("agenda-summary");
        if (chair) {
            var add = new Button(getTranslation("agenda.add"), VaadinIcon.PLUS.create(), click -> openEditor(null));
            add.setId("agenda-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            summary.add(add);
        }
        list.setId("agenda-list");
        list.addClassName("agenda-list");
        empty.setText(getTranslation("agenda.empty"));
        empty.addClassName("empty-state");
        add(summary, list, empty);

        LiveUpdates.follow(this, updates, roomId, change -> change.any(AgendaEvent.class), change -> refresh());
        addAttachListener(event -> refresh());
    }

    /** Reloads through the service and updates only what changed. */
    void refresh() {
        show(agenda.overview(roomId));
    }

    private void show(AgendaOverview overview) {
        Texts.set(planned, getTranslation("agenda.planned-total", overview.plannedMinutes()));
        Texts.set(schedule, DurationText.schedule(this, overview.scheduleSeconds()));
        Texts.attribute(schedule, "data-seconds", String.valueOf(overview.scheduleSeconds()));
        Texts.visible(empty, overview.items().isEmpty());
        var wanted = new ArrayList<AgendaRow>();
        for (var item : overview.items()) {
            var row = rows.computeIfAbsent(item.id(), id -> new AgendaRow(chair, keepsNotes, this::act));
            row.show(item, overview.items().size(), overview.asOf());
            wanted.add(row);
        }
        rows.keySet().removeIf(id -> overview.item(id).isEmpty());
        var current = list.getChildren().toList();
        if (!current.equals(wanted)) {
            list.removeAll();
            wanted.forEach(list::add);
        }
    }

    /** What a chair's button in a row asks for. */
    enum Action { UP, DOWN, OPEN, CLOSE, DEFER, REOPEN, EDIT, DELETE, NOTES }

    private void act(AgendaItemSummary item, Action action) {
        switch (action) {
            case EDIT -> openEditor(item);
            case DELETE -> confirmDelete(item);
            case NOTES -> new ItemNoteDialog(notes, updates, roomId, item).open();
            default -> run(() -> {
                switch (action) {
                    case UP -> agenda.move(roomId, item.id(), Move.UP);
                    case DOWN -> agenda.move(roomId, item.id(), Move.DOWN);
                    case OPEN -> agenda.open(roomId, item.id());
                    case CLOSE -> agenda.close(roomId, item.id());
                    case DEFER -> agenda.defer(roomId, item.id());
                    case REOPEN -> agenda.reopen(roomId, item.id());
                    default -> throw new IllegalStateException(action.name());
                }
            });
        }
    }

    private void openEditor(AgendaItemSummary existing) {
        var dialog = new AgendaItemDialog(existing, data -> {
            if (existing == null) {
                agenda.create(roomId, data);
            } else {
                agenda.update(roomId, existing.id(), existing.version(), data);
            }
            refresh();
        });
        dialog.open();
    }

    private void confirmDelete(AgendaItemSummary item) {
        var title = item.title().in(getLocale());
        var confirm = new ConfirmDialog(getTranslation("agenda.delete.title"),
                Bidi.message(this, "agenda.delete.text", title), getTranslation("agenda.delete.confirm"),
                event -> run(() -> agenda.delete(roomId, item.id(), item.version())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("live.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("agenda-delete-confirm");
        confirm.open();
    }

    private void run(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            if (!Messages.showFailure(this, e, Map.of())) {
                throw e;
            }
        }
        refresh();
    }

    List<AgendaRow> rows() {
        return list.getChildren().map(AgendaRow.class::cast).toList();
    }
}
