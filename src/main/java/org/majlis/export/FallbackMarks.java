package org.majlis.export;

import org.majlis.base.Language;

/**
 * The visible mark before a text shown in place of a missing translation, in the document's language, e.g.
 * "[Not translated — English text]" before the English text in a French document. Built from the translation files
 * by the caller (writers have no access to them).
 */
@FunctionalInterface
public interface FallbackMarks {

    /** The mark a document in {@code documentLanguage} puts before text written in {@code textLanguage}. */
    String mark(Language documentLanguage, Language textLanguage);
}
