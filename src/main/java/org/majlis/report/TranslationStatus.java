package org.majlis.report;

/** How far one language version of a text is: not written, a draft, or final. Set by whoever writes it. */
public enum TranslationStatus {
    MISSING,
    DRAFT,
    FINAL
}
