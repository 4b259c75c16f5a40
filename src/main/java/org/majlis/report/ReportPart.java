package org.majlis.report;

import org.jspecify.annotations.Nullable;

/** Which text of a report: the introduction, the summary of one agenda item, or the recommendations. */
public record ReportPart(Kind kind, @Nullable Long itemId) {

    public enum Kind { INTRODUCTION, ITEM_SUMMARY, RECOMMENDATIONS }

    public static final ReportPart INTRODUCTION = new ReportPart(Kind.INTRODUCTION, null);
    public static final ReportPart RECOMMENDATIONS = new ReportPart(Kind.RECOMMENDATIONS, null);

    public static ReportPart summary(long itemId) {
        return new ReportPart(Kind.ITEM_SUMMARY, itemId);
    }

    /** A stable name for element ids ({@code introduction}, {@code item-12}, {@code recommendations}). */
    public String key() {
        return switch (kind) {
            case INTRODUCTION -> "introduction";
            case ITEM_SUMMARY -> "item-" + itemId;
            case RECOMMENDATIONS -> "recommendations";
        };
    }
}
