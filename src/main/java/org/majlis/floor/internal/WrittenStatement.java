package org.majlis.floor.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;
import org.majlis.floor.StatementFileType;

import java.time.Instant;

/** The written statement attached to one request or intervention; its file's bytes live apart. */
@Entity
@Table(name = "written_statement")
public class WrittenStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "floor_request_id")
    private long requestId;

    private long roomId;

    @Column(name = "agenda_item_id")
    private long itemId;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "text_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "text_ar"))
    private LocalizedText text;

    @Nullable
    private String fileName;

    @Nullable
    @Enumerated(EnumType.STRING)
    private StatementFileType fileType;

    @Nullable
    private Integer fileSize;

    private Instant submittedAt;

    protected WrittenStatement() {
    }

    public WrittenStatement(long requestId, long roomId, long itemId) {
        this.requestId = requestId;
        this.roomId = roomId;
        this.itemId = itemId;
    }

    public void write(LocalizedText text, Instant now) {
        this.text = text;
        this.submittedAt = now;
    }

    public void attach(String name, StatementFileType type, int size) {
        this.fileName = name;
        this.fileType = type;
        this.fileSize = size;
    }

    public void removeFile() {
        this.fileName = null;
        this.fileType = null;
        this.fileSize = null;
    }

    public boolean hasFile() {
        return fileType != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRequestId() {
        return requestId;
    }

    public long getRoomId() {
        return roomId;
    }

    public long getItemId() {
        return itemId;
    }

    public LocalizedText getText() {
        return text == null ? LocalizedText.empty() : text;
    }

    public @Nullable String getFileName() {
        return fileName;
    }

    public @Nullable StatementFileType getFileType() {
        return fileType;
    }

    public @Nullable Integer getFileSize() {
        return fileSize;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
