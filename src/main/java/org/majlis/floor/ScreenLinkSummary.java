package org.majlis.floor;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A big-screen link as the room's chairs see it in the list: never the secret, only its first characters
 * ({@code prefix}), who made it and when, and when a screen last opened the room with it.
 */
public record ScreenLinkSummary(long id, long roomId, String prefix, Instant createdAt, String createdBy,
                                @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
                                @Nullable String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
