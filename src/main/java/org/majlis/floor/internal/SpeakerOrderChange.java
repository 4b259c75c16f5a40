package org.majlis.floor.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.majlis.floor.SpeakerOrder;
import org.majlis.floor.SpeakerOrderEntry;

import java.time.Instant;

/** A chair's switch of the room's speaker order; the latest is the order now. Written once, never changed. */
@Entity
@Table(name = "speaker_order_change")
public class SpeakerOrderChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long roomId;

    @Nullable
    @Column(name = "agenda_item_id")
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "speaker_order")
    private SpeakerOrder order;

    private String changedBy;

    private Instant changedAt;

    protected SpeakerOrderChange() {
    }

    public SpeakerOrderChange(long roomId, @Nullable Long itemId, SpeakerOrder order, String changedBy,
                              Instant changedAt) {
        this.roomId = roomId;
        this.itemId = itemId;
        this.order = order;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public SpeakerOrder getOrder() {
        return order;
    }

    public SpeakerOrderEntry toEntry() {
        return new SpeakerOrderEntry(id, roomId, itemId, order, changedBy, changedAt);
    }
}
