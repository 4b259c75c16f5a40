package org.majlis.matrix;

import com.vaadin.flow.component.Component;
import org.majlis.meetings.RoomDetails;

import java.util.Optional;

/**
 * An extension point of a room's Matrix tab: every Spring bean implementing it may add one component to the tab's
 * toolbar (after the filters), so that other modules (the exports of {@code outcome}) act on the matrix without
 * {@code matrix} depending on them.
 */
public interface MatrixTabExtension {

    /** Position in the toolbar among the extensions (lowest first). */
    int order();

    /** A new component for the toolbar, for the current user in this room, or empty to add nothing. */
    Optional<Component> toolbarComponent(RoomDetails room);
}
