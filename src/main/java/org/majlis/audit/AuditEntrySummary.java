package org.majlis.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One line of the audit trail: when (UTC), who, what record, which action, the edition and room it belongs to when it
 * belongs to one, and a short detail (the fields changed, old → new for small ones).
 */
public record AuditEntrySummary(long id, Instant at, String actorUsername, String actorName, AuditActorKind actorKind,
                                AuditKind kind, @Nullable Long recordId, String action, @Nullable Long editionId,
                                @Nullable Long roomId, String detail) {
}
