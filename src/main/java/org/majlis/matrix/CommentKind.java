package org.majlis.matrix;

/** A remark on an entry, or an amendment: proposed wording for one of its text fields. */
public enum CommentKind {
    COMMENT,
    AMENDMENT
}
