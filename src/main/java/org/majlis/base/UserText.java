package org.majlis.base;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * The one rule for cleaning what people type or upload, before it is validated and stored (ADR 0034).
 * <ul>
 *   <li>{@link #line} for single-line fields (names, titles, acronyms, codes, reasons, file names, usernames):
 *   line breaks and tabs become a space; control characters ({@code \p{Cc}}) and format characters
 *   ({@code \p{Cf}}: bidi controls, LRM/RLM/ALM, zero-width space, BOM, soft hyphen, tags…) are removed, except
 *   ZWNJ and ZWJ (U+200C, U+200D), which Arabic-script and Indic spelling and emoji need; surrounding whitespace
 *   goes.</li>
 *   <li>{@link #text} for multi-line fields (statements, descriptions, notes, comments): line breaks (as
 *   {@code \n}) and tabs stay, other control characters go, and so do the bidi embedding, override and isolate
 *   controls (U+202A–U+202E, U+2066–U+2069); the marks LRM/RLM/ALM and every other format character stay;
 *   surrounding whitespace goes.</li>
 * </ul>
 * Both are idempotent and never make a text longer.
 */
public final class UserText {

    /** Bidi embedding, override and isolate controls: an unterminated one reorders everything after it. */
    static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    /** Any line or paragraph break, vertical space or tab: in a single line they separate words like a space. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\x0B\\f\\r\\x85\\u2028\\u2029]+");

    /** Invisible characters a single line never needs: controls, format characters but ZWNJ/ZWJ, lone surrogates. */
    private static final Pattern LINE_INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Cf}&&[^\\u200C\\u200D]]");

    /** Windows, old Mac and Unicode line and paragraph separators, as one {@code \n} each. */
    private static final Pattern TEXT_BREAKS = Pattern.compile("\\r\\n|[\\r\\x0B\\f\\x85\\u2028\\u2029]");

    /** Control characters other than tab and line feed, lone surrogates, and the bidi controls. */
    private static final Pattern TEXT_INVISIBLE =
            Pattern.compile("[\\p{Cc}\\p{Cs}&&[^\\t\\n]]|" + BIDI_CONTROLS.pattern());

    /** Columns that store a person's name as written next to what they did ({@code updated_by}, …) hold this many. */
    public static final int DISPLAY_NAME_MAX = 150;

    private UserText() {
    }

    /** A single-line value cleaned (null stays null; may become empty). */
    public static @Nullable String line(@Nullable String value) {
        if (value == null) {
            return null;
        }
        var spaced = LINE_BREAKS.matcher(value).replaceAll(" ");
        return LINE_INVISIBLE.matcher(spaced).replaceAll("").strip();
    }

    /** A multi-line value cleaned (null stays null; may become empty). */
    public static @Nullable String text(@Nullable String value) {
        if (value == null) {
            return null;
        }
        var lines = TEXT_BREAKS.matcher(value).replaceAll("\n");
        return TEXT_INVISIBLE.matcher(lines).replaceAll("").strip();
    }

    /**
     * A person's name as stored next to what they did: one clean line, at most {@link #DISPLAY_NAME_MAX} characters
     * (a longer name, e.g. from an identity provider, is cut with an ellipsis); {@code fallback} when nothing is left.
     */
    public static String displayName(@Nullable String name, String fallback) {
        var cleaned = lineOrNull(name);
        var shown = cleaned == null ? String.valueOf(line(fallback)) : cleaned;
        return shortened(shown, DISPLAY_NAME_MAX);
    }

    /** The value itself when it has at most {@code max} characters, else its beginning and an ellipsis (max in all). */
    public static String shortened(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        var end = value.offsetByCodePoints(0, max - 1);
        return value.substring(0, end).stripTrailing() + "…";
    }

    /** A single-line value cleaned, or null when nothing is left. */
    public static @Nullable String lineOrNull(@Nullable String value) {
        var cleaned = line(value);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /** A multi-line value cleaned, or null when nothing is left. */
    public static @Nullable String textOrNull(@Nullable String value) {
        var cleaned = text(value);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }
}
