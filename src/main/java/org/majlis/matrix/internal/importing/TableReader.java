package org.majlis.matrix.internal.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.majlis.base.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.ParserConfigurationException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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

    /**
     * Reads the workbook's sheets as a stream of SAX events (POI's event API), not as a tree of cell objects: a
     * 5,000-row sheet is read in a fraction of the time and memory.
     */
    private static List<RawSheet> xlsx(byte[] content, int maxRows) {
        // POI refuses archives that inflate suspiciously (zip bombs, ZipSecureFile's defaults): a damaged file here.
        try (var pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            var sheets = new ArrayList<RawSheet>();
            var total = new int[1];
            var iterator = reader.getSheetIterator();
            while (iterator.hasNext()) {
                try (var stream = iterator.next()) {
                    var rows = new ArrayList<RawSheet.Row>();
                    var collector = new RowCollector(rows, total, maxRows + 1);
                    var parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new PlainFormatter(),
                            false));
                    parser.parse(new InputSource(stream));
                    sheets.add(new RawSheet(iterator.getSheetName(), rows));
                }
            }
            return sheets;
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | RuntimeException e) {
            // Not an Excel workbook (another ZIP, a damaged or truncated file, a zip bomb).
            throw new InvalidInputException("file", "matrix.import.error.malformed-xlsx");
        }
    }

    /** Collects one sheet's non-empty rows as text, cells by column; stops the file beyond the row limit. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<RawSheet.Row> rows;
        private final int[] total;
        private final int limit;
        private final List<String> cells = new ArrayList<>();

        RowCollector(List<RawSheet.Row> rows, int[] total, int limit) {
            this.rows = rows;
            this.total = total;
            this.limit = limit;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                if (++total[0] > limit) {
                    throw new InvalidInputException("file", "matrix.import.error.too-many-rows", limit - 1);
                }
                rows.add(new RawSheet.Row(rowNum + 1, List.copyOf(cells)));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            var text = value == null ? "" : value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
            if (cells.size() == column) {
                cells.add(text);
            } else {
                cells.set(column, text);
            }
        }
    }

    /** Numbers as written without grouping, dates as ISO dates, whatever the cell's display format. */
    private static final class PlainFormatter extends DataFormatter {

        PlainFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
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
