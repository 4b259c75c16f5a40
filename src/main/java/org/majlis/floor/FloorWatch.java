package org.majlis.floor;

/**
 * An open page's window on one room's floor, handed out by {@link FloorService#watch} once the user may view the
 * room: it reads the room's shared {@link RoomFloor} (loaded once per change for everyone) and derives this viewer's
 * {@link FloorState} in memory — no database access and no security lookup per page and change. The page holds it
 * while it shows the room; a change of the room's membership makes the page ask for a new one.
 */
public final class FloorWatch {

    private final RoomFloors floors;
    private final long roomId;
    private final FloorViewer viewer;

    FloorWatch(RoomFloors floors, long roomId, FloorViewer viewer) {
        this.floors = floors;
        this.roomId = roomId;
        this.viewer = viewer;
    }

    public long roomId() {
        return roomId;
    }

    public FloorViewer viewer() {
        return viewer;
    }

    /** The floor now, including every change committed so far (after the user's own action). */
    public FloorState state() {
        return floors.current(roomId).as(viewer);
    }

    /** The floor including at least the change with this sequence number (a broadcast change). */
    public FloorState state(long atLeast) {
        return floors.current(roomId, atLeast).as(viewer);
    }
}
