package org.majlis.agenda;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.majlis.base.Move;
import org.majlis.base.live.RoomChange;
import org.majlis.base.live.RoomUpdates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.majlis.LiveRoomFixture.as;

@MajlisSpringTest
class AgendaServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    RoomUpdates updates;

    LiveRoomFixture room;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 2);
    }

    static AgendaItemData data(String title, int minutes) {
        return new AgendaItemData(LocalizedText.of(title, null, null), LocalizedText.empty(), minutes,
                SpeakingLimits.none());
    }

    private AgendaItemSummary create(String title) {
        return as(room.chair, () -> agenda.create(room.roomId, data(title, 20)));
    }

    @Test
    void the_chair_builds_the_agenda_and_everyone_in_the_room_reads_it_in_order() {
        create("Trade facilitation");
        as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(LocalizedText.of(null, null, "الأمن الغذائي"),
                LocalizedText.empty(), 30, new SpeakingLimits(240, null, null, null))));
        for (var reader : List.of(room.delegate(0), room.observer, room.rapporteur)) {
            var overview = as(reader, () -> agenda.overview(room.roomId));
            assertThat(overview.items()).extracting(i -> i.title().in(java.util.Locale.ENGLISH))
                    .containsExactly("Trade facilitation", "الأمن الغذائي");
            assertThat(overview.items()).extracting(AgendaItemSummary::number).containsExactly(1, 2);
            assertThat(overview.items().get(1).limits().statement()).isEqualTo(240);
            assertThat(overview.plannedMinutes()).isEqualTo(50);
            assertThat(overview.current()).isNull();
        }
    }

    @Test
    void an_item_needs_a_title_in_at_least_one_language_and_a_planned_time() {
        assertThatThrownBy(() -> as(room.chair, () -> agenda.create(room.roomId,
                new AgendaItemData(LocalizedText.empty(), LocalizedText.empty(), null, SpeakingLimits.none()))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(f -> f.field())
                        .contains("titleEn", "plannedMinutes"));
        assertThat(as(room.chair, () -> agenda.overview(room.roomId)).items()).isEmpty();
    }

    @Test
    void opening_a_second_item_is_refused_with_the_open_items_number_and_changes_nothing() {
        var first = create("First");
        var second = create("Second");
        as(room.chair, () -> agenda.open(room.roomId, first.id()));
        assertThatThrownBy(() -> as(room.chair, () -> agenda.open(room.roomId, second.id())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    var error = ((InvalidInputException) e).errors().getFirst();
                    assertThat(error.messageKey()).isEqualTo("agenda.error.another-open");
                    assertThat(error.args()).containsExactly(1);
                });
        var overview = as(room.observer, () -> agenda.overview(room.roomId));
        assertThat(overview.current().id()).isEqualTo(first.id());
        assertThat(overview.item(second.id()).orElseThrow().status()).isEqualTo(AgendaItemStatus.PENDING);
    }

    @Test
    void the_chair_closes_defers_and_reopens_items() {
        var first = create("First");
        var second = create("Second");
        as(room.chair, () -> agenda.open(room.roomId, first.id()));
        as(room.chair, () -> agenda.defer(room.roomId, first.id()));
        as(room.chair, () -> agenda.open(room.roomId, second.id()));
        as(room.secondChair, () -> agenda.close(room.roomId, second.id()));
        as(room.chair, () -> agenda.reopen(room.roomId, first.id()));
        var overview = as(room.delegate(0), () -> agenda.overview(room.roomId));
        assertThat(overview.items()).extracting(AgendaItemSummary::status)
                .containsExactly(AgendaItemStatus.OPEN, AgendaItemStatus.CLOSED);
        assertThat(overview.current().id()).isEqualTo(first.id());
        assertThat(overview.items().get(1).closedAt()).isNotNull();
    }

    @Test
    void invalid_transitions_are_refused_with_a_translated_message() {
        var item = create("Only");
        assertThatThrownBy(() -> as(room.chair, () -> agenda.close(room.roomId, item.id())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().getFirst().messageKey())
                        .isEqualTo("agenda.error.close-not-open"));
        assertThatThrownBy(() -> as(room.chair, () -> agenda.reopen(room.roomId, item.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(room.chair, () -> agenda.item(room.roomId, item.id())).status())
                .isEqualTo(AgendaItemStatus.PENDING);
    }

    @Test
    void the_chair_moves_items_up_and_down() {
        var a = create("A");
        var b = create("B");
        var c = create("C");
        as(room.chair, () -> agenda.move(room.roomId, c.id(), Move.UP));
        as(room.chair, () -> agenda.move(room.roomId, a.id(), Move.UP)); // already first: nothing happens
        assertThat(as(room.chair, () -> agenda.overview(room.roomId)).items()).extracting(AgendaItemSummary::id)
                .containsExactly(a.id(), c.id(), b.id());
        as(room.chair, () -> agenda.move(room.roomId, a.id(), Move.DOWN));
        assertThat(as(room.chair, () -> agenda.overview(room.roomId)).items()).extracting(AgendaItemSummary::id)
                .containsExactly(c.id(), a.id(), b.id());
    }

    @Test
    void the_chair_edits_an_item_and_a_stale_edit_is_refused() {
        var item = create("Draft title");
        var edited = as(room.chair, () -> agenda.update(room.roomId, item.id(), item.version(), data("Final title", 25)));
        assertThat(edited.title().en()).isEqualTo("Final title");
        assertThat(edited.plannedMinutes()).isEqualTo(25);
        assertThatThrownBy(() -> as(room.secondChair,
                () -> agenda.update(room.roomId, item.id(), item.version(), data("Stale", 5))))
                .isInstanceOf(org.majlis.base.ConcurrentEditException.class);
        assertThat(as(room.chair, () -> agenda.item(room.roomId, item.id())).title().en()).isEqualTo("Final title");
    }

    @Test
    void only_an_item_never_taken_up_can_be_deleted() {
        var keep = create("Taken up");
        var drop = create("Never taken up");
        as(room.chair, () -> agenda.delete(room.roomId, drop.id(), drop.version()));
        as(room.chair, () -> agenda.open(room.roomId, keep.id()));
        var opened = as(room.chair, () -> agenda.item(room.roomId, keep.id()));
        assertThatThrownBy(() -> as(room.chair, () -> agenda.delete(room.roomId, keep.id(), opened.version())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(room.chair, () -> agenda.overview(room.roomId)).items()).extracting(AgendaItemSummary::id)
                .containsExactly(keep.id());
    }

    @Test
    void delegates_observers_and_rapporteurs_cannot_change_the_agenda() {
        var item = create("Item");
        for (var user : List.of(room.delegate(0), room.observer, room.rapporteur)) {
            assertThatThrownBy(() -> as(user, () -> agenda.create(room.roomId, data("Mine", 5))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> agenda.open(room.roomId, item.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> agenda.move(room.roomId, item.id(), Move.DOWN)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> agenda.delete(room.roomId, item.id(), item.version())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> agenda.update(room.roomId, item.id(), item.version(), data("X", 1))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(room.chair, () -> agenda.item(room.roomId, item.id())).status()).isEqualTo(AgendaItemStatus.PENDING);
    }

    @Test
    void the_chair_of_another_room_can_neither_read_nor_run_this_agenda() {
        var item = create("Item");
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> agenda.overview(room.roomId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> agenda.open(room.roomId, item.id())))
                .isInstanceOf(AccessDeniedException.class);
        // nor through their own room: the item is not found there
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> agenda.open(room.otherRoomId, item.id())))
                .isInstanceOf(org.majlis.base.NotFoundException.class);
    }

    @Test
    void two_chairs_opening_two_items_at_once_leave_exactly_one_open() throws Exception {
        var first = create("First");
        var second = create("Second");
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var outcomes = new CopyOnWriteArrayList<Object>();
        for (var pair : List.of(new Object[]{room.chair, first.id()}, new Object[]{room.secondChair, second.id()})) {
            pool.submit(() -> {
                start.await();
                try {
                    outcomes.add(as((String) pair[0], () -> agenda.open(room.roomId, (Long) pair[1])));
                } catch (InvalidInputException e) {
                    outcomes.add(e);
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).hasSize(1);
        assertThat(as(room.chair, () -> agenda.overview(room.roomId)).items())
                .filteredOn(AgendaItemSummary::isOpen).hasSize(1);
    }

    @Test
    void views_hear_of_a_change_after_commit_and_of_a_refused_one_never() throws InterruptedException {
        var first = create("First");
        var second = create("Second");
        var heard = new CopyOnWriteArrayList<RoomChange>();
        try (var registration = updates.subscribe(room.roomId, heard::add)) {
            as(room.chair, () -> agenda.open(room.roomId, first.id()));
            await().atMost(2, TimeUnit.SECONDS).until(() -> heard.stream()
                    .anyMatch(c -> c.any(AgendaEvent.AgendaItemOpened.class)));
            heard.clear();
            assertThatThrownBy(() -> as(room.chair, () -> agenda.open(room.roomId, second.id())))
                    .isInstanceOf(InvalidInputException.class);
            Thread.sleep(300);
            // nothing of the refused opening (earlier events of the set-up may still come in)
            assertThat(heard).noneMatch(c -> c.any(AgendaEvent.AgendaItemOpened.class));
        }
        assertThat(updates.subscriberCount(room.roomId)).isZero();
    }
}
