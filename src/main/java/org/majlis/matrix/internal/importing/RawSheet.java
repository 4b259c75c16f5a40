package org.majlis.matrix.internal.importing;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One table of an imported file as text: a sheet of a workbook (with its name) or a CSV file (no name). Rows keep
 * their number in the file (1 = first row), empty rows are left out.
 */
public record RawSheet(@Nullable String name, List<Row> rows) {

    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
