package org.majlis.audit.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.audit.AuditActor;
import org.majlis.audit.AuditKind;

import java.time.Instant;

/** An entry waiting for its transaction's commit, written with the others of the transaction in one batch. */
record PendingEntry(Instant at, AuditActor actor, AuditKind kind, @Nullable Long recordId, String action,
                    @Nullable Long editionId, @Nullable Long roomId, String detail) {

    PendingEntry withEdition(@Nullable Long edition) {
        return new PendingEntry(at, actor, kind, recordId, action, edition, roomId, detail);
    }
}
