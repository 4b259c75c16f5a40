package org.majlis.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What the secretariat looks for in the trail; every part is optional: the account (who), the kind of record (what),
 * the edition and room, the period ({@code from} included, {@code to} excluded) and one record's id.
 */
public record AuditFilter(@Nullable String username, @Nullable AuditKind kind, @Nullable Long editionId,
                          @Nullable Long roomId, @Nullable Instant from, @Nullable Instant to,
                          @Nullable Long recordId) {

    /** Everything. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    public AuditFilter withRoom(@Nullable Long room) {
        return new AuditFilter(username, kind, editionId, room, from, to, recordId);
    }

    public AuditFilter withUsername(@Nullable String account) {
        return new AuditFilter(account, kind, editionId, roomId, from, to, recordId);
    }

    public AuditFilter withKind(@Nullable AuditKind what) {
        return new AuditFilter(username, what, editionId, roomId, from, to, recordId);
    }

    public AuditFilter withRecord(@Nullable AuditKind what, @Nullable Long id) {
        return new AuditFilter(username, what, editionId, roomId, from, to, id);
    }

    public AuditFilter withPeriod(@Nullable Instant start, @Nullable Instant end) {
        return new AuditFilter(username, kind, editionId, roomId, start, end, recordId);
    }
}
