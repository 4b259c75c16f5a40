package org.majlis.matrix;

import java.util.Set;

/**
 * Where an entry stands in the workflow: drafted, submitted for review, then adopted, returned to drafting (with a
 * reason) or withdrawn. An adopted entry changes only after a chair reopens it.
 */
public enum EntryStatus {
    DRAFT,
    SUBMITTED,
    ADOPTED,
    RETURNED,
    WITHDRAWN;

    /** Whether the entry's content may be edited in this status. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == SUBMITTED;
    }

    /** The statuses from which a move to {@code target} is allowed. */
    public static Set<EntryStatus> allowedBefore(EntryStatus target) {
        return switch (target) {
            case DRAFT -> Set.of();
            case SUBMITTED -> Set.of(DRAFT, RETURNED);
            case ADOPTED -> Set.of(SUBMITTED);
            case RETURNED -> Set.of(SUBMITTED);
            case WITHDRAWN -> Set.of(DRAFT, SUBMITTED, RETURNED);
        };
    }
}
