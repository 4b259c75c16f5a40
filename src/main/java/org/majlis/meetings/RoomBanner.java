package org.majlis.meetings;

import com.vaadin.flow.component.Component;

/**
 * A strip that another module shows at the top of the room page, above the tabs (e.g. the current item, the
 * speaker and the countdown, which everyone sees whichever tab is open). A Spring bean.
 */
public interface RoomBanner {

    int order();

    Component create(RoomDetails room);
}
