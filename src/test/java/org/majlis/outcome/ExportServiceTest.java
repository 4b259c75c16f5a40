package org.majlis.outcome;

import de.siegmar.fastcsv.reader.CsvReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.Language;
import org.majlis.export.Format;
import org.majlis.export.Layout;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.matrix.MatrixFixtures.as;

/**
 * Who may export what (ADR 0041): a room's matrix, anyone who may read the room; an edition's matrix and the review,
 * the secretariat only. Ids are not trusted: a room of another edition or a room the user is not in is refused.
 */
@MajlisSpringTest
class ExportServiceTest {

    @Autowired
    ExportService exports;
    @Autowired
    EditionService editions;
    @Autowired
    MatrixFixtures fx;

    long astana;
    long astanaEco;
    long astanaPolitical;
    long genevaEco;

    @BeforeEach
    void setUp() {
        astana = as("admin", () -> editions.list().stream().filter(e -> e.number() == 16).findFirst()
                .orElseThrow().id());
        astanaEco = fx.astanaEco();
        astanaPolitical = fx.room(16, RoomKind.POLITICAL);
        genevaEco = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
    }

    @Test
    void a_participant_cannot_export_the_matrix_of_a_room_they_are_not_in() {
        assertThatThrownBy(() -> as("eco.observer", () -> exports.roomMatrix(astanaPolitical, Format.XLSX,
                Layout.of(Language.EN)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("pol.rapporteur", () -> exports.roomMatrix(astanaEco, Format.PDF,
                Layout.SIDE_BY_SIDE))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_chair_cannot_export_the_same_room_of_another_edition() {
        assertThatThrownBy(() -> as("eco.chair.un", () -> exports.roomMatrix(genevaEco, Format.CSV,
                Layout.of(Language.AR)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_secretariat_exports_an_editions_matrix_and_the_review() {
        for (var user : new String[]{"eco.chair.un", "eco.rapporteur", "eco.observer"}) {
            assertThatThrownBy(() -> as(user, () -> exports.editionMatrix(astana, Format.XLSX,
                    Layout.of(Language.EN)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> exports.review(astana, Format.PDF, Layout.of(Language.AR))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_spreadsheet_is_in_one_language_never_side_by_side() {
        assertThatThrownBy(() -> as("admin", () -> exports.editionMatrix(astana, Format.XLSX, Layout.SIDE_BY_SIDE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_observer_of_the_room_exports_its_matrix_named_after_the_room_and_the_language() {
        var file = as("eco.observer", () -> exports.roomMatrix(astanaEco, Format.XLSX, Layout.of(Language.AR)));
        assertThat(file.fileName()).isEqualTo("matrix-16-cooperation-on-economic-and-scientific-issues-ar.xlsx");
        assertThat(file.format()).isEqualTo(Format.XLSX);
        assertThat(file.size()).isPositive();
    }

    @Test
    void the_editions_matrix_in_arabic_is_a_workbook_of_right_to_left_sheets_one_per_working_session()
            throws Exception {
        var file = as("admin", () -> exports.editionMatrix(geneva(), Format.XLSX, Layout.of(Language.AR)));
        assertThat(file.fileName()).isEqualTo("matrix-15-geneva-ar.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(3); // other tests may add rooms
            for (var i = 0; i < 3; i++) {
                var sheet = workbook.getSheetAt(i);
                assertThat(sheet.isRightToLeft()).isTrue();
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).matches(".*\\p{IsArabic}.*");
            }
            var political = workbook.getSheetAt(0);
            assertThat(political.getRow(1).getCell(0).getStringCellValue()).isEqualTo("POL-01");
            assertThat(political.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("تعزيز المؤسسات العامة والحكم الرشيد");
        }
    }

    @Test
    void the_editions_matrix_as_csv_is_one_utf8_table_with_a_byte_order_mark_and_a_room_column() throws Exception {
        var file = as("admin", () -> exports.editionMatrix(geneva(), Format.CSV, Layout.of(Language.FR)));
        assertThat(file.fileName()).isEqualTo("matrix-15-geneva-fr.csv");
        var text = new String(file.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var reader = CsvReader.builder().ofCsvRecord(new StringReader(text.substring(1)))) {
            var records = reader.stream().toList();
            assertThat(records.getFirst().getField(0)).isEqualTo("Séance de travail");
            assertThat(records.getFirst().getField(1)).isEqualTo("Code de référence");
            assertThat(records.stream().skip(1).map(r -> r.getField(1)).toList())
                    .contains("POL-01", "ECO-01", "CSH-01");
        }
    }

    @Test
    void the_secretariat_exports_the_editions_matrix_and_review_as_documents() throws Exception {
        var pdf = as("admin", () -> exports.editionMatrix(astana, Format.PDF, Layout.SIDE_BY_SIDE));
        assertThat(pdf.fileName()).isEqualTo("matrix-16-astana-en-fr-ar.pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var docx = as("admin", () -> exports.roomMatrix(genevaEco, Format.DOCX, Layout.of(Language.FR)));
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getTables().getFirst().getRow(0).getCell(0).getText()).isEqualTo("Code de référence");
        }
        var review = as("admin", () -> exports.review(astana, Format.PDF, Layout.of(Language.AR)));
        assertThat(review.fileName()).isEqualTo("review-16-astana-ar.pdf");
        try (var document = Loader.loadPDF(review.bytes())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("POL-01").contains("ECO-01");
        }
        var sheet = as("admin", () -> exports.review(astana, Format.XLSX, Layout.of(Language.EN)));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.bytes()))) {
            assertThat(workbook.getSheetAt(0).isRightToLeft()).isFalse();
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Working session");
        }
    }

    private long geneva() {
        return as("admin", () -> editions.list().stream().filter(e -> e.number() == 15).findFirst()
                .orElseThrow().id());
    }
}
