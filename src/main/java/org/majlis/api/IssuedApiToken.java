package org.majlis.api;

/**
 * A token just issued: the only time the token itself exists outside the client system. Majlis keeps its SHA-256
 * only, so it cannot be shown again; a lost token is revoked and a new one issued.
 */
public record IssuedApiToken(ApiTokenSummary summary, String token) {

    /** Never the token: records end up in logs. */
    @Override
    public String toString() {
        return "IssuedApiToken[" + summary + "]";
    }
}
