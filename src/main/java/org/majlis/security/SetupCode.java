package org.majlis.security;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The first-start setup's code: made at random when the server starts and written only to its log, so that the
 * setup screen can be completed by whoever runs the server (and reads its log) — not by whoever reaches the address
 * first. 12 characters from 31 (no 0/O, 1/I/L, U): about 59 bits. Dashes, spaces and case do not matter.
 */
@Component
public class SetupCode {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final int LENGTH = 12;

    private final String code;

    SetupCode() {
        var random = new SecureRandom();
        var chars = new StringBuilder(LENGTH);
        for (var i = 0; i < LENGTH; i++) {
            chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        code = chars.toString();
    }

    /** The code as the log shows it: {@code ABCD-EFGH-JKMN}. */
    public String current() {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** Whether the operator typed the code (compared in constant time). */
    boolean matches(@Nullable String typed) {
        if (typed == null) {
            return false;
        }
        var normalised = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(normalised.getBytes(StandardCharsets.US_ASCII),
                code.getBytes(StandardCharsets.US_ASCII));
    }
}
