package org.majlis.report;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;

import java.util.List;

/**
 * The Report tab's content for the current user: the report if it exists and they may read it ({@code null} before
 * the rapporteur starts it, and for delegates and observers while it is drafted), whether one exists at all, what
 * they may do, the languages the edition requires and what is still missing in each language.
 */
public record ReportOverview(long roomId, @Nullable RoomReport report, boolean exists,
                             ReportPermissions permissions, List<Language> requiredLanguages,
                             List<MissingText> missing) {

    public ReportOverview {
        requiredLanguages = List.copyOf(requiredLanguages);
        missing = List.copyOf(missing);
    }

    /** The missing texts in the languages the edition requires: adoption waits for these. */
    public List<MissingText> missingRequired() {
        return missing.stream().filter(m -> requiredLanguages.contains(m.language()) && !m.none()).toList();
    }
}
