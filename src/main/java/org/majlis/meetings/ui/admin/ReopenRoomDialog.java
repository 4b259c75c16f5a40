package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminDialog;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;

import java.util.Map;

/** The secretariat reopens a closed room, saying why (required; kept in the room's history with who and when). */
class ReopenRoomDialog extends AdminDialog {

    private final RoomService rooms;
    private final SerializableConsumer<RoomSummary> onReopened;
    private final TextArea reason = new TextArea();
    private RoomSummary room;

    ReopenRoomDialog(RoomService rooms, RoomSummary room, SerializableConsumer<RoomSummary> onReopened) {
        super("");
        this.rooms = rooms;
        this.room = room;
        this.onReopened = onReopened;
        setId("reopen-room-dialog");
        setHeaderTitle(getTranslation("admin.rooms.reopen.title", room.title().in(getLocale())));
        reason.setId("reopen-reason");
        reason.setLabel(getTranslation("admin.rooms.reopen.reason"));
        reason.setHelperText(getTranslation("admin.rooms.reopen.reason-help"));
        reason.setMaxLength(RoomService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        save.setText(getTranslation("admin.rooms.open"));
        save.setId("reopen-confirm");
        add(new Paragraph(getTranslation("admin.rooms.reopen.text")), reason);
        setWidth("min(36rem, 95vw)");
    }

    @Override
    protected void save() {
        var reopened = rooms.reopen(room.id(), room.version(), reason.getValue());
        Messages.success(this, "admin.rooms.opened", reopened.title().in(getLocale()));
        close();
        onReopened.accept(reopened);
    }

    @Override
    protected Map<String, ? extends HasValidation> errorTargets() {
        return Map.of("reason", reason);
    }

    @Override
    protected void reload() {
        var id = room.id();
        rooms.rooms(room.editionId()).stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> room = r);
    }
}
