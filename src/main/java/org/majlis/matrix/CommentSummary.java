package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A comment or an amendment (proposed wording for one text field) on an entry. */
public record CommentSummary(long id, CommentKind kind, String authorName, @Nullable String authorOrganisation,
                             Instant createdAt, @Nullable String body, @Nullable EntryField field,
                             @Nullable String proposedText, boolean applied) {
}
