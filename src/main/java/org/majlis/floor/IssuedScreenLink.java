package org.majlis.floor;

/**
 * A big-screen link just made: the only time its secret is known. {@code token} goes into the page's address
 * ({@code screen/<token>}); it cannot be read again, only revoked and replaced.
 */
public record IssuedScreenLink(ScreenLinkSummary summary, String token) {
}
