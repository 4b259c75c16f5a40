package org.majlis.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.base.ui.UserTextSpan;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomMember;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;
import java.util.List;
import java.util.Locale;

/**
 * The People tab: the room's members by role. A role with a few members lists them; a role with many (the
 * observers of a plenary) is a virtual list that reads its members page by page as the user scrolls, so an open
 * page holds a screenful of names, not thousands, and opening it does not read them all.
 */
class RoomPeople extends Div {

    /** Up to this many members of a role are listed as they are; beyond, the list is virtual. */
    static final int LISTED = 40;

    RoomPeople(RoomService rooms, RoomDetails details) {
        setId("room-people");
        var roomId = details.room().id();
        for (var role : RoomRole.values()) {
            var count = details.memberCount(role);
            if (count == 0) {
                continue;
            }
            var heading = new H3(new Span(getTranslation("role.plural." + role.name())));
            var badge = new Span(String.valueOf(count));
            badge.getElement().getThemeList().add("badge contrast");
            badge.addClassName("member-count");
            heading.add(new Span(" "), badge);
            add(heading);
            add(count <= LISTED ? listed(rooms.members(roomId, role, 0, LISTED)) : virtual(rooms, roomId, role, count));
        }
        if (details.memberCounts().isEmpty()) {
            add(new Paragraph(getTranslation("room.people.empty")));
        }
    }

    private Div listed(List<RoomMember> members) {
        var list = new Div();
        list.addClassName("member-list");
        members.forEach(member -> list.add(memberLine(member)));
        return list;
    }

    private Div memberLine(RoomMember member) {
        var line = new Div(new UserTextSpan(member.fullName()));
        line.addClassName("member");
        if (member.organisationAcronym() != null && !member.organisationAcronym().isEmpty()) {
            var org = new LocalizedSpan(member.organisationAcronym(), getLocale());
            org.addClassName("member-org");
            line.add(org);
        }
        return line;
    }

    private VirtualList<RoomMember> virtual(RoomService rooms, long roomId, RoomRole role, int count) {
        var locale = getLocale();
        var list = new VirtualList<RoomMember>();
        list.addClassName("member-list");
        list.addClassName("member-virtual-list");
        list.setId("room-people-" + role.name().toLowerCase(Locale.ROOT));
        // names and acronyms each in their own direction-isolated element, as in the short lists
        list.setRenderer(LitRenderer.<RoomMember>of("<div class=\"member\"><span dir=\"auto\">${item.name}</span>"
                        + "<span class=\"member-org\" dir=\"auto\">${item.org}</span></div>")
                .withProperty("name", RoomMember::fullName)
                .withProperty("org", m -> m.organisationAcronym() == null ? "" : m.organisationAcronym().in(locale)));
        list.setDataProvider(new CallbackDataProvider<>(
                query -> rooms.members(roomId, role, query.getOffset(), query.getLimit()).stream(),
                query -> count));
        return list;
    }
}
