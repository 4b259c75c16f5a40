package org.majlis.matrix.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.RevisionKind;

import java.time.Instant;

/** One recorded state of an entry: who changed it, when, how, and a JSON snapshot of its whole content. */
@Entity
@Table(name = "matrix_revision")
public class EntryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long entryId;

    private int number;

    private long entryVersion;

    @Enumerated(EnumType.STRING)
    private RevisionKind kind;

    @Enumerated(EnumType.STRING)
    private EntryStatus status;

    @Nullable
    private Long authorId;

    private String authorName;

    private Instant createdAt;

    @Nullable
    private String summary;

    private String snapshot;

    protected EntryRevision() {
    }

    public EntryRevision(long entryId, int number, long entryVersion, RevisionKind kind, EntryStatus status,
                         @Nullable Long authorId, String authorName, Instant createdAt, @Nullable String summary,
                         String snapshot) {
        this.entryId = entryId;
        this.number = number;
        this.entryVersion = entryVersion;
        this.kind = kind;
        this.status = status;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.snapshot = snapshot;
    }

    public long getEntryId() {
        return entryId;
    }

    public int getNumber() {
        return number;
    }

    public long getEntryVersion() {
        return entryVersion;
    }

    public RevisionKind getKind() {
        return kind;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    public String getSummary() {
        return summary;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
