package org.majlis.base.ui;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.majlis.base.Language;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The UI's texts from {@code vaadin-i18n/translations_{en,fr,ar}.properties}, as Vaadin's own provider reads them,
 * but formatted with ICU's {@link MessageFormat}, so that a translation can say how its language writes a number
 * (ADR 0039): ordinals in English and French ({@code {0,selectordinal,one{#st} two{#nd} few{#rd} other{#th}}},
 * {@code {0,selectordinal,one{#re} other{#e}}}) and Arabic ordinal words of the right gender
 * ({@code {0,spellout,%spellout-ordinal-feminine}}), besides the plain {@code {0}} of the JDK's MessageFormat,
 * which reads the same. A text without arguments is returned as written.
 */
@Component
public class Translations extends DefaultI18NProvider {

    /** ICU 78's Arabic ordinal rules write two spaces before the "and" of 21, 31 … (الحادي  والعشرون). */
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    public Translations() {
        super(Arrays.stream(Language.values()).map(Language::locale).toList());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var pattern = super.getTranslation(key, locale);
        if (params.length == 0) {
            return pattern;
        }
        return format(pattern, locale, params);
    }

    /**
     * The mark a document in {@code documentLanguage} puts before a text shown in place of a missing translation,
     * written in {@code textLanguage}: "[Not translated — shown in English]". Every export's fallback marks
     * ({@code export.FallbackMarks}) are this method: {@code translations::fallbackMark}.
     */
    public String fallbackMark(Language documentLanguage, Language textLanguage) {
        return getTranslation("export.fallback", documentLanguage.locale(),
                getTranslation("export.language." + textLanguage.name(), documentLanguage.locale()));
    }

    /** Formats a pattern of the translation files as the UI shows it (also for tests of the files themselves). */
    public static String format(String pattern, Locale locale, Object... params) {
        var formatted = new MessageFormat(pattern, ULocale.forLocale(locale)).format(params);
        return pattern.contains("spellout") ? SPACES.matcher(formatted).replaceAll(" ") : formatted;
    }
}
