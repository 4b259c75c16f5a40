package org.majlis.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.majlis.base.live.RoomUpdates;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.LiveUpdates;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomMembershipChanged;
import org.majlis.meetings.RoomStatusChanged;
import org.majlis.meetings.RoomStatusEntry;

/**
 * Near the top of the room page: why the room is read-only (closed, or of a past edition) and who can change it —
 * for the secretariat, that it is read-only for the others — with who closed it and when, or who reopened it, when
 * and why. It also listens for the secretariat closing or reopening the room and asks the page to follow.
 */
class RoomNotice extends Div {

    RoomNotice(RoomDetails details, RoomUpdates updates, Runnable statusChanged,
               java.util.function.LongConsumer membershipChanged) {
        setId("room-notice");
        addClassName("room-notice");
        getElement().setAttribute("role", "note");
        var reason = details.readOnly();
        getElement().setAttribute("data-read-only", reason == null ? "NONE" : reason.name());
        var last = details.lastStatusChange();
        if (reason != null) {
            var icon = VaadinIcon.LOCK.create();
            icon.addClassName("room-notice-icon");
            icon.getElement().setAttribute("aria-hidden", "true");
            var text = new Paragraph(getTranslation("room.read-only." + reason.name()
                    + (details.admin() ? ".secretariat" : "")));
            text.setId("room-notice-text");
            add(icon, text);
        }
        if (last != null && (!last.open() || reason == null)) {
            var change = new Paragraph(changeText(last));
            change.setId("room-notice-change");
            change.addClassName("room-notice-change");
            add(change);
        }
        setVisible(getChildren().findAny().isPresent());
        LiveUpdates.follow(this, updates, details.room().id(), change -> change.any(RoomStatusChanged.class),
                change -> statusChanged.run());
        LiveUpdates.follow(this, updates, details.room().id(), change -> change.any(RoomMembershipChanged.class),
                change -> change.events().stream().filter(RoomMembershipChanged.class::isInstance)
                        .mapToLong(e -> ((RoomMembershipChanged) e).participantId()).distinct()
                        .forEach(membershipChanged));
    }

    private String changeText(RoomStatusEntry last) {
        var when = Formats.dateTime(last.changedAt(), getLocale());
        return last.open() ? getTranslation("room.status.reopened-by", isolated(last.changedBy()), when,
                isolated(last.reason() == null ? "" : last.reason()))
                : getTranslation("room.status.closed-by", isolated(last.changedBy()), when);
    }

    /** Someone's own words inside a translated sentence keep their direction and cannot reorder the sentence. */
    private static String isolated(String written) {
        return "\u2068" + written + "\u2069";
    }
}
