package org.majlis.api;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * An issued API token as the secretariat's list shows it: never the token itself (only its first characters, to
 * recognise it), what it may read, who issued it and, once revoked, who revoked it and when.
 */
public record ApiTokenSummary(long id, long version, String name, String prefix, Set<ApiScope> scopes,
                              Instant createdAt, String createdBy, @Nullable Instant revokedAt,
                              @Nullable String revokedBy) {

    public ApiTokenSummary {
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
