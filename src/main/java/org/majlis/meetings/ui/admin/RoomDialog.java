package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import org.jspecify.annotations.Nullable;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminDialog;
import org.majlis.base.ui.admin.LocalizedTextFields;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates or edits a room of an edition: its kind and its title in three languages. A new room is open; closing and
 * reopening are separate, recorded actions of the rooms panel.
 */
class RoomDialog extends AdminDialog {

    private final RoomService rooms;
    private final long editionId;
    private final SerializableConsumer<RoomSummary> onSaved;
    private @Nullable RoomSummary room;

    private final Select<RoomKind> kind = new Select<>();
    private final LocalizedTextFields title = new LocalizedTextFields("title", "admin.rooms.title", 200, true);

    RoomDialog(RoomService rooms, long editionId, @Nullable RoomSummary room,
               SerializableConsumer<RoomSummary> onSaved) {
        super("");
        this.rooms = rooms;
        this.editionId = editionId;
        this.onSaved = onSaved;
        setId("room-dialog");
        setHeaderTitle(getTranslation(room == null ? "admin.rooms.new" : "admin.rooms.edit"));
        kind.setLabel(getTranslation("admin.rooms.kind"));
        kind.setId("kind");
        kind.setItems(RoomKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admin.rooms.kind." + k.name()));
        add(kind, title);
        setWidth("min(72rem, 95vw)");
        load(room);
    }

    private void load(@Nullable RoomSummary fresh) {
        room = fresh;
        if (fresh != null) {
            kind.setValue(fresh.kind());
            title.setValue(fresh.title());
        }
    }

    @Override
    protected void save() {
        var data = new RoomData(kind.getValue(), title.getValue(), room == null || room.open());
        var saved = room == null ? rooms.create(editionId, data) : rooms.update(room.id(), room.version(), data);
        Messages.success(this, "admin.rooms.saved", saved.title().in(getLocale()));
        close();
        onSaved.accept(saved);
    }

    @Override
    protected void reload() {
        if (room != null) {
            var id = room.id();
            rooms.rooms(editionId).stream().filter(r -> r.id() == id).findFirst().ifPresent(this::load);
        }
    }

    @Override
    protected Map<String, ? extends HasValidation> errorTargets() {
        var targets = new LinkedHashMap<String, HasValidation>();
        targets.put("kind", kind);
        targets.putAll(title.errorTargets());
        return targets;
    }
}
