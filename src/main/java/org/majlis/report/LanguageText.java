package org.majlis.report;

import org.jspecify.annotations.Nullable;

/**
 * One language version of a text and its translation status. An empty text is {@link TranslationStatus#MISSING}
 * whatever was chosen; a written text is at least a draft.
 */
public record LanguageText(String text, TranslationStatus status) {

    public static final LanguageText MISSING = new LanguageText("", TranslationStatus.MISSING);

    public LanguageText(@Nullable String text, @Nullable TranslationStatus status) {
        var value = text == null ? "" : text.strip();
        this.text = value;
        this.status = value.isEmpty() ? TranslationStatus.MISSING
                : status == null || status == TranslationStatus.MISSING ? TranslationStatus.DRAFT : status;
    }

    public boolean isMissing() {
        return status == TranslationStatus.MISSING;
    }
}
