package org.majlis.floor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.majlis.floor.BigScreenService;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomBanner;
import org.majlis.meetings.RoomDetails;

/**
 * A "Big screen" button at the top of the room page for the room's chairs and the secretariat: it opens the room's
 * big-screen links ({@link BigScreenLinksDialog}). Everyone else sees nothing. A banner rather than a control inside
 * a tab, so that the room page needs no change and the button is there whichever tab is open.
 */
@org.springframework.stereotype.Component
class BigScreenBanner implements RoomBanner {

    private final BigScreenService screens;
    private final RoomAccess roomAccess;

    BigScreenBanner(BigScreenService screens, RoomAccess roomAccess) {
        this.screens = screens;
        this.roomAccess = roomAccess;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Component create(RoomDetails room) {
        var strip = new Div();
        strip.addClassName("screen-banner");
        var roomId = room.room().id();
        if (!roomAccess.mayChair(roomId)) {
            strip.setVisible(false);
            return strip;
        }
        var open = new Button(strip.getTranslation("screen.links.open"), VaadinIcon.DESKTOP.create(),
                click -> new BigScreenLinksDialog(screens, roomId, room.mayChange()).open());
        open.setId("screen-links-open");
        strip.add(open);
        return strip;
    }
}
