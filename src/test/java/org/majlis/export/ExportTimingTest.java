package org.majlis.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.majlis.base.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a timed test: run by hand to see how long a 500-row × 14-column matrix takes in each format
 * ({@code ./mvnw verify -Dtest=ExportTimingTest -Dmajlis.export.timing=true …}). The edition benchmark lives in
 * {@code bench/}.
 */
@EnabledIfSystemProperty(named = "majlis.export.timing", matches = "true")
class ExportTimingTest {

    @Test
    void aLandscapeMatrixOf500RowsAnd14Columns() {
        var sheet = ExportSamples.matrix("Matrix", 500, 14);
        var doc = new Doc(Translated.of("Matrix", "Matrice", "المصفوفة"), true, List.of(sheet.table()));
        for (int round = 1; round <= 3; round++) {
            for (var language : List.of(Language.EN, Language.AR)) {
                var pdf = time(() -> ExportSamples.write(doc, Format.PDF, Layout.of(language)));
                var docx = time(() -> ExportSamples.write(doc, Format.DOCX, Layout.of(language)));
                var xlsx = time(() -> ExportSamples.write(List.of(sheet), Format.XLSX, language));
                var csv = time(() -> ExportSamples.write(List.of(sheet), Format.CSV, language));
                System.out.printf("round %d %s: PDF %d ms (%d kB), DOCX %d ms (%d kB), XLSX %d ms (%d kB),"
                                + " CSV %d ms (%d kB)%n", round, language, pdf.millis, pdf.size / 1024, docx.millis,
                        docx.size / 1024, xlsx.millis, xlsx.size / 1024, csv.millis, csv.size / 1024);
                if (round == 3) {
                    ExportSamples.keep("timing-" + language.code() + ".pdf", pdf.bytes);
                }
                assertThat(List.of(pdf, docx, xlsx, csv)).allSatisfy(t -> assertThat(t.size).isPositive());
            }
        }
    }

    private record Timed(long millis, int size, byte[] bytes) {
    }

    private static Timed time(java.util.function.Supplier<byte[]> export) {
        long start = System.nanoTime();
        var bytes = export.get();
        return new Timed((System.nanoTime() - start) / 1_000_000, bytes.length, bytes);
    }
}
