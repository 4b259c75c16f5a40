package org.majlis.matrix;

import org.majlis.base.Language;

import java.util.List;

/**
 * What importing a file would do, row by row, before anything is written: {@link MatrixImportService#confirm}
 * takes it back (and checks it all again) once it has no problems.
 *
 * @param language the language the file's headers are written in: its text columns are that language's texts
 */
public record ImportPreview(ImportTarget target, String fileName, Language language, List<ImportRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(ImportAction action) {
        return rows.stream().filter(row -> !row.hasProblems() && row.action() == action).count();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(ImportRow::hasProblems).count();
    }

    public boolean hasProblems() {
        return rows.stream().anyMatch(ImportRow::hasProblems);
    }
}
