package org.majlis.export;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;

import java.util.EnumMap;
import java.util.Map;

/**
 * A piece of text of an exported document in up to three languages. A language without a value is missing: a
 * writer shows another language's text in its place, visibly marked ({@link #shown}), never an empty cell, unless
 * the text is missing in every language.
 */
public record Translated(Map<Language, String> values) {

    public Translated {
        var copy = new EnumMap<Language, String>(Language.class);
        values.forEach((language, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(language, value);
            }
        });
        values = Map.copyOf(copy);
    }

    /** The same text in every language (numbers, codes, dates written the same way, names). */
    public static Translated same(@Nullable String value) {
        var values = new EnumMap<Language, String>(Language.class);
        if (value != null) {
            for (var language : Language.values()) {
                values.put(language, value);
            }
        }
        return new Translated(values);
    }

    public static Translated of(LocalizedText text) {
        var values = new EnumMap<Language, String>(Language.class);
        for (var language : Language.values()) {
            var value = text.get(language);
            if (value != null) {
                values.put(language, value);
            }
        }
        return new Translated(values);
    }

    public static Translated of(@Nullable String en, @Nullable String fr, @Nullable String ar) {
        return of(LocalizedText.of(en, fr, ar));
    }

    public static Translated empty() {
        return new Translated(Map.of());
    }

    public @Nullable String get(Language language) {
        return values.get(language);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * What a document in {@code wanted} shows: the text in that language, or else the first of English, French,
     * Arabic that has one, flagged as a fallback so the writer marks it; {@code null} when the text is empty.
     */
    public @Nullable Shown shown(Language wanted) {
        var own = values.get(wanted);
        if (own != null) {
            return new Shown(own, wanted, false);
        }
        for (var language : Language.values()) {
            var other = values.get(language);
            if (other != null) {
                return new Shown(other, language, true);
            }
        }
        return null;
    }

    /**
     * The text a document in one language shows.
     *
     * @param text     the text itself, in {@code language}
     * @param language the language the text is written in (its direction follows it)
     * @param fallback whether it stands in for the missing language the document is in
     */
    public record Shown(String text, Language language, boolean fallback) {
    }
}
