package org.majlis.floor.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes the secrets of big-screen links: 256 random bits, base64url (43 characters, safe in an address).
 * As with API tokens (ADR 0046), a secret that random needs no salt nor slow hash: its SHA-256 is useless to whoever
 * reads the database and lets the link be looked up by it. The API's helper is internal to the {@code api} module,
 * hence this small twin (ADR 0048).
 */
public final class ScreenLinkSecrets {

    static final int LENGTH = 43;
    /** The secret's first characters kept for the list. */
    static final int SHOWN = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScreenLinkSecrets() {
    }

    public static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

    /** The shape of a secret Majlis made: anything else is not even looked up. */
    public static boolean wellFormed(String token) {
        return token.length() == LENGTH && token.chars()
                .allMatch(c -> c < 128 && Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
