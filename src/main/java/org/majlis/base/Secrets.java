package org.majlis.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets that are handed out once and stored only as a hash (API tokens, ADR 0046; big-screen links,
 * ADR 0048): 256 random bits in base64url (43 characters, safe in an address). A secret that random needs no salt nor
 * slow hash: its SHA-256 is useless to whoever reads the database and lets the secret be looked up by it.
 */
public final class Secrets {

    /** The length of {@link #random()}'s result. */
    public static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 256 random bits, base64url without padding. */
    public static String random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the secret, in hexadecimal: what is stored and looked up. */
    public static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Whether the text has the shape of {@link #random()}'s result: anything else is not even looked up. */
    public static boolean wellFormed(String secret) {
        return secret.length() == LENGTH && secret.chars()
                .allMatch(c -> c < 128 && Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
