package org.majlis.matrix.internal.importing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How imported names are compared: compatibility-normalised (NFKC), without direction marks or the Arabic
 * tatweel, Arabic-Indic digits as ASCII digits, spaces collapsed, case ignored. "FAO", " fao " and "ＦＡＯ" are one.
 */
public final class Names {

    private Names() {
    }

    public static String key(String value) {
        var normal = Normalizer.normalize(digits(value), Normalizer.Form.NFKC);
        var out = new StringBuilder(normal.length());
        boolean space = false;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u0640' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            // Typographic and straight apostrophes and dashes are one ("l’agriculture" = "l'agriculture").
            out.append(c == '\u2019' || c == '\u2018' || c == '\u02BC' ? '\'' : c == '\u2013' || c == '\u2014' ? '-' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Arabic-Indic and extended Arabic-Indic digits as ASCII digits, the Arabic decimal and thousands signs as . and ,. */
    public static String digits(String value) {
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else if (c == '\u066B') {
                out.append('.');
            } else if (c == '\u066C') {
                out.append(',');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
