package org.majlis.export;

import org.majlis.base.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one sheet as CSV with FastCSV: UTF-8 with a byte order mark (so spreadsheet programs read Arabic and
 * accents right), comma separated, CRLF line ends, a header row. A value that a spreadsheet program would take as a
 * formula (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe (OWASP's advice against
 * CSV injection).
 */
final class CsvWriter {

    private static final char BOM = '\uFEFF';

    private final Language language;
    private final FallbackMarks marks;

    CsvWriter(Language language, FallbackMarks marks) {
        this.language = language;
        this.marks = marks;
    }

    void write(Sheet sheet, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        var csv = de.siegmar.fastcsv.writer.CsvWriter.builder().build(writer);
        var table = sheet.table();
        csv.writeRecord(record(table.headers(), table.headers().size()));
        for (var row : table.rows()) {
            csv.writeRecord(record(row, table.headers().size()));
        }
        csv.flush();
        writer.flush();
    }

    private List<String> record(List<Translated> values, int columns) {
        var record = new ArrayList<String>(columns);
        for (int column = 0; column < columns; column++) {
            var value = column < values.size() ? values.get(column) : Translated.empty();
            record.add(neutralised(Piece.of(value, language, marks).plain()));
        }
        return record;
    }

    /** The value with a leading apostrophe when a spreadsheet program would read it as a formula. */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
