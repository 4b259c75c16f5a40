package org.majlis.outcome.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.Translations;
import org.majlis.export.FallbackMarks;
import org.majlis.export.Translated;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.function.Function;

/**
 * The texts of exported files that Majlis writes itself (column headers, statuses, dates, the mark before a
 * missing translation), in the three languages at once, from the same translation files as the screens.
 */
@Component
public class ExportTexts {

    private final Translations translations;

    ExportTexts(Translations translations) {
        this.translations = translations;
    }

    /** A text of the translation files in the three languages. */
    public Translated t(String key, Object... params) {
        return per(language -> translations.getTranslation(key, language.locale(), params));
    }

    /** A text computed per language (null or blank where there is none). */
    public static Translated per(Function<Language, @Nullable String> text) {
        var values = new EnumMap<Language, String>(Language.class);
        for (var language : Language.values()) {
            var value = text.apply(language);
            if (value != null) {
                values.put(language, value);
            }
        }
        return new Translated(values);
    }

    /** The translation of {@code key} in one language. */
    public String in(Language language, String key, Object... params) {
        return translations.getTranslation(key, language.locale(), params);
    }

    /** A date written as each language writes it; empty when there is none. */
    public static Translated date(@Nullable LocalDate date) {
        return date == null ? Translated.empty() : per(language -> Formats.date(date, language.locale()));
    }

    /** A timeframe "start – end" per language; one end alone when the other is missing. */
    public static Translated timeframe(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null && end == null) {
            return Translated.empty();
        }
        return per(language -> {
            var from = start == null ? "" : Formats.date(start, language.locale());
            var to = end == null ? "" : Formats.date(end, language.locale());
            return start != null && end != null ? from + " – " + to : from + to;
        });
    }

    /** An amount with its currency, the number written as each language writes it. */
    public static Translated amount(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return Translated.empty();
        }
        return per(language -> {
            var format = NumberFormat.getNumberInstance(language.locale());
            format.setMaximumFractionDigits(2);
            var number = format.format(amount);
            return currency == null ? number : number + " " + currency;
        });
    }

    /** The mark before a text shown in place of a missing translation: "[Not translated — shown in English]". */
    public FallbackMarks fallbackMarks() {
        return translations::fallbackMark;
    }
}
