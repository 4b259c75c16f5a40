package org.majlis.export;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;

/**
 * What a writer puts in one place of a document in one language: the text, in the language it is written in, and,
 * when it stands in for a missing translation, the visible mark (in the document's language) that goes before it.
 *
 * @param mark         the fallback mark, or {@code null} when the text is in the document's language
 * @param text         the text; empty when the text is missing in every language
 * @param textLanguage the language the text is written in (its direction follows it)
 */
record Piece(@Nullable String mark, String text, Language textLanguage) {

    static Piece of(Translated translated, Language language, FallbackMarks marks) {
        var shown = translated.shown(language);
        if (shown == null) {
            return new Piece(null, "", language);
        }
        var mark = shown.fallback() ? marks.mark(language, shown.language()) : null;
        return new Piece(mark, clean(shown.text()), shown.language());
    }

    /**
     * The text with line ends as {@code \n} and without the control characters XML cannot hold (a DOCX or XLSX with
     * one would not open).
     */
    static String clean(String text) {
        var out = new StringBuilder(text.length());
        var normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    boolean fallback() {
        return mark != null;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The mark and the text as one string, for formats without styled text (XLSX cells, CSV). */
    String plain() {
        return mark == null ? text : mark + " " + text;
    }
}
