package org.majlis.matrix.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.matrix.CommentKind;
import org.majlis.matrix.CommentSummary;
import org.majlis.matrix.EntryField;

import java.time.Instant;

/** A comment on an entry, or an amendment: proposed wording for one text field, which the rapporteur may apply. */
@Entity
@Table(name = "matrix_comment")
public class EntryComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long entryId;

    @Enumerated(EnumType.STRING)
    private CommentKind kind;

    @Nullable
    private Long authorId;

    private String authorName;

    @Nullable
    private String authorOrg;

    private Instant createdAt;

    @Nullable
    private String body;

    @Nullable
    @Enumerated(EnumType.STRING)
    private EntryField field;

    @Nullable
    private String proposedText;

    private boolean applied;

    protected EntryComment() {
    }

    public EntryComment(long entryId, CommentKind kind, @Nullable Long authorId, String authorName,
                        @Nullable String authorOrg, Instant createdAt, @Nullable String body,
                        @Nullable EntryField field, @Nullable String proposedText) {
        this.entryId = entryId;
        this.kind = kind;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorOrg = authorOrg;
        this.createdAt = createdAt;
        this.body = body == null || body.isBlank() ? null : body.strip();
        this.field = field;
        this.proposedText = proposedText == null || proposedText.isBlank() ? null : proposedText.strip();
    }

    public void markApplied() {
        if (kind != CommentKind.AMENDMENT || applied) {
            throw new IllegalStateException("Not an open amendment");
        }
        applied = true;
    }

    public Long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    public CommentKind getKind() {
        return kind;
    }

    public boolean isApplied() {
        return applied;
    }

    @Nullable
    public EntryField getField() {
        return field;
    }

    @Nullable
    public String getProposedText() {
        return proposedText;
    }

    public String getAuthorName() {
        return authorName;
    }

    public CommentSummary toSummary() {
        return new CommentSummary(id, kind, authorName, authorOrg, createdAt, body, field, proposedText, applied);
    }
}
