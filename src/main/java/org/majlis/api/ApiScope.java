package org.majlis.api;

import org.majlis.security.ApiClientAuthentication;

/**
 * What a token may read beyond what is published. Without a scope a token reads editions, rooms, organisations,
 * agendas, adopted matrix entries and the records of rooms whose report is adopted — what anyone may see of the
 * meeting's outcome. The secretariat chooses the scopes when it issues the token; they cannot be changed later
 * (issue a new token and revoke the old one).
 */
public enum ApiScope {

    /** Matrix entries in every status (draft, submitted, returned, withdrawn) and records before adoption. */
    DRAFTS(ApiClientAuthentication.DRAFTS);

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    /** The scope as stored and as the token's authority names it. */
    public String code() {
        return code;
    }

    public static ApiScope ofCode(String code) {
        for (var scope : values()) {
            if (scope.code.equals(code)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("Unknown API scope " + code);
    }
}
