package org.majlis.floor.ui;

import org.majlis.agenda.AgendaService;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementService;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomRole;

/** What the floor's views of one room need: the services, the room, and what the user's role lets them see. */
record FloorActions(FloorService floor, StatementService statements, AgendaService agenda, RoomDetails room) {

    long roomId() {
        return room.room().id();
    }

    /** Chairs and the secretariat see the chair's controls (the services decide what is allowed). */
    boolean chair() {
        return room.admin() || room.myRole() == RoomRole.CHAIR;
    }

    boolean delegate() {
        return room.myRole() == RoomRole.DELEGATE;
    }

    /** Chairs, rapporteurs and the secretariat read all statements of an item. */
    boolean readsStatements() {
        return chair() || room.myRole() == RoomRole.RAPPORTEUR;
    }
}
