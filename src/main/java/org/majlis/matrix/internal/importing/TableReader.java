package org.majlis.matrix.internal.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.majlis.base.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded XLSX or CSV file into {@link RawSheet}s of text. The type is told from the file's first bytes,
 * not its name: an XLSX is a ZIP archive, a CSV is UTF-8 text (with or without a byte order mark; comma or
 * semicolon separated, as Excel writes it in French). Anything else, or a damaged file, is refused with a translated
 * reason ({@link InvalidInputException} on the field {@code file}), never a stack trace.
 */
public final class TableReader {

    /** Cells longer than this are cut (a matrix text holds at most 5,000 characters; the validator then says so). */
    private static final int MAX_CELL = 32_767;

    private TableReader() {
    }

    public static List<RawSheet> read(String fileName, byte[] content, int maxRows) {
        if (content.length == 0) {
            throw new InvalidInputException("file", "matrix.import.error.empty");
        }
        if (isZip(content)) {
            return xlsx(content, maxRows);
        }
        if (isOle2(content)) {
            // An .xls of Excel 97–2003 (or any other Office binary): asked to save it as .xlsx.
            throw new InvalidInputException("file", "matrix.import.error.old-excel");
        }
        var lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".txt")) {
            throw new InvalidInputException("file", "matrix.import.error.type");
        }
        return List.of(csv(content, maxRows));
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean isOle2(byte[] content) {
        return content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xE0;
    }

    private static List<RawSheet> xlsx(byte[] content, int maxRows) {
        // POI refuses archives that inflate suspiciously (zip bombs, ZipSecureFile's defaults): a damaged file here.
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var formatter = new DataFormatter(Locale.ROOT);
            var sheets = new ArrayList<RawSheet>();
            int total = 0;
            for (var sheet : workbook) {
                var rows = new ArrayList<RawSheet.Row>();
                for (var row : sheet) {
                    var cells = new ArrayList<String>();
                    int last = Math.max(row.getLastCellNum(), 0);
                    for (int column = 0; column < last; column++) {
                        cells.add(text(row.getCell(column), formatter));
                    }
                    if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                        if (++total > maxRows + sheets.size() + 1) {
                            throw new InvalidInputException("file", "matrix.import.error.too-many-rows", maxRows);
                        }
                        rows.add(new RawSheet.Row(row.getRowNum() + 1, cells));
                    }
                }
                sheets.add(new RawSheet(sheet.getSheetName(), rows));
            }
            return sheets;
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Not an Excel workbook (another ZIP, a damaged or truncated file, a zip bomb).
            throw new InvalidInputException("file", "matrix.import.error.malformed-xlsx");
        }
    }

    /** A cell as the text it shows; dates as ISO dates, numbers without grouping. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value;
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            value = cell.getLocalDateTimeCellValue().toLocalDate().toString();
        } else if (type == CellType.NUMERIC) {
            value = java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        } else if (type == CellType.STRING) {
            value = cell.getCellType() == CellType.FORMULA ? cell.getStringCellValue()
                    : cell.getRichStringCellValue().getString();
        } else {
            value = formatter.formatCellValue(cell);
        }
        return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
    }

    private static RawSheet csv(byte[] content, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "matrix.import.error.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException("file", "matrix.import.error.type");
        }
        var firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        var rows = new ArrayList<RawSheet.Row>();
        try (var reader = CsvReader.builder().fieldSeparator(separator).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(text)) {
            int number = 0;
            for (var record : reader) {
                number++;
                var cells = record.getFields().stream().map(TableReader::unguarded).toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    if (rows.size() > maxRows) {
                        throw new InvalidInputException("file", "matrix.import.error.too-many-rows", maxRows);
                    }
                    rows.add(new RawSheet.Row(number, cells));
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            throw new InvalidInputException("file", "matrix.import.error.malformed-csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RawSheet(null, rows);
    }

    /** Takes off the apostrophe the CSV export puts before a value a spreadsheet would read as a formula. */
    static String unguarded(String value) {
        if (value.length() >= 2 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
