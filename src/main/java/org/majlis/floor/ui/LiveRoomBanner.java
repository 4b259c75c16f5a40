package org.majlis.floor.ui;

import com.vaadin.flow.component.Component;
import org.majlis.base.live.RoomPresence;
import org.majlis.base.live.RoomUpdates;
import org.majlis.base.ui.Bidi;
import org.majlis.floor.FloorService;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomBanner;
import org.majlis.meetings.RoomDetails;
import org.majlis.security.CurrentUser;

import java.util.Locale;

/** Puts the room's live status (current item, timing, speaker, countdown, who is here) above the room's tabs. */
@org.springframework.stereotype.Component
class LiveRoomBanner implements RoomBanner {

    private final FloorService floor;
    private final RoomUpdates updates;
    private final RoomPresence presence;
    private final RoomAccess roomAccess;
    private final CurrentUser currentUser;

    LiveRoomBanner(FloorService floor, RoomUpdates updates, RoomPresence presence, RoomAccess roomAccess,
                   CurrentUser currentUser) {
        this.floor = floor;
        this.updates = updates;
        this.presence = presence;
        this.roomAccess = roomAccess;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(RoomDetails room) {
        var identity = currentUser.require();
        var me = roomAccess.currentParticipant();
        var key = me.map(p -> "participant:" + p.id()).orElse("user:" + identity.username());
        // names isolated: the list of who is present shows them next to each other's
        var label = me.map(p -> p.organisationAcronym() == null || p.organisationAcronym().isEmpty()
                        ? Bidi.isolate(p.fullName())
                        : Bidi.isolate(p.fullName()) + " (" + Bidi.isolate(p.organisationAcronym(), Locale.ENGLISH) + ")")
                .orElse(Bidi.isolate(identity.displayName()));
        return new RoomStatusBar(floor, updates, presence, room.room().id(), key, label);
    }
}
