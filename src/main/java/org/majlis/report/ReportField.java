package org.majlis.report;

import org.majlis.base.Language;
import org.majlis.base.merge.MergeField;

/** One language version of one text (text and status together): what a difference lists and a merge chooses. */
public record ReportField(ReportPart part, Language language) implements MergeField<ReportTexts> {

    @Override
    public LanguageText get(ReportTexts texts) {
        return texts.text(part).get(language);
    }

    @Override
    public ReportTexts copy(ReportTexts target, ReportTexts source) {
        return target.with(part, language, get(source));
    }

    /** A stable name for element ids ({@code item-12-ar}). */
    public String key() {
        return part.key() + "-" + language.code();
    }
}
