package org.majlis.base;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text that people write in up to three languages (English, French, Arabic). Blank values are stored as null. Every
 * value is cleaned by {@link UserText#text} (no bidi embedding/override/isolate controls, no stray control
 * characters); {@link #singleLine()} applies the stricter rule of single-line fields (names, titles).
 */
@Embeddable
public record LocalizedText(@Nullable String en, @Nullable String fr, @Nullable String ar) {

    public LocalizedText {
        en = clean(en);
        fr = clean(fr);
        ar = clean(ar);
    }

    public static LocalizedText of(@Nullable String en, @Nullable String fr, @Nullable String ar) {
        return new LocalizedText(en, fr, ar);
    }

    public static LocalizedText empty() {
        return new LocalizedText(null, null, null);
    }

    /** The same text under the single-line rule ({@link UserText#line}): for names, titles, acronyms. */
    public LocalizedText singleLine() {
        return new LocalizedText(UserText.line(en), UserText.line(fr), UserText.line(ar));
    }

    /** The text in the given language, or null when it was not written in it. */
    public @Nullable String get(Language language) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case AR -> ar;
        };
    }

    /** The text in the locale's language, falling back to the other languages (en, fr, ar), or "". */
    public String in(Locale locale) {
        var preferred = get(Language.of(locale));
        if (preferred != null) {
            return preferred;
        }
        for (var language : Language.values()) {
            var value = get(language);
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    /** The language actually shown by {@link #in(Locale)}, so the text can be rendered in its own direction. */
    public Language languageShownFor(Locale locale) {
        if (get(Language.of(locale)) != null) {
            return Language.of(locale);
        }
        for (var language : Language.values()) {
            if (get(language) != null) {
                return language;
            }
        }
        return Language.of(locale);
    }

    public boolean isEmpty() {
        return en == null && fr == null && ar == null;
    }

    public List<Language> missingLanguages() {
        var missing = new ArrayList<Language>();
        for (var language : Language.values()) {
            if (get(language) == null) {
                missing.add(language);
            }
        }
        return missing;
    }

    /** Whether any language contains the search term, ignoring case. */
    public boolean contains(String term) {
        var needle = term.toLowerCase(Locale.ROOT);
        for (var language : Language.values()) {
            var value = get(language);
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String clean(@Nullable String value) {
        return UserText.textOrNull(value);
    }
}
