package org.majlis.permissions;

import org.majlis.permissions.PermissionWorld.Cast;
import org.majlis.permissions.Stage.Target;

import java.util.EnumSet;
import java.util.Set;

/**
 * One row of the permission table: a state-changing service action, who may take it in the room under test, how to
 * bring a room into the state it needs, and the call itself.
 *
 * @param area    the module, as the docs group the table
 * @param name    the service method ({@code AgendaService.close})
 * @param rule    the rule in words, for the docs
 * @param ids     what the action is given, which decides what a forger can try ({@link Ids})
 * @param allowed who may take it with the room's own ids
 */
record Action(String area, String name, String rule, Ids ids, Set<Who> allowed, Setup setup, Call call) {

    /** What the action takes, and so what "ids forged from another room" means for it. */
    enum Ids {
        /** A room id and the id of something in that room: the forger passes their room with another room's item. */
        ROOM_AND_ITEM,
        /** Only a room id: the forger passes another room's id. */
        ROOM,
        /** Only the id of an item (entry, comment): the forger passes another room's item. */
        ITEM,
        /** A room id and an entry of the previous edition: the forger passes an entry another room reviews. */
        ROOM_AND_REVIEWED_ENTRY,
        /** Set-up of the meeting, not of a room: the secretariat's alone; there is no room to forge. */
        NONE
    }

    /** Makes what the action needs in a room, as that room's people. */
    @FunctionalInterface
    interface Setup {
        Target prepare(Stage stage, Cast room);
    }

    /** The action itself, with the room id the caller names and the ids of the target. */
    @FunctionalInterface
    interface Call {
        Object invoke(Services services, long roomId, Target target);
    }

    static Set<Who> only(Who first, Who... more) {
        return EnumSet.of(first, more);
    }

    /**
     * Whether {@code who} may take the action with ids forged from another room: never when the room id and the ids
     * disagree; with another room's own ids only the secretariat, who acts in every room.
     */
    boolean allowedWithForgedIds(Who who) {
        return switch (ids) {
            case ROOM, ITEM -> who == Who.SECRETARIAT && allowed.contains(Who.SECRETARIAT);
            case ROOM_AND_ITEM, ROOM_AND_REVIEWED_ENTRY, NONE -> false;
        };
    }

    /**
     * Whether {@code who} may take the action in a closed room: only the secretariat, where it may take it at all
     * (every room-scoped change is refused to everyone else, with the reason).
     */
    boolean allowedInClosedRoom(Who who) {
        return who == Who.SECRETARIAT && allowed.contains(Who.SECRETARIAT);
    }

    String id() {
        return area + " · " + name + (rule.isEmpty() ? "" : " (" + rule + ")");
    }
}
