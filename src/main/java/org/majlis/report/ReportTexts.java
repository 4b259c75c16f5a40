package org.majlis.report;

import org.majlis.base.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the rapporteur writes: an optional introduction, a summary per agenda item (by item id) and the
 * recommendations. Kept apart from the record, so that taking in the record never touches it.
 */
public record ReportTexts(ReportText introduction, Map<Long, ReportText> summaries, ReportText recommendations) {

    public ReportTexts {
        introduction = introduction == null ? ReportText.empty() : introduction;
        recommendations = recommendations == null ? ReportText.empty() : recommendations;
        var copy = new TreeMap<Long, ReportText>();
        if (summaries != null) {
            summaries.forEach((id, text) -> {
                if (text != null && !text.isEmpty()) {
                    copy.put(id, text);
                }
            });
        }
        summaries = java.util.Collections.unmodifiableMap(copy);
    }

    public static ReportTexts empty() {
        return new ReportTexts(ReportText.empty(), Map.of(), ReportText.empty());
    }

    public ReportText text(ReportPart part) {
        return switch (part.kind()) {
            case INTRODUCTION -> introduction;
            case RECOMMENDATIONS -> recommendations;
            case ITEM_SUMMARY -> summaries.getOrDefault(part.itemId(), ReportText.empty());
        };
    }

    public ReportTexts with(ReportPart part, ReportText text) {
        return switch (part.kind()) {
            case INTRODUCTION -> new ReportTexts(text, summaries, recommendations);
            case RECOMMENDATIONS -> new ReportTexts(introduction, summaries, text);
            case ITEM_SUMMARY -> {
                var copy = new TreeMap<>(summaries);
                copy.put(part.itemId(), text);
                yield new ReportTexts(introduction, copy, recommendations);
            }
        };
    }

    public ReportTexts with(ReportPart part, Language language, LanguageText text) {
        return with(part, text(part).with(language, text));
    }

    /**
     * Every text field of these texts and of another version (so that a difference or a merge sees texts that exist
     * on one side only): the introduction, the summaries of the given items and of any other item with a text, the
     * recommendations; each in English, French and Arabic.
     */
    public static List<ReportField> fields(List<Long> itemIds, ReportTexts... versions) {
        var parts = new ArrayList<ReportPart>();
        parts.add(ReportPart.INTRODUCTION);
        var ids = new ArrayList<>(itemIds);
        for (var version : versions) {
            version.summaries().keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        }
        ids.forEach(id -> parts.add(ReportPart.summary(id)));
        parts.add(ReportPart.RECOMMENDATIONS);
        var fields = new ArrayList<ReportField>();
        for (var part : parts) {
            for (var language : Language.values()) {
                fields.add(new ReportField(part, language));
            }
        }
        return fields;
    }
}
