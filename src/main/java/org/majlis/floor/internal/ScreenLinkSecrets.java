package org.majlis.floor.internal;

import org.majlis.base.Secrets;

/**
 * The secrets of big-screen links: {@link Secrets} as they are (ADR 0048), with the first characters kept for the
 * chairs' list.
 */
public final class ScreenLinkSecrets {

    /** The secret's first characters kept for the list. */
    static final int SHOWN = 6;

    private ScreenLinkSecrets() {
    }

    public static String newToken() {
        return Secrets.random();
    }

    public static String hash(String token) {
        return Secrets.hash(token);
    }

    public static String shownPart(String token) {
        return token.substring(0, SHOWN);
    }

    public static boolean wellFormed(String token) {
        return Secrets.wellFormed(token);
    }
}
