package org.majlis.floor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.base.live.RoomUpdates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;

/**
 * The shared floor of a room (ADR 0043): however many pages watch the room, a change is loaded from the database
 * once, and each page still sees its own view of it — its own requests, its own rights.
 */
@MajlisSpringTest
class RoomFloorsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    RoomFloors floors;
    @Autowired
    RoomUpdates updates;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 2);
        item = room.openItem(agenda, "Water");
    }

    @Test
    void three_hundred_pages_share_one_load_per_change_and_each_sees_its_own_view() {
        var pages = new ArrayList<FloorWatch>();
        for (var i = 0; i < 100; i++) {
            pages.add(as(room.chair, () -> floor.watch(room.roomId)));
            pages.add(as(room.delegate(0), () -> floor.watch(room.roomId)));
            pages.add(as(room.observer, () -> floor.watch(room.roomId)));
        }
        as(room.observer, () -> pages.forEach(FloorWatch::state)); // what each page shows when it opens

        var request = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        var change = updates.lastCommitted(room.roomId);
        var before = floors.loads();
        var seen = new ArrayList<FloorState>();
        for (var page : pages) {
            seen.add(as(room.observer, () -> page.state(change))); // the broadcast, on whichever page's thread
        }

        assertThat(floors.loads() - before).isOne();
        assertThat(seen).allSatisfy(state ->
                assertThat(state.queue()).extracting(FloorRequestSummary::id).containsExactly(request.id()));
        var chair = seen.get(0);
        var delegate = seen.get(1);
        var observer = seen.get(2);
        assertThat(chair.mayChair()).isTrue();
        assertThat(chair.mine()).isEmpty();
        assertThat(delegate.mayChair()).isFalse();
        assertThat(delegate.mayRequest()).isTrue();
        assertThat(delegate.myOpenRequest()).map(FloorRequestSummary::id).contains(request.id());
        assertThat(observer.mayChair()).isFalse();
        assertThat(observer.mayRequest()).isFalse();
        assertThat(observer.mine()).isEmpty();
        // each derived view is exactly what the service says to that user
        var direct = as(room.delegate(0), () -> floor.state(room.roomId));
        assertThat(delegate).usingRecursiveComparison().comparingOnlyFields("queue", "mine", "myOrganisationId",
                "mayRequest", "mayChair", "speaker").isEqualTo(direct);
    }

    @Test
    void a_page_sees_a_change_of_its_own_at_once_and_a_closed_room_takes_the_rights_away() {
        var delegate = as(room.delegate(1), () -> floor.watch(room.roomId));
        var chair = as(room.chair, () -> floor.watch(room.roomId));
        assertThat(as(room.delegate(1), () -> delegate.state()).queue()).isEmpty();
        as(room.delegate(1), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(1),
                FloorKind.QUESTION));
        assertThat(as(room.delegate(1), () -> delegate.state()).queue()).hasSize(1);

        room.closeRoom();

        assertThat(as(room.delegate(1), () -> delegate.state()).mayRequest()).isFalse();
        assertThat(as(room.chair, () -> chair.state()).mayChair()).isFalse();
        assertThat(as(room.chair, () -> chair.state()).queue()).hasSize(1); // still read
    }

    @Test
    void only_someone_who_may_view_the_room_gets_a_window_on_its_floor() {
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> floor.watch(room.roomId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(room.chair, () -> floor.watch(room.otherRoomId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(List.of(as(room.otherRoomChair, () -> floor.watch(room.otherRoomId)).roomId()))
                .containsExactly(room.otherRoomId);
    }
}
