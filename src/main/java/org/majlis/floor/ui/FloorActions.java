package org.majlis.floor.ui;

import org.majlis.agenda.AgendaService;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementService;
import org.majlis.floor.TimeBudgetService;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomRole;

/** What the floor's views of one room need: the services, the room, and what the user's role lets them see. */
record FloorActions(FloorService floor, StatementService statements, AgendaService agenda, RoomDetails room,
                    TimeBudgetService budgets) {

    long roomId() {
        return room.room().id();
    }

    /**
     * Chairs and the secretariat see the chair's controls (the services decide what is allowed) — chairs only while
     * the room is writable (not closed, not of a past edition).
     */
    boolean chair() {
        return mayChange() && (room.admin() || room.myRole() == RoomRole.CHAIR);
    }

    /** A delegate of the room sees where their own request stands (and, while the room is writable, acts). */
    boolean delegate() {
        return room.myRole() == RoomRole.DELEGATE;
    }

    /** The room is writable, or the user is the secretariat: otherwise the floor is only read. */
    boolean mayChange() {
        return room.mayChange();
    }

    /** Chairs, rapporteurs and the secretariat read all statements of an item (also in a read-only room). */
    boolean readsStatements() {
        return room.admin() || room.myRole() == RoomRole.CHAIR || room.myRole() == RoomRole.RAPPORTEUR;
    }
}
