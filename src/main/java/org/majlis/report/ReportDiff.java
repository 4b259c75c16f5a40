package org.majlis.report;

import java.util.List;

/** Two revisions' texts side by side, with the fields that differ, in the order the report shows them. */
public record ReportDiff(int left, int right, ReportTexts leftTexts, ReportTexts rightTexts,
                         List<ReportField> fields, List<ReportField> changedFields) {

    public ReportDiff {
        fields = List.copyOf(fields);
        changedFields = List.copyOf(changedFields);
    }
}
