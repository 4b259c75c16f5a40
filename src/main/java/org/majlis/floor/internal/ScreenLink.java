package org.majlis.floor.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.floor.ScreenLinkSummary;

import java.time.Instant;

/**
 * A link that opens one room's big screen without an account, as stored: the SHA-256 of its secret (never the
 * secret), the first characters to tell it apart, who made it and when, when a screen last used it, and its
 * revocation, which is final.
 */
@Entity
@Table(name = "screen_link")
public class ScreenLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long roomId;

    private String tokenPrefix;

    private String tokenHash;

    private Instant createdAt;

    private String createdBy;

    @Nullable
    private Instant lastUsedAt;

    @Nullable
    private Instant revokedAt;

    @Nullable
    private String revokedBy;

    protected ScreenLink() {
    }

    public ScreenLink(long roomId, String tokenPrefix, String tokenHash, Instant createdAt, String createdBy) {
        this.roomId = roomId;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getRoomId() {
        return roomId;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Revoking is final; revoking a revoked link keeps the first revocation. */
    public void revoke(Instant at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public ScreenLinkSummary toSummary() {
        return new ScreenLinkSummary(id, roomId, tokenPrefix, createdAt, createdBy, lastUsedAt, revokedAt,
                revokedBy);
    }
}
