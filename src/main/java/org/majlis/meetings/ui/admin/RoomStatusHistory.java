package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.majlis.base.ui.Formats;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomStatusEntry;
import org.majlis.meetings.RoomSummary;

/**
 * For the secretariat, under the rooms of an edition: the selected room's closings and reopenings, newest first —
 * who, when, and why it was reopened — and whether its edition is over (then it is read-only for its participants,
 * open or closed).
 */
class RoomStatusHistory extends Div {

    private final RoomService rooms;
    private final H4 title = new H4();
    private final Paragraph pastEdition = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();

    RoomStatusHistory(RoomService rooms) {
        this.rooms = rooms;
        setId("room-status-history");
        addClassName("room-status-history");
        title.setText(getTranslation("admin.rooms.history"));
        pastEdition.setId("room-past-edition");
        pastEdition.setText(getTranslation("admin.rooms.past-edition"));
        pastEdition.addClassName("room-notice");
        empty.setText(getTranslation("admin.rooms.history.empty"));
        empty.addClassName("empty-state");
        list.addClassName("room-status-list");
        add(title, pastEdition, list, empty);
        show(null, false);
    }

    /** Shows the room's history (nothing when no room is selected). */
    void show(@Nullable RoomSummary room, boolean currentEdition) {
        setVisible(room != null);
        list.removeAll();
        if (room == null) {
            return;
        }
        pastEdition.setVisible(!currentEdition);
        var history = rooms.statusHistory(room.id());
        history.forEach(entry -> list.add(line(entry)));
        empty.setVisible(history.isEmpty());
    }

    private ListItem line(RoomStatusEntry entry) {
        var when = Formats.dateTime(entry.changedAt(), getLocale());
        var text = entry.open()
                ? getTranslation("admin.rooms.history.reopened", isolated(entry.changedBy()), when,
                isolated(entry.reason() == null ? "" : entry.reason()))
                : getTranslation("admin.rooms.history.closed", isolated(entry.changedBy()), when);
        var item = new ListItem(text);
        item.getElement().setAttribute("data-open", String.valueOf(entry.open()));
        return item;
    }

    /** Someone's own words inside a translated sentence keep their direction and cannot reorder the sentence. */
    private static String isolated(String written) {
        return "\u2068" + written + "\u2069";
    }
}
