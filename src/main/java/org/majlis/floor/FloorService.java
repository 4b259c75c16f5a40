package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.base.StoredTime;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.majlis.base.Move;
import org.majlis.base.NotFoundException;
import org.majlis.base.UserText;
import org.majlis.base.Validation;
import org.majlis.floor.FloorEvent.SpeakersQueueReordered;
import org.majlis.floor.internal.FloorRequest;
import org.majlis.floor.internal.FloorRequestRepository;
import org.majlis.floor.internal.QueuePolicy;
import org.majlis.floor.internal.SpeakingTimePolicy;
import org.majlis.floor.internal.WrittenStatementRepository;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Set;

/**
 * The floor of a room's current agenda item. Everyone in the room reads it; delegates ask for the floor for their
 * own organisation and withdraw their own requests; only the room's chairs (and the secretariat) give, refuse,
 * reorder, end and extend. In a read-only room (closed, or of a past edition) only the secretariat changes anything
 * ({@link RoomAccess#requireWritable}); requests are looked up within the room, so another room's ids are not found. Every change first takes the item's speakers-list lock, so clicks that arrive together
 * are applied one after the other, each against the state the previous one left.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class FloorService {

    static final int REASON_MAX = 500;

    private final FloorRequestRepository requests;
    private final WrittenStatementRepository statements;
    private final AgendaService agenda;
    private final RoomAccess roomAccess;
    private final RoomService rooms;
    private final OrganisationService organisations;
    private final FloorSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoomFloors floors;
    private final FloorAsks asks;
    private final SpeakerOrders orders;

    FloorService(FloorRequestRepository requests, WrittenStatementRepository statements, AgendaService agenda,
                 RoomAccess roomAccess, RoomService rooms, OrganisationService organisations, FloorSettings settings,
                 ApplicationEventPublisher events, Clock clock, RoomFloors floors, FloorAsks asks,
                 SpeakerOrders orders) {
        this.orders = orders;
        this.requests = requests;
        this.statements = statements;
        this.agenda = agenda;
        this.roomAccess = roomAccess;
        this.rooms = rooms;
        this.organisations = organisations;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.floors = floors;
        this.asks = asks;
    }

    /** The floor now, as the current user sees it (loaded from the database for this call). */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public FloorState state(long roomId) {
        return floors.load(roomId).as(viewer(roomId));
    }

    /**
     * A page's window on the room's floor: who the user is in the room is resolved now, once; then every change
     * reaches the page through the room's shared floor, derived for this user in memory ({@link FloorWatch}).
     */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public FloorWatch watch(long roomId) {
        return new FloorWatch(floors, roomId, viewer(roomId));
    }

    private FloorViewer viewer(long roomId) {
        var me = roomAccess.currentParticipant();
        var role = roomAccess.roleIn(roomId).orElse(null);
        return new FloorViewer(me.map(p -> p.id()).orElse(null), me.map(p -> p.organisationId()).orElse(null), role,
                roomAccess.isAdmin());
    }

    /** Everything that happened on the floor of the room, item by item, in arrival order: the record. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public List<FloorRequestSummary> record(long roomId) {
        var withStatement = new HashSet<>(statements.findRequestIdsInRoom(roomId));
        var all = requests.findByRoom(roomId);
        var summaries = new RoomFloors.Summaries(all, withStatement);
        return all.stream().map(r -> summaries.of(r, 0)).toList();
    }

    /** The chair's switches between arrival and protocol order in the room, oldest first (part of the record). */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public List<SpeakerOrderEntry> orderHistory(long roomId) {
        return orders.history(roomId);
    }

    /**
     * The chair switches the room between arrival order and protocol order; everyone in the room sees the order, and
     * the switch is recorded (who, when, on which item). Switching to the order in force changes and records nothing.
     * Returns whether the order changed.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public boolean setOrder(long roomId, SpeakerOrder order) {
        roomAccess.requireWritable(roomId);
        Objects.requireNonNull(order);
        var item = agenda.overview(roomId).current();
        var changed = orders.change(roomId, item == null ? null : item.id(), order, roomAccess.actorName(),
                StoredTime.now(clock));
        if (changed) {
            events.publishEvent(new FloorEvent.SpeakerOrderChanged(roomId, item == null ? 0 : item.id(), order));
        }
        return changed;
    }

    /**
     * A delegate asks for the floor on the current item for their organisation. Asking again for the same kind
     * (a double click) returns the same request; one open request per delegate and item. Asks that arrive together
     * are recorded together, in arrival order, in one transaction ({@link FloorAsks}, ADR 0044).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("@floorGuard.speaksFor(#roomId, #organisationId)")
    public FloorRequestSummary requestFloor(long roomId, long itemId, long organisationId, FloorKind kind) {
        return requestFloor(roomId, itemId, organisationId, kind, null);
    }

    /**
     * As {@link #requestFloor(long, long, long, FloorKind)}; a right of reply or a question may name the
     * intervention it answers ({@code repliesTo}: the current speaker's or a recent one's request on the item).
     * The request keeps the speaker's place in protocol order as it is now: their organisation's precedence (first
     * if it is a co-chair's organisation in this room) and their rank in the delegation.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("@floorGuard.speaksFor(#roomId, #organisationId)")
    public FloorRequestSummary requestFloor(long roomId, long itemId, long organisationId, FloorKind kind,
                                            @Nullable Long repliesTo) {
        roomAccess.requireWritable(roomId);
        Objects.requireNonNull(kind);
        agenda.item(roomId, itemId); // exists in this room (before its lock is taken)
        var me = roomAccess.currentParticipant().orElseThrow();
        var organisation = organisations.get(organisationId);
        var label = LocalizedText.of(organisation.shortName(Locale.ENGLISH), organisation.shortName(Locale.FRENCH),
                organisation.shortName(Locale.of("ar")));
        var precedence = roomAccess.organisationsOf(roomId, RoomRole.CHAIR).contains(organisationId)
                ? OrganisationFamily.CO_CHAIRS : organisation.effectivePrecedence();
        return asks.submit(new FloorAsks.Ask(roomId, itemId, me.id(), me.fullName(), organisationId, label, kind,
                precedence, me.rank(), repliesTo));
    }

    /** The delegate takes back their own request before being called. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@floorGuard.madeRequest(#roomId, #requestId)")
    public FloorRequestSummary withdraw(long roomId, long requestId) {
        return change(roomId, requestId, r -> r.withdraw(StoredTime.now(clock)));
    }

    /**
     * The chair gives the floor to the next speaker in the queue, ending the current intervention if there is
     * one. {@code expectedSpeakerId} is the speaker the chair saw (null for none): if another chair changed the
     * speaker meanwhile, nothing happens and the chair is told, so two clicks never skip a speaker.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public FloorRequestSummary grantNext(long roomId, long itemId, @Nullable Long expectedSpeakerId) {
        roomAccess.requireWritable(roomId);
        agenda.item(roomId, itemId);
        requests.lockItem(itemId, roomId);
        var item = requireOpen(agenda.item(roomId, itemId));
        var itemRequests = requests.findByItem(itemId);
        var next = QueuePolicy.next(itemRequests, orders.current(roomId))
                .orElseThrow(() -> new InvalidInputException("status", "floor.error.queue-empty"));
        return grant(item, itemRequests, next, expectedSpeakerId);
    }

    /** The chair gives the floor to a chosen waiting request (see {@link #grantNext} for the expected speaker). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public FloorRequestSummary grant(long roomId, long requestId, @Nullable Long expectedSpeakerId) {
        roomAccess.requireWritable(roomId);
        var chosen = lockAndLoad(roomId, requestId);
        var item = requireOpen(agenda.item(roomId, chosen.getItemId()));
        return grant(item, requests.findByItem(item.id()), chosen, expectedSpeakerId);
    }

    private FloorRequestSummary grant(AgendaItemSummary item, List<FloorRequest> itemRequests, FloorRequest chosen,
                                      @Nullable Long expectedSpeakerId) {
        var current = itemRequests.stream().filter(r -> r.getStatus() == FloorRequestStatus.SPEAKING).findFirst();
        if (!Objects.equals(current.map(FloorRequest::getId).orElse(null), expectedSpeakerId)) {
            throw new InvalidInputException("status", "floor.error.speaker-changed");
        }
        var now = StoredTime.now(clock);
        if (chosen.getStatus() != FloorRequestStatus.WAITING) {
            throw new InvalidInputException("status", "floor.error.grant-not-waiting");
        }
        current.ifPresent(speaker -> {
            speaker.endIntervention(now);
            requests.saveAndFlush(speaker); // frees the one-speaker slot before the next one takes it
            speaker.pullEvents().forEach(events::publishEvent);
        });
        var limit = SpeakingTimePolicy.limitSeconds(chosen.getKind(), item.limits(),
                settings.defaultsFor(rooms.details(item.roomId()).room().kind()));
        chosen.grantFloor(now, limit);
        return saveAndPublish(chosen);
    }

    /** The chair refuses a waiting request, with a reason the delegate sees. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public FloorRequestSummary refuse(long roomId, long requestId, @Nullable String reason) {
        roomAccess.requireWritable(roomId);
        var cleaned = UserText.line(reason);
        new Validation().required("reason", cleaned).maxLength("reason", cleaned, REASON_MAX).throwIfAny();
        var request = lockAndLoad(roomId, requestId);
        request.refuse(Objects.requireNonNull(cleaned), StoredTime.now(clock));
        return saveAndPublish(request);
    }

    /** The chair ends an intervention. Ending it twice is refused and changes nothing. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public FloorRequestSummary endIntervention(long roomId, long requestId) {
        return change(roomId, requestId, r -> r.endIntervention(StoredTime.now(clock)));
    }

    /** The chair gives the current speaker more time. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public FloorRequestSummary addTime(long roomId, long requestId, int seconds) {
        return change(roomId, requestId, r -> r.addTime(seconds));
    }

    /** The chair pauses the current speaker's clock for everyone. Pausing twice is refused and changes nothing. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public FloorRequestSummary pause(long roomId, long requestId) {
        return change(roomId, requestId, r -> r.pause(StoredTime.now(clock)));
    }

    /** The chair starts a paused speaker's clock again, with the time that was left. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public FloorRequestSummary resume(long roomId, long requestId) {
        return change(roomId, requestId, r -> r.resume(StoredTime.now(clock)));
    }

    /** The chair moves a waiting request one place up or down (points of order stay on top). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public void move(long roomId, long requestId, Move direction) {
        roomAccess.requireWritable(roomId);
        var request = lockAndLoad(roomId, requestId);
        if (QueuePolicy.move(requests.findByItem(request.getItemId()), request, direction,
                orders.current(roomId))) {
            requests.flush();
            events.publishEvent(new SpeakersQueueReordered(roomId, request.getItemId(), requestId));
        }
    }

    /** Locks the request's item first, then loads the request, so it is read as the last change left it. */
    /**
     * One step of a request's life in a writable room: its item's lock taken, the request loaded within the room,
     * the step applied (refused steps change nothing), saved and its events published after commit.
     */
    private FloorRequestSummary change(long roomId, long requestId, Consumer<FloorRequest> step) {
        roomAccess.requireWritable(roomId);
        var request = lockAndLoad(roomId, requestId);
        step.accept(request);
        return saveAndPublish(request);
    }

    private FloorRequest lockAndLoad(long roomId, long requestId) {
        var itemId = requests.findItemOf(requestId, roomId)
                .orElseThrow(() -> new NotFoundException("Floor request", requestId));
        requests.lockItem(itemId, roomId);
        return requests.findById(requestId).orElseThrow(() -> new NotFoundException("Floor request", requestId));
    }

    private static AgendaItemSummary requireOpen(AgendaItemSummary item) {
        if (!item.isOpen()) {
            throw new InvalidInputException("status", "floor.error.item-not-open");
        }
        return item;
    }

    private FloorRequestSummary saveAndPublish(FloorRequest request) {
        requests.saveAndFlush(request);
        request.pullEvents().forEach(events::publishEvent);
        var withStatement = statements.findByRequestId(request.getId()).isPresent() ? Set.of(request.getId())
                : Set.<Long>of();
        var itemRequests = requests.findByItem(request.getItemId());
        var position = QueuePolicy.queue(itemRequests, orders.current(request.getRoomId())).indexOf(request) + 1;
        return new RoomFloors.Summaries(itemRequests, withStatement).of(request, position);
    }
}
