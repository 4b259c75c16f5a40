package org.majlis.floor;

import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

@MajlisSpringTest
class FloorConcurrencyTest {

    static final int DELEGATES = 49;

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;

    @Test
    void fifty_floor_requests_at_once_are_none_lost_none_duplicated_and_queued_in_arrival_order() throws Exception {
        var room = LiveRoomFixture.create(context, DELEGATES);
        var item = as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(
                LocalizedText.of("Everyone speaks", null, null), LocalizedText.empty(), 60, SpeakingLimits.none())));
        as(room.chair, () -> agenda.open(room.roomId, item.id()));

        // 49 delegates click once; delegate 0 double-clicks: 50 clicks released at the same instant
        var clicks = new ArrayList<Callable<FloorRequestSummary>>();
        for (var i = 0; i < DELEGATES; i++) {
            var index = i;
            clicks.add(() -> as(room.delegate(index), () -> floor.requestFloor(room.roomId, item.id(),
                    room.organisationOf(index), FloorKind.STATEMENT)));
        }
        clicks.add(clicks.getFirst());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(clicks.size());
        var futures = new ArrayList<Future<FloorRequestSummary>>();
        for (var click : clicks) {
            futures.add(pool.submit(() -> {
                start.await();
                return click.call();
            }));
        }
        start.countDown();
        var answers = new ArrayList<FloorRequestSummary>();
        for (var future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        var queue = as(room.chair, () -> floor.state(room.roomId)).queue();
        // none lost, none duplicated
        assertThat(queue).hasSize(DELEGATES);
        assertThat(queue).extracting(FloorRequestSummary::participantId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(room.delegateParticipants);
        // the double click got the same request twice
        assertThat(answers.getFirst().id()).isEqualTo(answers.getLast().id());
        assertThat(new HashSet<>(answers.stream().map(FloorRequestSummary::id).toList())).hasSize(DELEGATES);
        // arrival order: the server's sequence, with request times that never go backwards
        var byArrival = queue.stream().sorted(Comparator.comparingLong(FloorRequestSummary::id)).toList();
        assertThat(queue).containsExactlyElementsOf(byArrival);
        assertThat(queue).extracting(FloorRequestSummary::requestedAt).isSorted();
        assertThat(queue).extracting(FloorRequestSummary::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, DELEGATES).boxed().toList());
        // each delegate was told, when they clicked, the place they hold now
        for (var answer : answers) {
            var held = queue.stream().filter(r -> r.id() == answer.id()).findFirst().orElseThrow();
            assertThat(answer.position()).isEqualTo(held.position());
        }
        // and the record holds exactly one request per delegate
        List<FloorRequestSummary> record = as(room.observer, () -> floor.record(room.roomId));
        assertThat(record).hasSize(DELEGATES);
    }
}
