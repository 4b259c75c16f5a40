package org.majlis.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.IsolatedText;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.MyRoom;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;

/** Where everyone lands: the current edition, its rooms, and what the user may do in each. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(EditionService editions, RoomService rooms) {
        addClassName("home-view");
        var current = editions.current();
        if (current.isEmpty()) {
            add(new H2(getTranslation("home.no-edition.title")), new Paragraph(getTranslation("home.no-edition.text")));
            return;
        }
        var edition = current.get();
        add(editionHeader(edition));
        var myRooms = rooms.myRooms(edition.id());
        if (myRooms.isEmpty()) {
            var empty = new Paragraph(getTranslation("home.no-rooms"));
            empty.setId("no-rooms");
            add(empty);
            return;
        }
        var cards = new Div();
        cards.addClassName("room-cards");
        myRooms.forEach(room -> cards.add(card(room)));
        add(new H3(getTranslation("home.your-rooms")), cards);
    }

    private Div editionHeader(EditionSummary edition) {
        var locale = getLocale();
        var title = new H2(IsolatedText.of(this, "edition.title", edition.number(), edition.city()));
        title.setId("edition-title");
        var dates = new Paragraph(getTranslation("edition.dates", Formats.date(edition.startDate(), locale),
                Formats.date(edition.endDate(), locale)));
        var header = new Div(title, dates);
        if (!edition.venue().isEmpty()) {
            header.add(new Paragraph(new LocalizedSpan(edition.venue(), locale)));
        }
        if (edition.previousEditionNumber() != null) {
            header.add(new Paragraph(getTranslation("edition.reviews-previous", edition.previousEditionNumber())));
        }
        return header;
    }

    private Div card(MyRoom my) {
        var card = new Div();
        card.addClassName("room-card");
        card.getElement().setAttribute("data-room-kind", my.room().kind().name());
        var link = new RouterLink(RoomView.class, new RouteParameters("roomId", String.valueOf(my.room().id())));
        link.add(new LocalizedSpan(my.room().title(), getLocale()));
        link.addClassName("room-link");
        card.add(new H3(link));
        var status = new Span(getTranslation(my.room().open() ? "room.status.open" : "room.status.closed"));
        status.getElement().getThemeList().add(my.room().open() ? "badge success" : "badge contrast");
        card.add(status);
        var role = new Paragraph(my.role() == null ? getTranslation("room.role.secretariat")
                : getTranslation("room.your-role", getTranslation("role." + my.role().name())));
        role.addClassName("room-role");
        card.add(role);
        var can = new UnorderedList();
        can.addClassName("room-actions");
        for (var action : actionsFor(my.role())) {
            can.add(new ListItem(getTranslation(action)));
        }
        card.add(can);
        return card;
    }

    /** What a role may do in a room, as the home page explains it. */
    static String[] actionsFor(RoomRole role) {
        if (role == null) {
            return new String[]{"room.can.administer", "room.can.chair"};
        }
        return switch (role) {
            case CHAIR -> new String[]{"room.can.run-agenda", "room.can.give-floor", "room.can.adopt"};
            case RAPPORTEUR -> new String[]{"room.can.draft-matrix", "room.can.draft-report", "room.can.read-statements"};
            case DELEGATE -> new String[]{"room.can.request-floor", "room.can.submit-statements",
                    "room.can.propose-entries"};
            case OBSERVER -> new String[]{"room.can.follow"};
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
