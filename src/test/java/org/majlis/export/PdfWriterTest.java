package org.majlis.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.export.ExportSamples.AR_SENTENCE;
import static org.majlis.export.ExportSamples.EN_SENTENCE;
import static org.majlis.export.ExportSamples.FR_SENTENCE;
import static org.majlis.export.ExportSamples.MARKS;
import static org.majlis.export.ExportSamples.ONLY_ENGLISH;
import static org.majlis.export.ExportSamples.keep;
import static org.majlis.export.ExportSamples.write;

class PdfWriterTest {

    private static final int DPI = 200;
    /** The title is set in Amiri Bold at 18pt. */
    private static final float TITLE_PIXELS = 18f * DPI / 72;

    @Test
    void anArabicExportRendersLikeAmiriShapingTheSameTextAndNotLikeBoxesOrLooseLetters() throws IOException {
        var doc = new Doc(Translated.of("Title", "Titre", AR_SENTENCE), false, List.of());
        var title = titleLine(writePdf(doc, true), "arabic-title");
        var withoutBidi = titleLine(writePdf(doc, false), "arabic-title-without-bidi");

        var font = InkImages.amiri(ExportFonts.bold(), TITLE_PIXELS);
        var reference = InkImages.shaped(AR_SENTENCE, font);
        var looseLetters = InkImages.isolatedLetters(AR_SENTENCE, font);
        var boxes = InkImages.boxes(AR_SENTENCE, font);
        keep("arabic-title-reference.png", InkImages.png(reference));
        keep("arabic-title-isolated-letters.png", InkImages.png(looseLetters));
        keep("arabic-title-boxes.png", InkImages.png(boxes));

        assertThat(InkImages.ink(title)).as("the page is not blank").isNotNull();
        double pdf = InkImages.similarity(title, reference);
        double unjoined = InkImages.similarity(looseLetters, reference);
        double tofu = InkImages.similarity(boxes, reference);
        double reversed = InkImages.similarity(withoutBidi, reference);
        System.out.printf("similarity to Amiri's own rendering: pdf %.3f, isolated letters %.3f, boxes %.3f,"
                + " pdf without ICU bidi %.3f%n", pdf, unjoined, tofu, reversed);
        // openhtmltopdf joins letters with ICU's Arabic presentation forms, not Amiri's own OpenType rules (Java2D
        // applies those through HarfBuzz): a few ligatures and widths differ, so the PDF scores about 0.67 where
        // unjoined, reversed or missing glyphs score 0.3 or less.
        assertThat(InkImages.aspect(title)).as("about as wide for its height as the reference")
                .isCloseTo(InkImages.aspect(reference), org.assertj.core.data.Percentage.withPercentage(15));
        assertThat(pdf).as("the PDF's Arabic looks like the reference").isGreaterThan(0.55);
        assertThat(List.of(unjoined, tofu, reversed)).as("what broken Arabic scores")
                .allSatisfy(score -> assertThat(score).isLessThan(pdf - 0.25));
    }

    @Test
    void textExtractedFromAnArabicExportIsInTheOrderTyped() throws IOException {
        var pdf = write(ExportSamples.report(), Format.PDF, Layout.of(Language.AR));
        keep("report-ar.pdf", pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var text = text(document);
            // PDFBox's text stripper maps Amiri's joined glyphs back to letters and puts right-to-left lines back
            // into logical order, so the sentence comes out exactly as typed.
            assertThat(text).contains(AR_SENTENCE, "تقرير الجلسة العملية الأولى", "السطر الثاني\nالسطر الثالث");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("تقرير الجلسة العملية الأولى");
            assertThat(fonts(document)).as("only Amiri, embedded").isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("Amiri");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void aMissingTranslationIsMarkedAndItsTextShown() throws IOException {
        try (var document = Loader.loadPDF(write(ExportSamples.report(), Format.PDF, Layout.of(Language.FR)))) {
            var text = text(document);
            assertThat(text).contains(FR_SENTENCE, "[Non traduit — texte anglais] " + ONLY_ENGLISH)
                    .doesNotContain(EN_SENTENCE);
        }
    }

    @Test
    void sideBySidePutsEnglishLeftFrenchInTheMiddleAndArabicRight() throws IOException {
        var pdf = write(ExportSamples.report(), Format.PDF, Layout.SIDE_BY_SIDE);
        keep("report-side-by-side.pdf", pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var positions = new Positions();
            positions.getText(document);
            assertThat(positions.x("Strengthening")).isLessThan(positions.x("Renforcer"));
            assertThat(positions.x("Renforcer")).isLessThan(positions.x("تعزيز"));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(
                    "Report of Working Session I / Rapport de la séance de travail I / تقرير الجلسة العملية الأولى");
        }
    }

    @Test
    void anArabicTableHasItsFirstColumnOnTheRight() throws IOException {
        try (var document = Loader.loadPDF(write(ExportSamples.report(), Format.PDF, Layout.of(Language.AR)))) {
            var positions = new Positions();
            positions.getText(document);
            assertThat(positions.x("المنظمة")).as("first column").isGreaterThan(positions.x("المداخلة"));
            assertThat(positions.x("المداخلة")).isGreaterThan(positions.x("المدة"));
        }
    }

    @Test
    void aLandscapeMatrixRepeatsItsHeaderOnEveryPage() throws IOException {
        var sheet = ExportSamples.matrix("Room", 60, 8);
        var doc = new Doc(Translated.of("Matrix", "Matrice", "المصفوفة"), true, List.of(sheet.table()));
        var pdf = write(doc, Format.PDF, Layout.of(Language.FR));
        keep("matrix-fr.pdf", pdf);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape A4").isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            var stripper = new PDFTextStripper();
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                assertThat(stripper.getText(document)).as("page " + number).contains("Colonne 1", "Colonne 8",
                        number + " / " + document.getNumberOfPages());
            }
        }
    }

