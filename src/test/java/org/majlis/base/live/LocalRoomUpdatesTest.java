package org.majlis.base.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalRoomUpdatesTest {

    record Something(long roomId, int n) implements RoomEvent {
    }

    final LocalRoomUpdates updates = new LocalRoomUpdates(Duration.ofMillis(60), 2, 100);

    @AfterEach
    void tearDown() {
        updates.destroy();
    }

    @Test
    void a_burst_of_changes_in_one_room_reaches_each_view_as_one_change() {
        var heard = new CopyOnWriteArrayList<RoomChange>();
        updates.subscribe(1, heard::add);
        for (var i = 0; i < 5; i++) {
            updates.on(new Something(1, i));
        }
        await().atMost(2, TimeUnit.SECONDS).until(() -> !heard.isEmpty());
        sleep(200);
        assertThat(heard).singleElement().satisfies(change -> {
            assertThat(change.roomId()).isEqualTo(1);
            assertThat(change.events()).extracting(e -> ((Something) e).n()).containsExactly(0, 1, 2, 3, 4);
            assertThat(change.any(Something.class)).isTrue();
        });
    }

    @Test
    void a_view_hears_only_its_own_room() {
        var room1 = new CopyOnWriteArrayList<RoomChange>();
        var room2 = new CopyOnWriteArrayList<RoomChange>();
        updates.subscribe(1, room1::add);
        updates.subscribe(2, room2::add);
        updates.on(new Something(2, 1));
        await().atMost(2, TimeUnit.SECONDS).until(() -> !room2.isEmpty());
        sleep(150);
        assertThat(room1).isEmpty();
    }

    @Test
    void a_detached_views_listener_is_removed_and_hears_nothing_more() {
        var heard = new CopyOnWriteArrayList<RoomChange>();
        var registration = updates.subscribe(1, heard::add);
        assertThat(updates.subscriberCount(1)).isEqualTo(1);
        registration.remove();
        registration.remove(); // twice is harmless
        assertThat(updates.subscriberCount(1)).isZero();
        updates.on(new Something(1, 1));
        sleep(200);
        assertThat(heard).isEmpty();
    }

    @Test
    void every_view_of_a_large_room_hears_the_change_even_if_one_fails() {
        var heard = new CopyOnWriteArrayList<Integer>();
        updates.subscribe(1, change -> {
            throw new IllegalStateException("a broken view");
        });
        for (var i = 0; i < 500; i++) {
            var view = i;
            updates.subscribe(1, change -> heard.add(view));
        }
        updates.on(new Something(1, 1));
        await().atMost(5, TimeUnit.SECONDS).until(() -> heard.size() == 500);
        assertThat(heard).doesNotHaveDuplicates();
    }

    @Test
    void changes_after_a_window_arrive_as_a_new_change() {
        var heard = new CopyOnWriteArrayList<RoomChange>();
        updates.subscribe(1, heard::add);
        updates.on(new Something(1, 1));
        await().atMost(2, TimeUnit.SECONDS).until(() -> heard.size() == 1);
        updates.on(new Something(1, 2));
        await().atMost(2, TimeUnit.SECONDS).until(() -> heard.size() == 2);
        assertThat(heard).extracting(c -> c.events().size()).isEqualTo(List.of(1, 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
