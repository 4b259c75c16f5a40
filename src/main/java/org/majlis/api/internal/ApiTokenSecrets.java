package org.majlis.api.internal;

import org.majlis.base.Secrets;
import org.majlis.security.ApiTokenVerifier;

/**
 * API tokens: {@code mjl_} followed by a {@link Secrets#random()} secret (256 random bits, base64url), stored as its
 * SHA-256 (ADR 0046).
 */
public final class ApiTokenSecrets {

    /** The token's first characters kept for the list: the prefix and 6 random characters. */
    static final int SHOWN = ApiTokenVerifier.PREFIX.length() + 6;

    private ApiTokenSecrets() {
    }

    public static String newToken() {
        return ApiTokenVerifier.PREFIX + Secrets.random();
    }

    public static String hash(String token) {
        return Secrets.hash(token);
    }

    public static String shownPart(String token) {
        return token.substring(0, SHOWN);
    }

    /** The shape of a token Majlis issued: anything else is not looked up. */
    public static boolean wellFormed(String token) {
        return token.startsWith(ApiTokenVerifier.PREFIX)
                && Secrets.wellFormed(token.substring(ApiTokenVerifier.PREFIX.length()));
    }
}
