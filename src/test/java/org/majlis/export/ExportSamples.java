package org.majlis.export;

import org.majlis.base.Language;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Documents and sheets the writer tests export, and a place to keep the files for a look. */
final class ExportSamples {

    static final String AR_SENTENCE = "تعزيز التعاون بين الأمم المتحدة ومنظمة التعاون الإسلامي";
    static final String EN_SENTENCE = "Strengthening cooperation between the United Nations and the OIC";
    static final String FR_SENTENCE = "Renforcer la coopération entre les Nations Unies et l’OCI";

    /** Only in English: French and Arabic documents show it marked as a fallback. */
    static final String ONLY_ENGLISH = "Capacity building in statistics (SESRIC)";

    static final FallbackMarks MARKS = (document, text) -> switch (document) {
        case EN -> "[Not translated — " + name(text, "French", "Arabic", "English") + " text]";
        case FR -> "[Non traduit — texte " + name(text, "français", "arabe", "anglais") + "]";
        case AR -> "[غير مترجم — النص " + name(text, "الفرنسي", "العربي", "الإنجليزي") + "]";
    };

    static final DocumentWriters WRITERS = new DocumentWriters();

    private ExportSamples() {
    }

    private static String name(Language language, String fr, String ar, String en) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case AR -> ar;
        };
    }

    static Translated sentence() {
        return Translated.of(EN_SENTENCE, FR_SENTENCE, AR_SENTENCE);
    }

    /** A small report: title, headings, a paragraph, a note, a table with a missing translation, a page break. */
    static Doc report() {
        return new Doc(Translated.of("Report of Working Session I", "Rapport de la séance de travail I",
                "تقرير الجلسة العملية الأولى"), false, List.of(
                new Doc.Heading(1, Translated.of("Agenda item 1", "Point 1 de l’ordre du jour", "البند 1 من جدول الأعمال")),
                new Doc.Paragraph(sentence()),
                new Doc.Paragraph(Translated.of("Second line\nthird line", "Deuxième ligne\ntroisième ligne",
                        "السطر الثاني\nالسطر الثالث"), true),
                new Doc.Heading(2, Translated.of(ONLY_ENGLISH, null, null)),
                new Doc.Table(List.of(Translated.of("Organisation", "Organisation", "المنظمة"),
                        Translated.of("Intervention", "Intervention", "المداخلة"),
                        Translated.of("Duration", "Durée", "المدة")),
                        List.of(List.of(Translated.of("UNESCO", "UNESCO", "اليونسكو"),
                                        Translated.of("Statement", "Déclaration", "بيان"), Translated.same("4:30")),
                                List.of(Translated.of("SESRIC", "SESRIC", "سيسريك"),
                                        Translated.of(ONLY_ENGLISH, null, null), Translated.same("2:05")))),
                new Doc.PageBreak(),
                new Doc.Heading(1, Translated.of("Recommendations", "Recommandations", "التوصيات")),
                new Doc.Paragraph(Translated.empty())));
    }

    /** A matrix-like sheet of {@code rows} × {@code columns} with Arabic, French and English text. */
    static Sheet matrix(String name, int rows, int columns) {
        var headers = new ArrayList<Translated>();
        for (int c = 0; c < columns; c++) {
            headers.add(Translated.of("Column " + (c + 1), "Colonne " + (c + 1), "العمود " + (c + 1)));
        }
        var body = new ArrayList<List<Translated>>();
        for (int r = 0; r < rows; r++) {
            var row = new ArrayList<Translated>();
            for (int c = 0; c < columns; c++) {
                row.add(Translated.of("Joint activity " + r + " on " + EN_SENTENCE.toLowerCase(),
                        "Activité conjointe " + r + " : " + FR_SENTENCE, "نشاط مشترك " + r + " " + AR_SENTENCE));
            }
            body.add(row);
        }
        return new Sheet(Translated.of(name, name, name), new Doc.Table(headers, body));
    }

    static byte[] write(Doc doc, Format format, Layout layout) {
        var out = new ByteArrayOutputStream();
        try {
            WRITERS.write(doc, format, layout, MARKS, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] write(List<Sheet> sheets, Format format, Language language) {
        var out = new ByteArrayOutputStream();
        try {
            WRITERS.write(sheets, format, language, MARKS, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Keeps a file under target/export-test/ to look at. */
    static Path keep(String name, byte[] content) {
        try {
            var dir = Path.of("target", "export-test");
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
