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
        return new Piece(mark, shown.text(), shown.language());
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
