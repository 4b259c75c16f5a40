package org.majlis.meetings;

import com.vaadin.flow.component.Component;

/**
 * An extension point of the room page: every Spring bean implementing it adds one tab to
 * {@code meetings/ui/RoomView}, so that other modules (agenda, floor, matrix, report) fill the room without
 * {@code meetings} depending on them. A bean whose {@link #titleKey()} is one of the built-in placeholder tabs
 * ({@code room.tab.agenda}, {@code room.tab.floor}, {@code room.tab.matrix}, {@code room.tab.report}) replaces it.
 */
public interface RoomTab {

    /** Translation key of the tab's title. */
    String titleKey();

    /** Position among the tabs: participants 10, agenda 20, floor 30, matrix 40, report 50. */
    int order();

    /** A new component for the tab, for the current user in this room (called once per room page). */
    Component create(RoomDetails details);
}