    @Test
    void chaptersAndSectionsAreTheOutlineOfThePdf() throws IOException {
        var doc = new Doc(Translated.same("Final report"), false, List.of(
                new Doc.Heading(1, Translated.of("Opening plenary", "Séance plénière d’ouverture", "الجلسة الافتتاحية")),
                new Doc.Paragraph(Translated.same("…")),
                new Doc.Heading(1, Translated.of("Working Session I", "Séance de travail I", "الجلسة العملية الأولى")),
                new Doc.Heading(2, Translated.of("Agenda item 1", null, null)),
                new Doc.Heading(3, Translated.same("not in the outline"))));
        for (var layout : List.of(Layout.of(Language.AR), Layout.SIDE_BY_SIDE)) {
            try (var document = Loader.loadPDF(write(doc, Format.PDF, layout))) {
                var outline = document.getDocumentCatalog().getDocumentOutline();
                var chapters = new ArrayList<String>();
                outline.children().forEach(item -> chapters.add(item.getTitle()));
                var english = layout.sideBySide();
                assertThat(chapters).containsExactly(english ? "Opening plenary" : "الجلسة الافتتاحية",
                        english ? "Working Session I" : "الجلسة العملية الأولى");
                var sections = new ArrayList<String>();
                outline.getLastChild().children().forEach(item -> sections.add(item.getTitle()));
                assertThat(sections).containsExactly("Agenda item 1");
            }
        }
    }

    @Test
    void textIsEscaped() {
        var doc = new Doc(Translated.same("<b>&</b> \"x\" 'y'\u0001"), false, List.of());
        var html = new PdfWriter(doc, Layout.of(Language.EN), MARKS).html();
        assertThat(html).contains("&lt;b&gt;&amp;&lt;/b&gt; &quot;x&quot; &#39;y&#39;").doesNotContain("\u0001");
    }

    private static byte[] writePdf(Doc doc, boolean bidi) throws IOException {
        var out = new ByteArrayOutputStream();
        new PdfWriter(doc, Layout.of(Language.AR), MARKS, bidi).write(out);
        return out.toByteArray();
    }

    /** The top part of the first page (where the title is), rendered, kept as PNG. */
    private static BufferedImage titleLine(byte[] pdf, String name) throws IOException {
        keep(name + ".pdf", pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
            keep(name + "-page.png", InkImages.png(page));
            var top = page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 6);
            keep(name + ".png", InkImages.png(top));
            return top;
        }
    }

    private static String text(PDDocument document) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        var fonts = new ArrayList<PDFont>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** Where words start on the first page (the left edge of their first letter in logical order). */
    private static final class Positions extends PDFTextStripper {
        private final List<String> words = new ArrayList<>();
        private final List<Float> xs = new ArrayList<>();

        Positions() {
            setStartPage(1);
            setEndPage(1);
        }

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
            float left = Float.MAX_VALUE;
            for (var position : positions) {
                left = Math.min(left, position.getXDirAdj());
            }
            words.add(text);
            xs.add(left);
        }

        float x(String word) {
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).contains(word)) {
                    return xs.get(i);
                }
            }
            throw new AssertionError(word + " not found in " + words);
        }
    }
}
