package org.majlis.api.internal;

import org.majlis.security.ApiTokenVerifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes API tokens: {@code mjl_} followed by 256 random bits (base64url, 43 characters). A token that
 * random needs no salt nor slow hash: SHA-256 is enough to make the stored value useless to whoever reads the
 * database, and it lets the token be looked up by its hash.
 */
public final class ApiTokenSecrets {

    /** The token's first characters kept for the list: the prefix and 6 random characters. */
    static final int SHOWN = ApiTokenVerifier.PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    public static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ApiTokenVerifier.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    public static String shownPart(String token) {
        return token.substring(0, SHOWN);
    }

    /** The shape of a token Majlis issued: anything else is not looked up. */
    public static boolean wellFormed(String token) {
        return token.length() == ApiTokenVerifier.PREFIX.length() + 43 && token.startsWith(ApiTokenVerifier.PREFIX)
                && token.substring(ApiTokenVerifier.PREFIX.length()).chars()
                .allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}
