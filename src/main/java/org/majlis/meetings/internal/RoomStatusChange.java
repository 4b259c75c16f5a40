package org.majlis.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.majlis.meetings.RoomStatusEntry;

import java.time.Instant;

/** A row of a room's opening and closing history; written once, never changed. */
@Entity
@Table(name = "room_status_change")
public class RoomStatusChange {

    static final int CHANGED_BY_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long roomId;

    @Column(name = "is_open")
    private boolean open;

    private String changedBy;

    private Instant changedAt;

    @Nullable
    private String reason;

    protected RoomStatusChange() {
    }

    public RoomStatusChange(long roomId, boolean open, String changedBy, Instant changedAt, @Nullable String reason) {
        this.roomId = roomId;
        this.open = open;
        // a display name from the identity provider can be longer than the column: keep its start
        this.changedBy = changedBy.length() > CHANGED_BY_MAX ? changedBy.substring(0, CHANGED_BY_MAX - 1) + "…"
                : changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    public RoomStatusEntry toEntry() {
        return new RoomStatusEntry(open, changedBy, changedAt, reason);
    }
}
