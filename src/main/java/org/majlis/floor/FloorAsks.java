package org.majlis.floor;

import org.majlis.agenda.AgendaService;
import org.majlis.audit.AuditActor;
import org.majlis.audit.AuditTrail;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.majlis.base.StoredTime;
import org.majlis.floor.FloorEvent.FloorRequested;
import org.majlis.floor.internal.FloorRequest;
import org.majlis.floor.internal.FloorRequestRepository;
import org.majlis.floor.internal.QueuePolicy;
import org.majlis.meetings.DelegationRank;
import org.majlis.meetings.OrganisationFamily;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Records requests for the floor by group commit (ADR 0044). When 300 delegates ask at once, each request waiting
 * for the item's speakers-list lock in a transaction of its own held a database connection while it waited: the pool
 * (10) was soon all waiters, the pages' reads starved, and requests failed after 30 s. Here the asks of one item
 * queue in memory, without a connection, in arrival order; the first to arrive leads: it records, in one
 * transaction under the item's lock, every ask waiting at that moment (the same rules as one by one: one open request
 * per delegate and item, a double click is the same request, the item must be open), then hands the lead to the
 * next waiting ask, if any. Every ask gets its own answer or refusal; nothing is lost, nothing recorded twice.
 */
@Component
class FloorAsks {

    /** At most this many asks in one transaction. */
    static final int MAX_BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(FloorAsks.class);

    private final Map<Long, Inbox> inboxes = new ConcurrentHashMap<>();
    private final FloorRequestRepository requests;
    private final AgendaService agenda;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SpeakerOrders orders;
    private final TransactionTemplate readCommitted;
    private final AuditTrail audit;

