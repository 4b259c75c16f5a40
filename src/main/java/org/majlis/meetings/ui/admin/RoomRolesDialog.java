package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminDialog;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.ParticipantSummary;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A participant's role in each room of one edition: no role, co-chair, rapporteur, agency representative or
 * observer. Saving replaces their roles in that edition's rooms.
 */
class RoomRolesDialog extends AdminDialog {

    private final ParticipantService participants;
    private final RoomService rooms;
    private final SerializableConsumer<ParticipantSummary> onSaved;
    private ParticipantSummary participant;

    private final Select<EditionSummary> edition = new Select<>();
    private final FormLayout roomRoles = new FormLayout();
    private final Paragraph noRooms = new Paragraph();
    /** Room id → the role picked for it. */
    private final Map<Long, Select<RoomRole>> roleByRoom = new LinkedHashMap<>();

    RoomRolesDialog(ParticipantService participants, EditionService editions, RoomService rooms,
                    ParticipantSummary participant, SerializableConsumer<ParticipantSummary> onSaved) {
        super("");
        this.participants = participants;
        this.rooms = rooms;
        this.onSaved = onSaved;
        this.participant = participant;
        setId("roles-dialog");
        setHeaderTitle(Bidi.message(this, "admin.roles.title", participant.fullName()));
        edition.setLabel(getTranslation("admin.roles.edition"));
        edition.setId("edition");
        edition.setWidthFull();
        edition.setItems(editions.list());
        edition.setItemLabelGenerator(e -> EditionsView.label(this, getLocale(), e));
        edition.addValueChangeListener(event -> showRooms());
        roomRoles.setId("room-roles");
        roomRoles.setAutoResponsive(true);
        roomRoles.setExpandColumns(true);
        roomRoles.setExpandFields(true);
        roomRoles.setMaxColumns(2);
        noRooms.setText(getTranslation("admin.rooms.empty"));
        noRooms.addClassName("empty-state");
        add(edition, roomRoles, noRooms);
        setWidth("min(50rem, 95vw)");
        editions.current().flatMap(current -> edition.getListDataView().getItems()
                .filter(e -> e.id() == current.id()).findFirst()).ifPresent(edition::setValue);
        showRooms();
    }

    /** The role picker of a room, for tests and keyboard users. */
    Select<RoomRole> roleIn(long roomId) {
        return roleByRoom.get(roomId);
    }

    private void showRooms() {
        roomRoles.removeAll();
        roleByRoom.clear();
        var selected = edition.getValue();
        if (selected == null) {
            noRooms.setVisible(false);
            return;
        }
        var current = participants.assignments(participant.id(), selected.id());
        var locale = getLocale();
        for (var room : rooms.rooms(selected.id())) {
            var role = new Select<RoomRole>();
            role.setLabel(room.title().in(locale));
            role.setId("role-" + room.id());
            role.setItems(RoomRole.values());
            role.setEmptySelectionAllowed(true);
            role.setEmptySelectionCaption(getTranslation("admin.roles.none"));
            role.setItemLabelGenerator(r -> r == null ? getTranslation("admin.roles.none")
                    : getTranslation("role." + r.name()));
            current.stream().filter(a -> a.roomId() == room.id()).findFirst()
                    .ifPresent(a -> role.setValue(a.role()));
            roleByRoom.put(room.id(), role);
            roomRoles.add(role);
        }
        noRooms.setVisible(roleByRoom.isEmpty());
    }

    @Override
    protected void save() {
        var selected = edition.getValue();
        if (selected == null) {
            return;
        }
        var wanted = new ArrayList<RoomAssignment>();
        roleByRoom.forEach((roomId, role) -> {
            if (role.getValue() != null) {
                wanted.add(new RoomAssignment(roomId, role.getValue()));
            }
        });
        participant = participants.assign(participant.id(), participant.version(), selected.id(), wanted);
        Messages.success(this, "admin.roles.saved", participant.fullName());
        close();
        onSaved.accept(participant);
    }

    @Override
    protected void reload() {
        participant = participants.get(participant.id());
        showRooms();
    }

    @Override
    protected Map<String, ? extends HasValidation> errorTargets() {
        return Map.of("rooms", edition);
    }
}
