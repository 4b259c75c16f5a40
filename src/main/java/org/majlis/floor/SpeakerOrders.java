package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.floor.internal.SpeakerOrderChange;
import org.majlis.floor.internal.SpeakerOrderChangeRepository;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * A room's speaker order: the chair's latest switch, arrival order until the first one. Every switch is kept (the
 * record shows them). No checks here: {@link FloorService} checks who may read and switch.
 */
@Component
class SpeakerOrders {

    private final SpeakerOrderChangeRepository changes;

    SpeakerOrders(SpeakerOrderChangeRepository changes) {
        this.changes = changes;
    }

    SpeakerOrder current(long roomId) {
        return changes.findFirstByRoomIdOrderByIdDesc(roomId).map(SpeakerOrderChange::getOrder)
                .orElse(SpeakerOrder.ARRIVAL);
    }

    /** Records a switch; switching to the order in force records nothing and returns false. */
    boolean change(long roomId, @Nullable Long itemId, SpeakerOrder order, String by, Instant at) {
        if (current(roomId) == order) {
            return false;
        }
        changes.saveAndFlush(new SpeakerOrderChange(roomId, itemId, order, by, at));
        return true;
    }

    List<SpeakerOrderEntry> history(long roomId) {
        return changes.findByRoom(roomId).stream().map(SpeakerOrderChange::toEntry).toList();
    }
}
