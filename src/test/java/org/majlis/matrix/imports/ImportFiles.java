package org.majlis.matrix.imports;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Small matrix files built in the tests: CSV (comma separated, quoted) and XLSX, with the export's English headers. */
public final class ImportFiles {

    public static final List<String> HEADERS = List.of("Reference code", "Title", "Description", "Lead UN entity",
            "Lead OIC institution", "Partner organisations", "Beneficiary member states", "Timeframe",
            "Expected results", "Indicators", "Sustainable Development Goals", "OIC-2025 priority areas",
            "Estimated budget");

    private ImportFiles() {
    }

    /** A row of the 13 export columns with the usual valid values for Astana 2024; change cells with {@link #with}. */
    public static List<String> row(String code, String title) {
        return new ArrayList<>(List.of(code, title, "A description", "FAO", "IOFS", "IsDB; UNDP", "Chad; Niger",
                "1 September 2024 – 31 December 2025", "Reserves set up", "", "2 — Zero hunger", "", "250,000 USD"));
    }

    public static List<String> with(List<String> row, String header, String value) {
        var copy = new ArrayList<>(row);
        copy.set(HEADERS.indexOf(header), value);
        return copy;
    }

    public static byte[] csv(List<String> headers, List<List<String>> rows) {
        var lines = new ArrayList<String>();
        lines.add(line(headers));
        rows.forEach(row -> lines.add(line(row)));
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csv(List<List<String>> rows) {
        return csv(HEADERS, rows);
    }

    public static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(sheetName);
            var all = new ArrayList<List<String>>();
            all.add(headers);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        return cells.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
    }
}
