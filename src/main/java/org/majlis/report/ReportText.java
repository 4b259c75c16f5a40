package org.majlis.report;

import org.majlis.base.Language;
import org.majlis.base.LocalizedText;

import java.util.EnumMap;
import java.util.Map;

/** A text of the report (an item's summary, the recommendations) in each language, with each version's status. */
public record ReportText(Map<Language, LanguageText> versions) {

    public ReportText {
        var copy = new EnumMap<Language, LanguageText>(Language.class);
        if (versions != null) {
            versions.forEach((language, text) -> {
                if (language != null && text != null && !text.isMissing()) {
                    copy.put(language, text);
                }
            });
        }
        versions = Map.copyOf(copy);
    }

    public static ReportText empty() {
        return new ReportText(Map.of());
    }

    /** The same text with one language version replaced. */
    public ReportText with(Language language, LanguageText text) {
        var copy = new EnumMap<Language, LanguageText>(Language.class);
        copy.putAll(versions);
        copy.put(language, text);
        return new ReportText(copy);
    }

    public LanguageText get(Language language) {
        return versions.getOrDefault(language, LanguageText.MISSING);
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The texts only, for export. */
    public LocalizedText toLocalized() {
        return LocalizedText.of(get(Language.EN).text(), get(Language.FR).text(), get(Language.AR).text());
    }
}
