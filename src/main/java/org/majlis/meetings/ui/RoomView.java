package org.majlis.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import org.jspecify.annotations.Nullable;
import org.majlis.base.live.RoomUpdates;
import org.majlis.base.ui.IsolatedText;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomBanner;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomTab;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A room of an edition: its members by role and the shell that the agenda, the floor, the matrix and the report
 * fill. Only the room's members and the secretariat may open it. When the room is read-only (closed, or of a past
 * edition) a notice near the top says why and the tabs show no controls; when the secretariat closes or reopens the
 * room, the notice and the tabs are rebuilt for everyone who has the page open (the banners stay), and when it
 * changes someone's role in the room, for that person.
 * <p>
 * A tab's content is built when the tab is first shown, not when the page opens: most of a plenary's participants
 * only ever look at the People tab and the live status above it (ADR 0043). The address names the open tab
 * ({@code rooms/12?tab=floor}), so a link or a reload opens the same tab.
 */
@Route("rooms/:" + RoomView.ROOM_ID)
@PermitAll
class RoomView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROOM_ID = "roomId";
    /**
     * Digits that fit a {@code long}: anything else in the address ({@code /rooms/abc}) is "page not found". Checked
     * here, not as the route template's pattern: an address no route matches is refused by Vaadin's security
     * configuration with an empty 403 before any view could say "page not found".
     */
    static final String ID_PATTERN = "[0-9]{1,18}";
    /** The query parameter that names the open tab: the last part of its title key ({@code room.tab.floor}). */
    static final String TAB = "tab";

    private final RoomService rooms;
    private final RoomAccess roomAccess;
    private final List<RoomTab> extraTabs;
    private final List<RoomBanner> banners;
    private final RoomUpdates updates;
    private String title = "";
    private Component notice = new Div();
    private TabSheet tabs = new TabSheet();
    private Span role = new Span();
    private List<RoomTab> shownTabs = List.of();
    private String wantedTab = "";
    private String route = "";
    private @Nullable Long me;

    RoomView(RoomService rooms, RoomAccess roomAccess, ObjectProvider<RoomTab> roomTabs,
             ObjectProvider<RoomBanner> roomBanners, RoomUpdates updates) {
        this.rooms = rooms;
        this.roomAccess = roomAccess;
        this.updates = updates;
        this.extraTabs = roomTabs.orderedStream().toList();
        this.banners = roomBanners.orderedStream().sorted(Comparator.comparingInt(RoomBanner::order)).toList();
        addClassName("room-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var roomId = event.getRouteParameters().get(ROOM_ID).filter(id -> id.matches(ID_PATTERN)).map(Long::valueOf);
        if (roomId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!roomAccess.mayView(roomId.get())) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        wantedTab = event.getLocation().getQueryParameters().getSingleParameter(TAB).orElse("");
        route = event.getLocation().getPath();
        me = roomAccess.currentParticipantId().orElse(null);
        show(rooms.details(roomId.get()));
    }

    private void show(RoomDetails details) {
        removeAll();
        var locale = getLocale();
        title = details.room().title().in(locale);
        var heading = new H2(new LocalizedSpan(details.room().title(), locale));
        heading.setId("room-title");
        var edition = new Paragraph(IsolatedText.of(this, "edition.title", details.edition().number(),
                details.edition().city()));
        role = new Span(roleText(details));
        role.setId("my-role");
        role.getElement().getThemeList().add("badge");
        add(heading, edition, role);
        banners.forEach(banner -> add(banner.create(details))); // e.g. current item, speaker and countdown
        notice = notice(details);
        tabs = tabs(details);
        select(tabs, wantedTab);
        add(notice, tabs);
    }

    private String roleText(RoomDetails details) {
        return details.myRole() == null ? getTranslation("room.role.secretariat")
                : getTranslation("room.your-role", getTranslation("role." + details.myRole().name()));
    }

    private RoomNotice notice(RoomDetails details) {
        var roomId = details.room().id();
        return new RoomNotice(details, updates, () -> statusChanged(roomId), changed -> {
            if (me != null && changed == me) {
                statusChanged(roomId); // the secretariat changed this user's role here
            }
        });
    }

    private TabSheet tabs(RoomDetails details) {
        var sheet = new TabSheet();
        sheet.setWidthFull();
        sheet.setId("room-tabs");
        shownTabs = tabsFor(details);
        for (var tab : shownTabs) {
            sheet.add(getTranslation(tab.titleKey()), new LazyContent(() -> tab.create(details)));
        }
        sheet.addSelectedChangeListener(event -> {
            if (event.isFromClient()) {
                var name = tabName(shownTabs.get(sheet.getSelectedIndex()));
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        route + (sheet.getSelectedIndex() == 0 ? "" : "?" + TAB + "=" + name)));
            }
        });
        return sheet;
    }

    private void select(TabSheet sheet, String name) {
        for (var i = 0; i < shownTabs.size(); i++) {
            if (tabName(shownTabs.get(i)).equals(name)) {
                sheet.setSelectedIndex(i);
                return;
            }
        }
    }

    private static String tabName(RoomTab tab) {
        var key = tab.titleKey();
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /**
     * The secretariat closed or reopened the room, or changed this user's role in it: show the role, the notice and
     * the tabs as they now are, with the same tab open (or leave the room if the user is no longer in it).
     */
    private void statusChanged(long roomId) {
        roomAccess.forgetLookups();
        if (!roomAccess.mayView(roomId)) {
            getUI().ifPresent(ui -> ui.navigate("")); // no longer in the room: back to one's rooms
            return;
        }
        var details = rooms.details(roomId);
        var selected = tabs.getSelectedIndex() >= 0 && tabs.getSelectedIndex() < shownTabs.size()
                ? tabName(shownTabs.get(tabs.getSelectedIndex())) : "";
        role.setText(roleText(details));
        var freshNotice = notice(details);
        var freshTabs = tabs(details);
        replace(notice, freshNotice);
        replace(tabs, freshTabs);
        notice = freshNotice;
        tabs = freshTabs;
        select(freshTabs, selected);
    }

    /**
     * The room's tabs in order: the participants, then every {@link RoomTab} bean, with a placeholder for each of
     * agenda, floor, matrix and report that no bean provides yet.
     */
    private List<RoomTab> tabsFor(RoomDetails details) {
        var all = new ArrayList<RoomTab>();
        all.add(builtIn("room.tab.people", 10, details1 -> new RoomPeople(rooms, details1)));
        all.addAll(extraTabs);
        var placeholders = List.of(builtIn("room.tab.agenda", 20, d -> comingSoon("room.agenda.empty")),
                builtIn("room.tab.floor", 30, d -> comingSoon("room.floor.empty")),
                builtIn("room.tab.matrix", 40, d -> comingSoon("room.matrix.empty")),
                builtIn("room.tab.report", 50, d -> comingSoon("room.report.empty")));
        for (var placeholder : placeholders) {
            if (extraTabs.stream().noneMatch(t -> t.titleKey().equals(placeholder.titleKey()))) {
                all.add(placeholder);
            }
        }
        all.sort(Comparator.comparingInt(RoomTab::order));
        return all;
    }

    private static RoomTab builtIn(String titleKey, int order, Function<RoomDetails, Component> content) {
        return new RoomTab() {
            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Component create(RoomDetails details) {
                return content.apply(details);
            }
        };
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
