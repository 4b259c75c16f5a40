package org.majlis.base.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalRoomUpdatesTest {

    record Something(long roomId, int n) implements RoomEvent {
    }

    final LocalRoomUpdates updates = new LocalRoomUpdates(Duration.ofMillis(60), Duration.ofMillis(400), 2, 100);

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

    @Test
    void the_events_of_one_transaction_go_out_together_after_its_commit_and_not_at_all_after_a_rollback() {
        var heard = new CopyOnWriteArrayList<RoomChange>();
        updates.subscribe(1, heard::add);

        inTransaction(TransactionSynchronization.STATUS_ROLLED_BACK, new Something(1, 1), new Something(1, 2));
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, new Something(1, 3), new Something(1, 4));

        await().atMost(2, TimeUnit.SECONDS).until(() -> !heard.isEmpty());
        sleep(200);
        assertThat(heard).singleElement().satisfies(change ->
                assertThat(change.events()).extracting(e -> ((Something) e).n()).containsExactly(3, 4));
    }

    @Test
    void what_commits_while_a_rooms_change_is_being_delivered_goes_out_next_as_one_change() throws Exception {
        var heard = new CopyOnWriteArrayList<RoomChange>();
        var delivering = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        updates.subscribe(1, change -> {
            heard.add(change);
            delivering.countDown();
            awaitQuietly(release);
        });
        updates.on(new Something(1, 1));
        assertThat(delivering.await(2, TimeUnit.SECONDS)).isTrue();
        for (var i = 2; i <= 6; i++) {
            updates.on(new Something(1, i)); // the first change is still being delivered
        }
        sleep(200);
        assertThat(heard).hasSize(1); // never two deliveries of one room at once
        release.countDown();

        await().atMost(2, TimeUnit.SECONDS).until(() -> heard.size() == 2);
        sleep(200);
        assertThat(heard).extracting(c -> c.events().size()).containsExactly(1, 5);
        assertThat(heard.get(1).sequence()).isGreaterThan(heard.get(0).sequence())
                .isEqualTo(updates.lastCommitted(1));
    }

    @Test
    void presence_alone_waits_for_the_presence_window_but_a_real_change_takes_it_along_at_once() {
        var heard = new CopyOnWriteArrayList<RoomChange>();
        updates.subscribe(1, heard::add);

        updates.on(new PresenceChanged(1));
        updates.on(new PresenceChanged(1));
        sleep(150); // past the 60 ms window, within the 400 ms presence window
        assertThat(heard).isEmpty();
        await().atMost(2, TimeUnit.SECONDS).until(() -> heard.size() == 1);
        assertThat(heard.getFirst().events()).hasSize(2);

        updates.on(new PresenceChanged(1));
        updates.on(new Something(1, 1));
        await().atMost(300, TimeUnit.MILLISECONDS).until(() -> heard.size() == 2);
        assertThat(heard.get(1).events()).hasSize(2);
        assertThat(heard.get(1).any(Something.class)).isTrue();
    }

    @Test
    void every_commit_gets_a_higher_sequence_number_before_the_committing_call_returns() {
        assertThat(updates.lastCommitted(7)).isZero();
        updates.on(new Something(7, 1));
        var first = updates.lastCommitted(7);
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, new Something(7, 2));
        assertThat(first).isPositive();
        assertThat(updates.lastCommitted(7)).isGreaterThan(first);
        assertThat(updates.lastCommitted(8)).isZero();
    }

    /** Publishes the events inside a (simulated) transaction that ends with the given status. */
    private void inTransaction(int status, RoomEvent... events) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            for (var event : events) {
                updates.on(event);
            }
            var synchronizations = TransactionSynchronizationManager.getSynchronizations();
            if (status == TransactionSynchronization.STATUS_COMMITTED) {
                synchronizations.forEach(TransactionSynchronization::afterCommit);
            }
            synchronizations.forEach(s -> s.afterCompletion(status));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