    FloorAsks(FloorRequestRepository requests, AgendaService agenda, ApplicationEventPublisher events, Clock clock,
              SpeakerOrders orders, PlatformTransactionManager transactions, AuditTrail audit) {
        this.audit = audit;
        this.orders = orders;
        this.requests = requests;
        this.agenda = agenda;
        this.events = events;
        this.clock = clock;
        this.readCommitted = new TransactionTemplate(transactions);
        this.readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** A delegate's ask, checked by the service (rights, room, organisation) before it queues here. */
    record Ask(long roomId, long itemId, long participantId, String speakerName, long organisationId,
               LocalizedText organisation, FloorKind kind, int precedence, DelegationRank rank,
               @Nullable Long repliesTo) {

        Ask(long roomId, long itemId, long participantId, String speakerName, long organisationId,
            LocalizedText organisation, FloorKind kind) {
            this(roomId, itemId, participantId, speakerName, organisationId, organisation, kind,
                    OrganisationFamily.OTHER.defaultPrecedence(), DelegationRank.EXPERT, null);
        }
    }

    /** Records the ask (with the others waiting on the same item) and returns the request, or throws its refusal. */
    FloorRequestSummary submit(Ask ask) {
        var inbox = inboxes.computeIfAbsent(ask.itemId(), id -> new Inbox());
        var mine = new Pending(ask, audit.actor()); // the asker, not the leader, in the audit trail
        boolean lead;
        synchronized (inbox) {
            inbox.waiting.add(mine);
            lead = !inbox.leading;
            inbox.leading = true;
        }
        if (!lead) {
            mine.awaitTurn(); // answered by a leader, or handed the lead
        }
        if (!mine.answered()) {
            lead(inbox, mine);
        }
        return mine.answer();
    }

    /** Records the waiting asks (the leader's own among them) in one transaction, then passes the lead on. */
    private void lead(Inbox inbox, Pending mine) {
        List<Pending> batch;
        synchronized (inbox) {
            batch = new ArrayList<>();
            while (!inbox.waiting.isEmpty() && batch.size() < MAX_BATCH) {
                batch.add(inbox.waiting.poll());
            }
        }
        try {
            record(batch);
        } finally {
            synchronized (inbox) {
                var next = inbox.waiting.peek();
                if (next == null) {
                    inbox.leading = false;
                } else {
                    next.takeTheLead();
                }
            }
            if (!mine.answered()) {
                mine.refuse(new IllegalStateException("The ask was not recorded")); // never: it was in the batch
            }
        }
    }

    private void record(List<Pending> batch) {
        try {
            var start = System.nanoTime();
            readCommitted.executeWithoutResult(status -> recordTogether(batch));
            log.debug("Recorded {} asks for the floor in one transaction in {} ms", batch.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                // the same translated refusal as before group commit: another open request of theirs got in first
                batch.getFirst().refuse(e instanceof DataIntegrityViolationException
                        ? new InvalidInputException("kind", "floor.error.already-requested") : e);
                return;
            }
            // one ask broke the transaction (e.g. a constraint): record each on its own so the others still count
            for (var pending : batch) {
                if (!pending.answered()) {
                    record(List.of(pending));
                }
            }
        }
    }

    private void recordTogether(List<Pending> batch) {
        var first = batch.getFirst().ask;
        requests.lockItem(first.itemId(), first.roomId());
        var item = agenda.item(first.roomId(), first.itemId());
        if (!item.isOpen()) {
            batch.forEach(p -> p.refuse(new InvalidInputException("status", "floor.error.item-not-open")));
            return;
        }
        var itemRequests = new ArrayList<>(requests.findByItem(first.itemId()));
        var order = orders.current(first.roomId());
        var results = new ArrayList<Consumer<List<FloorRequest>>>();
        var created = new ArrayList<FloorRequest>();
        for (var pending : batch) {
            var ask = pending.ask;
            var theirs = itemRequests.stream().filter(r -> r.getParticipantId() == ask.participantId()).toList();
            try {
                var existing = QueuePolicy.oneOpenRequestPerDelegate(theirs, ask.kind());
                if (existing.isPresent()) {
                    var same = existing.get();
                    results.add(queue -> pending.answer(same.toSummary(queue.indexOf(same) + 1, false)));
                    continue;
                }
            } catch (RuntimeException refused) {
                results.add(queue -> pending.refuse(refused));
                continue;
            }
            var request = new FloorRequest(ask.roomId(), ask.itemId(), ask.participantId(), ask.speakerName(),
                    ask.organisationId(), ask.organisation(), ask.kind(), StoredTime.now(clock));
            request.takeProtocolPlace(ask.precedence(), ask.rank());
            FloorRequest answered = null;
            if (ask.repliesTo() != null) {
                try {
                    answered = itemRequests.stream().filter(r -> r.getId().equals(ask.repliesTo())).findFirst()
                            .orElseThrow(() -> new InvalidInputException("repliesTo", "floor.error.reply-target"));
                    request.answer(answered, itemRequests);
                } catch (RuntimeException refused) {
                    results.add(queue -> pending.refuse(refused));
                    continue;
                }
            }
            // the id is the arrival order: asks are saved in the order they came; the trail names the asker
            audit.actingAs(pending.actor, () -> requests.save(request));
            itemRequests.add(request);
            created.add(request);
            var replyTarget = answered;
            results.add(queue -> pending.answer(request.toSummary(queue.indexOf(request) + 1, false, replyTarget)));
        }
        requests.flush();
        created.forEach(r -> events.publishEvent(new FloorRequested(r.getRoomId(), r.getItemId(), r.getId())));
        // the answers, with each request's place in the final queue, once the batch has committed
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                var queue = QueuePolicy.queue(itemRequests, order);
                results.forEach(answer -> answer.accept(queue));
            }
        });
    }

    /** The asks waiting on one item, and whether one of them leads now. */
    private static final class Inbox {
        final ArrayDeque<Pending> waiting = new ArrayDeque<>();
        boolean leading;
    }

    /** One ask waiting for its answer (or for the lead). */
    private static final class Pending {
        final Ask ask;
        final AuditActor actor;
        private final CountDownLatch turn = new CountDownLatch(1);
        private volatile FloorRequestSummary answer;
        private volatile RuntimeException refusal;

        Pending(Ask ask, AuditActor actor) {
            this.ask = ask;
            this.actor = actor;
        }

        void answer(FloorRequestSummary summary) {
            answer = summary;
            turn.countDown();
        }

        void refuse(RuntimeException e) {
            refusal = e;
            turn.countDown();
        }

        void takeTheLead() {
            turn.countDown();
        }

        boolean answered() {
            return answer != null || refusal != null;
        }

        void awaitTurn() {
            try {
                turn.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to record a request for the floor", e);
            }
        }

        FloorRequestSummary answer() {
            if (refusal != null) {
                throw refusal;
            }
            return answer;
        }
    }
}
