package org.majlis.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.export.ExportSamples.AR_SENTENCE;
import static org.majlis.export.ExportSamples.EN_SENTENCE;
import static org.majlis.export.ExportSamples.FR_SENTENCE;
import static org.majlis.export.ExportSamples.ONLY_ENGLISH;
import static org.majlis.export.ExportSamples.keep;
import static org.majlis.export.ExportSamples.write;

class DocxWriterTest {

    @Test
    void anArabicReportIsRightToLeftInParagraphsRunsAndTables() throws IOException {
        var bytes = write(ExportSamples.report(), Format.DOCX, Layout.of(Language.AR));
        keep("report-ar.docx", bytes);
        try (var docx = read(bytes)) {
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("تقرير الجلسة العملية الأولى");
            var sentence = paragraph(docx.getParagraphs(), AR_SENTENCE);
            assertThat(sentence.getCTP().getPPr().isSetBidi()).as("w:bidi").isTrue();
            var run = sentence.getRuns().getFirst().getCTR().getRPr();
            assertThat(run.sizeOfRtlArray()).as("w:rtl").isEqualTo(1);
            assertThat(run.getLangArray(0).getBidi()).isEqualTo("ar-SA");
            assertThat(run.getRFontsArray(0).getCs()).isEqualTo("Amiri");

            var table = docx.getTables().getFirst();
            assertThat(table.getCTTbl().getTblPr().isSetBidiVisual()).as("bidiVisual").isTrue();
            assertThat(texts(table.getRow(0).getTableCells())).containsExactly("المنظمة", "المداخلة", "المدة");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(texts(table.getRow(1).getTableCells())).containsExactly("اليونسكو", "بيان", "4:30");
        }
    }

    @Test
    void headingsUseWordsHeadingStylesAndBlocksKeepTheirOrder() throws IOException {
        try (var docx = read(write(ExportSamples.report(), Format.DOCX, Layout.of(Language.EN)))) {
            var paragraphs = docx.getParagraphs().stream().filter(p -> !p.getText().isEmpty()).toList();
            assertThat(paragraphs).extracting(XWPFParagraph::getText).startsWith("Report of Working Session I",
                    "Agenda item 1", EN_SENTENCE, "Second line\nthird line", ONLY_ENGLISH);
            assertThat(paragraphs).extracting(XWPFParagraph::getStyle).startsWith("Title", "Heading1", null, null,
                    "Heading2");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .hasToString("0");
            assertThat(paragraph(docx.getParagraphs(), EN_SENTENCE).getCTP().getPPr()).as("no bidi in English")
                    .matches(pPr -> pPr == null || !pPr.isSetBidi());
        }
    }

    @Test
    void aMissingTranslationShowsAnotherLanguageVisiblyMarkedInItsOwnDirection() throws IOException {
        try (var docx = read(write(ExportSamples.report(), Format.DOCX, Layout.of(Language.AR)))) {
            var heading = paragraph(docx.getParagraphs(), ONLY_ENGLISH);
            assertThat(heading.getText()).isEqualTo("[غير مترجم — النص الإنجليزي] " + ONLY_ENGLISH);
            assertThat(heading.getRuns().getFirst().isItalic()).as("the mark").isTrue();
            assertThat(heading.getCTP().getPPr() == null || !heading.getCTP().getPPr().isSetBidi())
                    .as("the English text keeps its left-to-right direction").isTrue();
            assertThat(heading.getRuns().getLast().getCTR().getRPr().sizeOfRtlArray()).isZero();
            var cell = docx.getTables().getFirst().getRow(2).getCell(1);
            assertThat(cell.getText()).isEqualTo("[غير مترجم — النص الإنجليزي] " + ONLY_ENGLISH);
        }
    }

    @Test
    void sideBySideHasEnglishFrenchArabicColumnsAndTheTableOncePerLanguage() throws IOException {
        var bytes = write(ExportSamples.report(), Format.DOCX, Layout.SIDE_BY_SIDE);
        keep("report-side-by-side.docx", bytes);
        try (var docx = read(bytes)) {
            var row = docx.getTables().stream().flatMap(t -> t.getRows().stream())
                    .filter(r -> r.getCell(0).getText().equals(EN_SENTENCE)).findFirst().orElseThrow();
            assertThat(row.getTable().getCTTbl().getTblPr().isSetBidiVisual()).as("columns left to right").isFalse();
            assertThat(texts(row.getTableCells())).containsExactly(EN_SENTENCE, FR_SENTENCE, AR_SENTENCE);
            var arabic = row.getCell(2).getParagraphs().getFirst();
            assertThat(arabic.getCTP().getPPr().isSetBidi()).isTrue();
            assertThat(row.getCell(0).getParagraphs().getFirst().getCTP().getPPr()).matches(p -> p == null
                    || !p.isSetBidi());

            var tables = docx.getTables().stream().filter(t -> t.getNumberOfRows() == 3).toList();
            assertThat(tables).extracting(t -> t.getRow(0).getCell(2).getText())
                    .containsExactly("Duration", "Durée", "المدة");
            assertThat(tables).extracting(t -> t.getCTTbl().getTblPr().isSetBidiVisual())
                    .containsExactly(false, false, true);
        }
    }

    @Test
    void aLandscapeDocumentHasLandscapePages() throws IOException {
        var doc = new Doc(Translated.same("Matrix"), true, List.of(ExportSamples.matrix("Room", 3, 14).table()));
        try (var docx = read(write(doc, Format.DOCX, Layout.of(Language.FR)))) {
            var size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue())
                    .isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
            assertThat(docx.getTables().getFirst().getRow(0).getTableCells()).hasSize(14);
        }
    }

    @Test
    void runPropertiesAreInTheOrderWordExpects() throws IOException {
        // CT_RPr is a sequence in the OOXML schema; Word may call a file with them out of order unreadable.
        var order = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "rtl", "lang");
        for (var layout : List.of(Layout.of(Language.AR), Layout.of(Language.FR), Layout.SIDE_BY_SIDE)) {
            try (var docx = read(write(ExportSamples.report(), Format.DOCX, layout))) {
                var runs = new java.util.ArrayList<org.apache.poi.xwpf.usermodel.XWPFRun>();
                docx.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(
                        c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
                assertThat(runs).hasSizeGreaterThan(10);
                for (var run : runs.stream().filter(r -> r.getCTR().getRPr() != null).toList()) {
                    var names = new java.util.ArrayList<String>();
                    try (var cursor = run.getCTR().getRPr().newCursor()) {
                        for (var more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                            names.add(cursor.getName().getLocalPart());
                        }
                    }
                    assertThat(order).as(run.text() + " " + names).containsSubsequence(names);
                }
            }
        }
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFParagraph paragraph(List<XWPFParagraph> paragraphs, String containing) {
        return paragraphs.stream().filter(p -> p.getText().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + containing));
    }

    private static List<String> texts(List<org.apache.poi.xwpf.usermodel.XWPFTableCell> cells) {
        return cells.stream().map(org.apache.poi.xwpf.usermodel.XWPFTableCell::getText).toList();
    }

}
