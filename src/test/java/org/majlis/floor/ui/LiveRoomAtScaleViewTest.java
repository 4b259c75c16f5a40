package org.majlis.floor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.virtuallist.VirtualList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.LiveRoomFixture;
import org.majlis.LiveRoomViewTest;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * What keeps a page of a plenary light (ADR 0043): tabs built only when shown, the address naming the tab, the list
 * of speakers changed row by row, and a role changed by the secretariat followed by that person's open page.
 */
class LiveRoomAtScaleViewTest extends LiveRoomViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    ParticipantService participants;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 3);
        item = room.openItem(agenda, "Trade");
    }

    @Test
    void a_page_builds_the_floor_only_when_its_tab_is_opened_but_the_live_status_is_there_at_once() {
        openRoomAs(room.observer, room.roomId);

        assertThat($(FloorPanel.class).all()).isEmpty();
        assertThat($(Span.class).id("live-speaker")).isNotNull();
        selectTab("Floor");
        assertThat($(FloorPanel.class).all()).hasSize(1);
    }

    @Test
    void the_address_names_the_open_tab() {
        signIn(room.chair);
        UI.getCurrent().navigate("rooms/" + room.roomId,
                com.vaadin.flow.router.QueryParameters.of("tab", "floor"));

        var sheet = $(TabSheet.class).single();
        assertThat(sheet.getTabAt(sheet.getSelectedIndex()).getLabel()).isEqualTo("Floor");
        assertThat($(FloorPanel.class).all()).hasSize(1);
    }

    @Test
    void giving_the_floor_removes_one_row_and_leaves_the_others_in_place() {
        for (var i = 0; i < 3; i++) {
            var delegate = i;
            as(room.delegate(i), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(delegate),
                    FloorKind.STATEMENT));
        }
        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");
        var rows = $(QueueRow.class).all();
        assertThat(rows).hasSize(3);
        var detached = new AtomicInteger();
        rows.forEach(row -> row.addDetachListener(event -> detached.incrementAndGet()));

        test($(com.vaadin.flow.component.button.Button.class).id("floor-next")).click();

        var after = new ArrayList<>($(QueueRow.class).all());
        assertThat(after).containsExactly(rows.get(1), rows.get(2)); // the same rows, not rebuilt
        assertThat(detached).hasValue(1); // only the row of the new speaker left the page
        assertThat(after).extracting(r -> r.request().position()).containsExactly(1, 2);
    }

    @Test
    void in_a_long_list_a_delegate_sees_the_first_twenty_their_own_place_and_how_many_more_wait() {
        var big = LiveRoomFixture.create(context, 25);
        var open = big.openItem(agenda, "Budget");
        for (var i = 0; i < 25; i++) {
            var delegate = i;
            as(big.delegate(i), () -> floor.requestFloor(big.roomId, open.id(), big.organisationOf(delegate),
                    FloorKind.STATEMENT));
        }

        openRoomAs(big.delegate(24), big.roomId);
        selectTab("Floor");
        var rows = $(QueueRow.class).all();
        assertThat(rows).hasSize(21);
        assertThat(rows.getLast().request().position()).isEqualTo(25); // their own, after the first twenty
        assertThat(rows.getLast().getElement().hasAttribute("mine")).isTrue();
        assertThat($(com.vaadin.flow.component.html.Div.class).id("floor-queue-more").getText())
                .isEqualTo("… and 4 more waiting");

        UI.getCurrent().navigate("");
        openRoomAs(big.chair, big.roomId);
        selectTab("Floor");
        assertThat($(QueueRow.class).all()).hasSize(25); // chairs see everyone
    }

    @Test
    void when_the_secretariat_changes_someones_role_their_open_page_follows() {
        openRoomAs(room.delegate(0), room.roomId);
        selectTab("Floor");
        assertThat($(DelegateBox.class).all()).hasSize(1);

        var participant = room.delegateParticipants.get(0);
        asAdmin(() -> participants.assign(participant, participants.get(participant).version(), room.editionId,
                java.util.List.of(new RoomAssignment(room.roomId, RoomRole.OBSERVER))));
        awaitPush();

        assertThat(BrowserlessViewTest.read($(Span.class).id("my-role").getText())).contains("Observer");
        assertThat($(DelegateBox.class).all()).isEmpty();
        var sheet = $(TabSheet.class).single();
        assertThat(sheet.getTabAt(sheet.getSelectedIndex()).getLabel()).isEqualTo("Floor"); // same tab open

        asAdmin(() -> participants.assign(participant, participants.get(participant).version(), room.editionId,
                java.util.List.of()));
        awaitPush();
        assertThat($(TabSheet.class).all()).isEmpty(); // no longer in the room: back to their rooms
    }

    @Test
    void a_role_with_many_members_is_a_list_read_page_by_page() {
        openRoomAs(room.chair, room.roomId);
        assertThat($(VirtualList.class).all()).isEmpty(); // a few delegates: listed as they are

        var edition = room.editionId;
        asAdmin(() -> {
            for (var i = 0; i < 45; i++) {
                var created = participants.create(new org.majlis.meetings.ParticipantData("Observer " + i,
                        "obs" + i + "." + room.roomId + "@test.example", null, null, null));
                participants.assign(created.id(), created.version(), edition,
                        java.util.List.of(new RoomAssignment(room.roomId, RoomRole.OBSERVER)));
            }
            return null;
        });
        UI.getCurrent().navigate("");
        openRoomAs(room.chair, room.roomId);

        var observers = $(VirtualList.class).single();
        assertThat(observers.getId()).contains("room-people-observer");
        @SuppressWarnings("unchecked")
        var provider = (com.vaadin.flow.data.provider.DataProvider<org.majlis.meetings.RoomMember, Object>)
                observers.getDataProvider();
        assertThat(provider.size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(46);
        assertThat(provider.fetch(new com.vaadin.flow.data.provider.Query<>(40, 10, null, null, null)))
                .hasSize(6);
    }

    private void signIn(String username) {
        org.springframework.security.core.context.SecurityContextHolder.setContext(
                new org.springframework.security.core.context.SecurityContextImpl(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                username, null, org.springframework.security.core.authority.AuthorityUtils
                                        .createAuthorityList("ROLE_USER"))));
    }
}
