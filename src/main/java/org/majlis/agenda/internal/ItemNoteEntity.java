package org.majlis.agenda.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The private note of the room's chairs and rapporteurs on one agenda item ({@code item_note}). */
@Entity
@Table(name = "item_note")
public class ItemNoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Column(name = "agenda_item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private String text;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ItemNoteEntity() {
    }

    public ItemNoteEntity(long roomId, long itemId) {
        this.roomId = roomId;
        this.itemId = itemId;
    }

    public void write(String text, String by, Instant at) {
        this.text = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public long getItemId() {
        return itemId;
    }

    public String getText() {
        return text;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
