package org.majlis.meetings.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomSummary;

import java.util.Objects;

@Entity
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Enumerated(EnumType.STRING)
    private RoomKind kind;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    private LocalizedText title;

    @Column(name = "is_open")
    private boolean open;

    private int position;

    protected Room() {
    }

    public Room(Edition edition, RoomData data, int position) {
        this.edition = edition;
        this.position = position;
        this.open = data.open();
        apply(data);
    }

    /** Changes kind and title; opening and closing are {@link #close()} and {@link #reopen()} (recorded). */
    public void apply(RoomData data) {
        this.kind = Objects.requireNonNull(data.kind());
        this.title = data.title();
    }

    public boolean isOpen() {
        return open;
    }

    public void close() {
        this.open = false;
    }

    public void reopen() {
        this.open = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Edition getEdition() {
        return edition;
    }

    public RoomSummary toSummary() {
        return new RoomSummary(id, version, edition.getId(), edition.getNumber(), kind,
                title == null ? LocalizedText.empty() : title, open, position);
    }
}
