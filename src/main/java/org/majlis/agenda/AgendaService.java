package org.majlis.agenda;

import org.majlis.base.StoredTime;
import org.majlis.agenda.AgendaEvent.AgendaItemAdded;
import org.majlis.agenda.AgendaEvent.AgendaItemMoved;
import org.majlis.agenda.AgendaEvent.AgendaItemRemoved;
import org.majlis.agenda.internal.AgendaItem;
import org.majlis.agenda.internal.AgendaItemRepository;
import org.majlis.agenda.internal.AgendaRules;
import org.majlis.agenda.internal.AgendaSchedule;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Move;
import org.majlis.base.NotFoundException;
import org.majlis.base.Validation;
import org.majlis.meetings.RoomAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A room's agenda. Everyone in the room reads it; only the room's chairs (and the secretariat) change it, and only
 * while the room is writable (open, current edition; {@link RoomAccess#requireWritable}) unless they are the
 * secretariat. Every change takes the room's agenda lock first, so two chairs acting at once are served one after
 * the other. Items are always looked up within the room, so an item id of another room is not found.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AgendaService {

    static final int TITLE_MAX = 300;
    static final int DESCRIPTION_MAX = 5000;
    static final int PLANNED_MAX = 24 * 60;
    static final int LIMIT_MAX = 60 * 60;

    private final AgendaItemRepository items;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoomAccess roomAccess;

    AgendaService(AgendaItemRepository items, ApplicationEventPublisher events, Clock clock, RoomAccess roomAccess) {
        this.items = items;
        this.events = events;
        this.clock = clock;
        this.roomAccess = roomAccess;
    }

    /** The room's agenda now: items in order, the current item and the room's timing. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public AgendaOverview overview(long roomId) {
        var now = StoredTime.now(clock);
        var summaries = summaries(items.findByRoom(roomId), now);
        var current = summaries.stream().filter(AgendaItemSummary::isOpen).findFirst().orElse(null);
        return new AgendaOverview(roomId, summaries, current, AgendaSchedule.scheduleSeconds(summaries), now);
    }

    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public AgendaItemSummary item(long roomId, long itemId) {
        return overview(roomId).item(itemId).orElseThrow(() -> new NotFoundException("Agenda item", itemId));
    }

    /** The room's current item, if one is open. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public Optional<AgendaItemSummary> currentItem(long roomId) {
        return Optional.ofNullable(overview(roomId).current());
    }

    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public AgendaItemSummary create(long roomId, AgendaItemData data) {
        roomAccess.requireWritable(roomId);
        validate(data);
        items.lockRoom(roomId);
        var roomItems = items.findByRoom(roomId);
        var position = roomItems.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
        var item = items.saveAndFlush(new AgendaItem(roomId, position, data));
        events.publishEvent(new AgendaItemAdded(roomId, item.getId()));
        return item(roomId, item.getId());
    }

    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public AgendaItemSummary update(long roomId, long itemId, long version, AgendaItemData data) {
        roomAccess.requireWritable(roomId);
        validate(data);
        items.lockRoom(roomId);
        var item = load(roomId, itemId);
        ConcurrentEditException.check("Agenda item", itemId, version, item.getVersion());
        item.change(data);
        save(item);
        return item(roomId, itemId);
    }

    /** Deletes an item that was never taken up; any other item stays in the record (defer it instead). */
    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public void delete(long roomId, long itemId, long version) {
        roomAccess.requireWritable(roomId);
        items.lockRoom(roomId);
        var item = load(roomId, itemId);
        ConcurrentEditException.check("Agenda item", itemId, version, item.getVersion());
        item.ensureDeletable();
        items.delete(item);
        items.flush();
        events.publishEvent(new AgendaItemRemoved(roomId, itemId));
    }

    /** Moves an item one place up or down (swapping with its neighbour); at either end nothing changes. */
    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public void move(long roomId, long itemId, Move direction) {
        roomAccess.requireWritable(roomId);
        items.lockRoom(roomId);
        var ordered = new ArrayList<>(items.findByRoom(roomId));
        var index = indexOf(ordered, itemId);
        var other = direction == Move.UP ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        var item = ordered.get(index);
        var neighbour = ordered.get(other);
        ordered.set(index, neighbour);
        ordered.set(other, item);
        for (var i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1); // renumber, which also mends equal positions
        }
        items.flush();
        events.publishEvent(new AgendaItemMoved(roomId, itemId));
    }

    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public AgendaItemSummary open(long roomId, long itemId) {
        return transition(roomId, itemId, true, AgendaItem::open);
    }

    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public AgendaItemSummary close(long roomId, long itemId) {
        return transition(roomId, itemId, false, AgendaItem::close);
    }

    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public AgendaItemSummary defer(long roomId, long itemId) {
        return transition(roomId, itemId, false, AgendaItem::defer);
    }

    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public AgendaItemSummary reopen(long roomId, long itemId) {
        return transition(roomId, itemId, true, AgendaItem::reopen);
    }

    private AgendaItemSummary transition(long roomId, long itemId, boolean opens, BiConsumer<AgendaItem, Instant> verb) {
        roomAccess.requireWritable(roomId);
        items.lockRoom(roomId);
        var roomItems = items.findByRoom(roomId);
        var item = roomItems.stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
        if (opens) {
            AgendaRules.onlyOneOpenItemPerRoom(roomItems, item);
        }
        verb.accept(item, StoredTime.now(clock));
        save(item);
        return item(roomId, itemId);
    }

    /** Flushes (so the one-open-item constraint speaks now), then publishes the item's events. */
    private void save(AgendaItem item) {
        try {
            items.saveAndFlush(item);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("status", "agenda.error.another-open-now");
        }
        item.pullEvents().forEach(events::publishEvent);
    }

    static List<AgendaItemSummary> summaries(List<AgendaItem> roomItems, Instant now) {
        var result = new ArrayList<AgendaItemSummary>(roomItems.size());
        for (var i = 0; i < roomItems.size(); i++) {
            result.add(roomItems.get(i).toSummary(i + 1, now));
        }
        return result;
    }

    private static int indexOf(List<AgendaItem> ordered, long itemId) {
        for (var i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == itemId) {
                return i;
            }
        }
        throw new NotFoundException("Agenda item", itemId);
    }

    private AgendaItem load(long roomId, long itemId) {
        return items.findById(itemId).filter(i -> i.getRoomId() == roomId)
                .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
    }

    private static void validate(AgendaItemData data) {
        var v = new Validation()
                .localized("title", data.title(), TITLE_MAX, true)
                .localized("description", data.description(), DESCRIPTION_MAX, false)
                .required("plannedMinutes", data.plannedMinutes());
        if (data.plannedMinutes() != null) {
            v.check(data.plannedMinutes() >= 0 && data.plannedMinutes() <= PLANNED_MAX, "plannedMinutes",
                    "validation.range", 0, PLANNED_MAX);
        }
        limit(v, "limitStatement", data.limits().statement());
        limit(v, "limitRightOfReply", data.limits().rightOfReply());
        limit(v, "limitPointOfOrder", data.limits().pointOfOrder());
        limit(v, "limitQuestion", data.limits().question());
        v.throwIfAny();
    }

    private static void limit(Validation v, String field, Integer seconds) {
        if (seconds != null) {
            v.check(seconds >= 10 && seconds <= LIMIT_MAX, field, "agenda.error.limit-range", 10, LIMIT_MAX);
        }
    }
}
