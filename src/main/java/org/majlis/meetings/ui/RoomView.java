package org.majlis.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomMember;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;

/**
 * A room of an edition: its members by role and the shell that the agenda, the floor, the matrix and the report
 * fill. Only the room's members and the secretariat may open it.
 */
@Route("rooms/:roomId")
@PermitAll
class RoomView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoomService rooms;
    private final RoomAccess roomAccess;
    private String title = "";

    RoomView(RoomService rooms, RoomAccess roomAccess) {
        this.rooms = rooms;
        this.roomAccess = roomAccess;
        addClassName("room-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var roomId = event.getRouteParameters().getLong("roomId");
        if (roomId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!roomAccess.mayView(roomId.get())) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        show(rooms.details(roomId.get()));
    }

    private void show(RoomDetails details) {
        removeAll();
        var locale = getLocale();
        title = details.room().title().in(locale);
        var heading = new H2(new LocalizedSpan(details.room().title(), locale));
        heading.setId("room-title");
        var edition = new Paragraph(getTranslation("edition.title", details.edition().number(),
                details.edition().city().in(locale)));
        var role = new Span(details.myRole() == null ? getTranslation("room.role.secretariat")
                : getTranslation("room.your-role", getTranslation("role." + details.myRole().name())));
        role.setId("my-role");
        role.getElement().getThemeList().add("badge");
        add(heading, edition, role);

        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("room.tab.people"), people(details));
        tabs.add(getTranslation("room.tab.agenda"), comingSoon("room.agenda.empty"));
        tabs.add(getTranslation("room.tab.floor"), comingSoon("room.floor.empty"));
        tabs.add(getTranslation("room.tab.matrix"), comingSoon("room.matrix.empty"));
        tabs.add(getTranslation("room.tab.report"), comingSoon("room.report.empty"));
        add(tabs);
    }

    private Div people(RoomDetails details) {
        var people = new Div();
        people.setId("room-people");
        for (var role : RoomRole.values()) {
            var members = details.withRole(role);
            if (members.isEmpty()) {
                continue;
            }
            people.add(new H3(getTranslation("role.plural." + role.name())));
            var list = new Div();
            list.addClassName("member-list");
            members.forEach(member -> list.add(memberLine(member)));
            people.add(list);
        }
        if (details.members().isEmpty()) {
            people.add(new Paragraph(getTranslation("room.people.empty")));
        }
        return people;
    }

    private Div memberLine(RoomMember member) {
        var line = new Div(new Span(member.fullName()));
        line.addClassName("member");
        if (member.organisationAcronym() != null && !member.organisationAcronym().isEmpty()) {
            var org = new LocalizedSpan(member.organisationAcronym(), getLocale());
            org.addClassName("member-org");
            line.add(org);
        }
        return line;
    }

    private Paragraph comingSoon(String key) {
        var text = new Paragraph(getTranslation(key));
        text.addClassName("empty-state");
        return text;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("room.page-title") : title;
    }
}
