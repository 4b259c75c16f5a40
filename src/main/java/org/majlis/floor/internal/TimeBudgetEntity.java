package org.majlis.floor.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A chair's speaking-time budget per organisation ({@code time_budget}): for the whole room ({@code itemId} null) or
 * for one agenda item. A null budget is a chair's explicit "no budget here", which hides the level above it.
 */
@Entity
@Table(name = "time_budget")
public class TimeBudgetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Nullable
    @Column(name = "agenda_item_id")
    private Long itemId;

    @Nullable
    @Column(name = "budget_seconds")
    private Integer budgetSeconds;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TimeBudgetEntity() {
    }

    public TimeBudgetEntity(long roomId, @Nullable Long itemId) {
        this.roomId = roomId;
        this.itemId = itemId;
    }

    /** Sets the budget (null: no budget) and who set it when. */
    public void set(@Nullable Integer seconds, String by, Instant at) {
        this.budgetSeconds = seconds;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public long getRoomId() {
        return roomId;
    }

    public @Nullable Long getItemId() {
        return itemId;
    }

    public @Nullable Integer getBudgetSeconds() {
        return budgetSeconds;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
