package org.majlis.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.export.ExportSamples.MARKS;
import static org.majlis.export.ExportSamples.ONLY_ENGLISH;
import static org.majlis.export.ExportSamples.keep;
import static org.majlis.export.ExportSamples.write;

class XlsxWriterTest {

    private static final List<Sheet> SHEETS = List.of(ExportSamples.matrix("Room 1", 5, 4), sheet());

    /** A room whose matrix has a formula-looking entry and an entry only in English. */
    private static Sheet sheet() {
        var headers = List.of(Translated.of("Activity", "Activité", "النشاط"),
                Translated.of("Partners", "Partenaires", "الشركاء"));
        var rows = List.of(List.of(Translated.same("=HYPERLINK(\"http://example.org\",\"x\")"),
                        Translated.same("+1 -2 @3")),
                List.of(Translated.of(ONLY_ENGLISH, null, null), Translated.of("UNDP", "PNUD", "برنامج الأمم المتحدة الإنمائي")));
        return new Sheet(Translated.of("Room 2: Science/Tech [A]", "Salle 2 : Science/Tech [A]",
                "القاعة 2: العلوم/التكنولوجيا [أ]"), new Doc.Table(headers, rows));
    }

    @Test
    void anArabicWorkbookHasRightToLeftSheetsAndCells() throws IOException {
        var bytes = write(SHEETS, Format.XLSX, Language.AR);
        keep("matrix-ar.xlsx", bytes);
        try (var workbook = read(bytes)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            var sheet = workbook.getSheetAt(1);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("النشاط");
            assertThat(order(sheet, 0, 0)).isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
            assertThat(order(sheet, 2, 1)).isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("[غير مترجم — النص الإنجليزي] " + ONLY_ENGLISH);
            assertThat(order(sheet, 2, 0)).as("an English fallback reads left to right")
                    .isEqualTo(ReadingOrder.LEFT_TO_RIGHT);
        }
    }

    @Test
    void anEnglishOrFrenchWorkbookIsLeftToRight() throws IOException {
        try (var workbook = read(write(SHEETS, Format.XLSX, Language.FR))) {
            var sheet = workbook.getSheetAt(1);
            assertThat(sheet.isRightToLeft()).isFalse();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Partenaires");
            assertThat(order(sheet, 0, 1)).isEqualTo(ReadingOrder.LEFT_TO_RIGHT);
        }
    }

    @Test
    void eachSheetHasABoldFrozenHeaderFiltersAndWrappedText() throws IOException {
        var bytes = write(SHEETS, Format.XLSX, Language.EN);
        keep("matrix-en.xlsx", bytes);
        try (var workbook = read(bytes)) {
            var sheet = workbook.getSheetAt(0);
            var pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D6");
            var header = sheet.getRow(0).getCell(0);
            assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(0)).as("wide enough for the text, not endless")
                    .isBetween(20 * 256, 60 * 256);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void formulaLookingValuesAreTextNeverFormulas() throws IOException {
        try (var workbook = read(write(SHEETS, Format.XLSX, Language.EN))) {
            var cell = workbook.getSheetAt(1).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.org\",\"x\")");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void sheetNamesAreWhatExcelAcceptsAndUnique() throws IOException {
        var long1 = ExportSamples.matrix("Working Session III: Science, Technology and Innovation", 1, 1);
        var long2 = ExportSamples.matrix("Working Session III: Science, Technology and Innovation", 1, 1);
        try (var workbook = read(write(List.of(long1, long2, sheet()), Format.XLSX, Language.EN))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Working Session III Science, Te").hasSize(31);
            assertThat(workbook.getSheetName(1)).isEqualTo("Working Session III Science (2)").hasSize(31);
            assertThat(workbook.getSheetName(2)).isEqualTo("Room 2 Science Tech A");
        }
        assertThat(XlsxWriter.sheetName("", 3, new HashSet<>())).isEqualTo("3");
        var taken = new HashSet<String>();
        assertThat(List.of(XlsxWriter.sheetName("Room", 1, taken), XlsxWriter.sheetName("ROOM", 2, taken)))
                .containsExactly("Room", "ROOM (2)");
    }

    @Test
    void nothingIsLeftEmptyWhenATranslationIsMissing() throws IOException {
        try (var workbook = read(write(SHEETS, Format.XLSX, Language.FR))) {
            assertThat(workbook.getSheetAt(1).getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo(MARKS.mark(Language.FR, Language.EN) + " " + ONLY_ENGLISH);
        }
    }

    private static ReadingOrder order(XSSFSheet sheet, int row, int column) {
        return ((XSSFCellStyle) sheet.getRow(row).getCell(column).getCellStyle()).getReadingOrder();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
