package org.majlis.api.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.api.ApiScope;
import org.majlis.api.ApiTokenSummary;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An API token as stored: its SHA-256 (never the token), its name, scopes and history. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private String tokenPrefix;

    private String tokenHash;

    /** Scope codes separated by spaces, as in OAuth. */
    private String scopes;

    private Instant createdAt;

    private String createdBy;

    @Nullable
    private Instant revokedAt;

    @Nullable
    private String revokedBy;

    protected ApiToken() {
    }

    public ApiToken(String name, String tokenPrefix, String tokenHash, Set<ApiScope> scopes, Instant createdAt,
                    String createdBy) {
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.scopes = scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" "));
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Set<ApiScope> scopes() {
        var parsed = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(" ")).filter(code -> !code.isBlank()).map(ApiScope::ofCode).forEach(parsed::add);
        return parsed;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Revoking is final; revoking a revoked token keeps the first revocation. */
    public void revoke(Instant at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public ApiTokenSummary toSummary() {
        return new ApiTokenSummary(id, version, name, tokenPrefix, scopes(), createdAt, createdBy, revokedAt,
                revokedBy);
    }
}
