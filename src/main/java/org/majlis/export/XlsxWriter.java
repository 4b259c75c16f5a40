package org.majlis.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.majlis.base.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes sheets as an Excel workbook (Apache POI, streaming {@link SXSSFWorkbook}: a few hundred rows per sheet are
 * kept in memory, the rest go to a temporary file). Each sheet: a bold header row, frozen, with filters over the table;
 * wrapped text, column widths from the content; right-to-left for Arabic, with right-to-left reading order in Arabic
 * cells. Every value is written as text, so {@code =…} never becomes a formula.
 */
final class XlsxWriter {

    static final int MAX_NAME = 31;
    /** Excel's limit for the text of a cell. */
    static final int MAX_CELL = 32_767;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final int ROWS_FOR_WIDTH = 200;

    private final Language language;
    private final FallbackMarks marks;

    XlsxWriter(Language language, FallbackMarks marks) {
        this.language = language;
        this.marks = marks;
    }

    void write(List<Sheet> sheets, OutputStream out) throws IOException {
        var workbook = new SXSSFWorkbook(200);
        try {
            var styles = new Styles(workbook);
            var names = new HashSet<String>();
            for (int i = 0; i < sheets.size(); i++) {
                var source = sheets.get(i);
                var name = sheetName(Piece.of(source.name(), language, marks).text(), i + 1, names);
                sheet(workbook.createSheet(name), source.table(), styles);
            }
            if (sheets.isEmpty()) {
                workbook.createSheet("1");
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void sheet(SXSSFSheet sheet, Doc.Table table, Styles styles) {
        int columns = table.headers().size();
        sheet.setRightToLeft(language.isRightToLeft());
        var header = sheet.createRow(0);
        var widths = new int[columns];
        for (int column = 0; column < columns; column++) {
            var piece = Piece.of(table.headers().get(column), language, marks);
            var cell = header.createCell(column);
            cell.setCellValue(piece.plain());
            cell.setCellStyle(styles.header(piece.textLanguage()));
            widths[column] = width(piece.plain());
        }
        for (int row = 0; row < table.rows().size(); row++) {
            var values = table.rows().get(row);
            var sheetRow = sheet.createRow(row + 1);
            for (int column = 0; column < Math.min(columns, values.size()); column++) {
                var piece = Piece.of(values.get(column), language, marks);
                var cell = sheetRow.createCell(column);
                cell.setCellValue(fitted(piece.plain()));
                cell.setCellStyle(styles.body(piece.textLanguage()));
                if (row < ROWS_FOR_WIDTH) {
                    widths[column] = Math.max(widths[column], width(piece.plain()));
                }
            }
        }
        for (int column = 0; column < columns; column++) {
            sheet.setColumnWidth(column, Math.clamp(widths[column] + 2, MIN_WIDTH, MAX_WIDTH) * 256);
        }
        if (columns > 0) {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns - 1));
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** The text, cut to what a cell holds (with an ellipsis) in the unlikely case it is longer. */
    static String fitted(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }

    /** The longest line of a text, in characters (what a column width is measured in). */
    private static int width(String text) {
        int longest = 0;
        for (var line : text.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /**
     * A name Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting or ending with an
     * apostrophe, unique in the workbook regardless of case ("Room", "Room (2)" …).
     */
    static String sheetName(String wanted, int position, Set<String> taken) {
        var cleaned = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        var safe = cleaned.isEmpty() ? String.valueOf(position)
                : WorkbookUtil.createSafeSheetName(cleaned, ' ').strip();
        if (safe.equalsIgnoreCase("History")) {
            safe = safe + " " + position;
        }
        var name = safe;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            var suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), MAX_NAME - suffix.length())).strip() + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Four cell styles, created once per workbook (Excel limits how many a file may hold). */
    private static final class Styles {
        private final CellStyle headerLtr;
        private final CellStyle headerRtl;
        private final CellStyle bodyLtr;
        private final CellStyle bodyRtl;

        Styles(SXSSFWorkbook workbook) {
            var bold = workbook.createFont();
            bold.setBold(true);
            headerLtr = style(workbook, ReadingOrder.LEFT_TO_RIGHT);
            headerRtl = style(workbook, ReadingOrder.RIGHT_TO_LEFT);
            for (var header : List.of(headerLtr, headerRtl)) {
                header.setFont(bold);
                header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            bodyLtr = style(workbook, ReadingOrder.LEFT_TO_RIGHT);
            bodyRtl = style(workbook, ReadingOrder.RIGHT_TO_LEFT);
        }

        private static CellStyle style(SXSSFWorkbook workbook, ReadingOrder order) {
            var style = (XSSFCellStyle) workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setReadingOrder(order);
            return style;
        }

        CellStyle header(Language language) {
            return language.isRightToLeft() ? headerRtl : headerLtr;
        }

        CellStyle body(Language language) {
            return language.isRightToLeft() ? bodyRtl : bodyLtr;
        }
    }
}
