package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One row of an imported file as the preview shows it.
 *
 * @param sheet    the sheet's name (XLSX), or null for a CSV file
 * @param number   the row's number in the sheet as a spreadsheet program counts it (the header is row 1)
 * @param roomId   the room the entry goes to, null when it could not be told
 * @param action   what confirming does (meaningless while the row has problems)
 * @param data     the entry's content after the import
 * @param status   the status a new entry gets
 * @param entryId  the existing entry with this code, if any
 * @param version  the version of that entry the preview was made from (the import refuses it if it changed since)
 */
public record ImportRow(@Nullable String sheet, int number, @Nullable Long roomId, ImportAction action,
                        EntryData data, EntryStatus status, @Nullable Long entryId, long version,
                        List<ImportProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
