package org.majlis.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;

/**
 * A chair exports the room's matrix from the Matrix tab: the menu, the progress, the download link, and the file
 * read back with POI — in Arabic a right-to-left sheet with the room's entries. Screenshots (English and Arabic) in
 * {@code target/screenshots/matrix-export-*.png}.
 */
class MatrixExportIT extends BrowserTest {

    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixFixtures fx;

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", "matrix-export-" + name + ".png")));
    }

    @Test
    void a_chair_exports_the_rooms_matrix_to_xlsx_in_arabic_from_the_matrix_tab() throws IOException {
        var eco = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        var code = MatrixFixtures.uniqueCode();
        as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));

        useLanguage(Language.AR);
        signIn("eco.chair.un");
        open("/rooms/" + eco);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText(text(Language.AR, "room.tab.matrix")))
                .click();
        assertThat(page.locator("#matrix-grid")).containsText(code);

        page.locator("#matrix-export-button").click();
        page.locator("#matrix-export-xlsx").click();
        // the reader's own language comes first in the list
        var arabic = page.locator("#matrix-export-xlsx-ar");
        assertThat(arabic).isVisible();
        screenshot(page, "menu-ar");
        arabic.click();

        var link = page.locator("#matrix-export-download");
        assertThat(link).isVisible();
        assertThat(link).containsText("matrix-16-cooperation-on-economic-and-scientific-issues-ar.xlsx");
        screenshot(page, "ready-ar");
        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename())
                .isEqualTo("matrix-16-cooperation-on-economic-and-scientific-issues-ar.xlsx");
        var file = download.path();
        Files.createDirectories(Path.of("target", "downloads"));
        download.saveAs(Path.of("target", "downloads", download.suggestedFilename()));

        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(text(Language.AR,
                    "matrix.field.code"));
            var codes = new ArrayList<String>();
            for (var row = 1; row <= sheet.getLastRowNum(); row++) {
                codes.add(sheet.getRow(row).getCell(0).getStringCellValue());
            }
            assertThat(codes).contains(code);
            var row = sheet.getRow(1 + codes.indexOf(code));
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("احتياطيات الأمن الغذائي");
            assertThat(row.getCell(row.getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo(text(Language.AR, "matrix.status.DRAFT"));
        }
    }

    @Test
    void in_english_the_menu_offers_every_format_and_a_pdf_of_the_three_languages_side_by_side() throws IOException {
        var eco = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        signIn("eco.chair.un");
        open("/rooms/" + eco);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText(text("room.tab.matrix"))).click();
        page.locator("#matrix-export-button").click();
        page.locator("#matrix-export-pdf").click();
        var sideBySide = page.locator("#matrix-export-pdf-all");
        assertThat(sideBySide).hasText(text("export.layout.side-by-side"));
        screenshot(page, "menu-en");
        sideBySide.click();
        var link = page.locator("#matrix-export-download");
        assertThat(link).containsText("matrix-16-cooperation-on-economic-and-scientific-issues-en-fr-ar.pdf");
        screenshot(page, "ready-en");
        var download = page.waitForDownload(link::click);
        assertThat(new String(Files.readAllBytes(download.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void the_secretariat_exports_an_editions_matrix_side_by_side_from_the_outcome_documents() throws IOException {
        signIn("admin");
        open("/admin/outcome-documents");
        assertThat(page.locator("#outcome-15")).isVisible();
        assertThat(page.locator("#outcome-15-review-menu")).hasCount(0);
        page.locator("#outcome-15-matrix-button").click();
        page.locator("#outcome-15-matrix-docx").click();
        page.locator("#outcome-15-matrix-docx-all").click();
        var link = page.locator("#outcome-15-matrix-download");
        assertThat(link).containsText("matrix-15-geneva-en-fr-ar.docx");
        screenshot(page, "outcome-documents-en");
        var download = page.waitForDownload(link::click);
        try (var document = new XWPFDocument(Files.newInputStream(download.path()))) {
            // a heading and a table per working session, each with the three languages side by side
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(3);
            var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
            assertThat(text).contains("POL-01", "ECO-01", "CSH-01")
                    .contains("تعزيز المؤسسات العامة والحكم الرشيد")
                    .contains("Renforcement des institutions publiques et de la bonne gouvernance");
        }
    }
}
