package org.majlis.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.export.ExportSamples.MARKS;
import static org.majlis.export.ExportSamples.WRITERS;
import static org.majlis.export.ExportSamples.write;

class DocumentWritersTest {

    @Test
    void documentsAndSheetsGoOnlyToTheirFormats() {
        var sheets = List.of(ExportSamples.matrix("Room", 1, 1));
        assertThatThrownBy(() -> WRITERS.write(ExportSamples.report(), Format.XLSX, Layout.of(Language.EN), MARKS,
                new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WRITERS.write(sheets, Format.PDF, Language.EN, MARKS, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exportsRunningAtTheSameTimeDoNotMixTheirContent() throws Exception {
        var tasks = List.<Callable<String>>of(
                () -> text(write(ExportSamples.report(), Format.PDF, Layout.of(Language.AR))),
                () -> text(write(ExportSamples.report(), Format.PDF, Layout.of(Language.FR))),
                () -> text(write(ExportSamples.report(), Format.PDF, Layout.of(Language.AR))),
                () -> text(write(ExportSamples.report(), Format.PDF, Layout.of(Language.FR))));
        try (var pool = Executors.newFixedThreadPool(4)) {
            var results = pool.invokeAll(tasks);
            var texts = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertThat(texts.get(0)).isEqualTo(texts.get(2)).contains(ExportSamples.AR_SENTENCE);
            assertThat(texts.get(1)).isEqualTo(texts.get(3)).contains(ExportSamples.FR_SENTENCE);
        }
    }

    @Test
    void controlCharactersThatXmlCannotHoldAreDroppedSoTheFilesOpen() throws Exception {
        var text = Translated.same("before\u0001\u0007after\r\nnext line");
        var doc = new Doc(text, false, List.of(new Doc.Paragraph(text)));
        try (var docx = new XWPFDocument(new ByteArrayInputStream(write(doc, Format.DOCX, Layout.of(Language.EN))))) {
            assertThat(docx.getParagraphs().get(1).getText()).isEqualTo("beforeafter\nnext line");
        }
        var sheet = new Sheet(text, new Doc.Table(List.of(text), List.of(List.of(text))));
        try (var xlsx = new XSSFWorkbook(new ByteArrayInputStream(write(List.of(sheet), Format.XLSX, Language.EN)))) {
            assertThat(xlsx.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("beforeafter\nnext line");
        }
    }

    @Test
    void theCallersStreamIsLeftOpen() throws Exception {
        for (var format : Format.values()) {
            var closed = new boolean[1];
            var out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            if (format.document()) {
                WRITERS.write(ExportSamples.report(), format, Layout.of(Language.AR), MARKS, out);
            } else {
                WRITERS.write(List.of(ExportSamples.matrix("Room", 2, 2)), format, Language.AR, MARKS, out);
            }
            assertThat(out.size()).as(format.name()).isPositive();
            assertThat(closed[0]).as(format + " leaves the stream open (the download owns it)").isFalse();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
