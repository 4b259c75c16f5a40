package org.majlis.export;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.export.ExportSamples.AR_SENTENCE;
import static org.majlis.export.ExportSamples.ONLY_ENGLISH;
import static org.majlis.export.ExportSamples.keep;
import static org.majlis.export.ExportSamples.write;

class CsvWriterTest {

    private static final String TRICKY = "Workshop, \"hybrid\"\nsecond line";

    private static Sheet sheet() {
        var headers = List.of(Translated.of("Activity", "Activité", "النشاط"),
                Translated.of("Partners", "Partenaires", "الشركاء"), Translated.same("%"));
        var rows = List.of(
                List.of(Translated.of(TRICKY, TRICKY, AR_SENTENCE + "، \"مختلط\"\nسطر ثان"),
                        Translated.of("UNDP", "PNUD", "برنامج الأمم المتحدة الإنمائي"), Translated.same("40")),
                List.of(Translated.same("=1+2"), Translated.same("@SUM(A1)"), Translated.same("-10")),
                List.of(Translated.of(ONLY_ENGLISH, null, null), Translated.empty(), Translated.same("+5")));
        return new Sheet(Translated.same("Room 1"), new Doc.Table(headers, rows));
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkAndValuesRoundTrip() throws IOException {
        var bytes = write(List.of(sheet()), Format.CSV, Language.AR);
        keep("matrix-ar.csv", bytes);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var records = read(bytes);
        assertThat(records.getFirst()).containsExactly("النشاط", "الشركاء", "%");
        assertThat(records.get(1)).containsExactly(AR_SENTENCE + "، \"مختلط\"\nسطر ثان",
                "برنامج الأمم المتحدة الإنمائي", "40");
        assertThat(records).hasSize(4);
    }

    @Test
    void commasQuotesAndLineBreaksSurvive() throws IOException {
        var records = read(write(List.of(sheet()), Format.CSV, Language.EN));
        assertThat(records.get(1).getFirst()).isEqualTo(TRICKY);
    }

    @Test
    void formulaLookingValuesGetAnApostropheSoNoSpreadsheetRunsThem() throws IOException {
        var records = read(write(List.of(sheet()), Format.CSV, Language.EN));
        assertThat(records.get(2)).containsExactly("'=1+2", "'@SUM(A1)", "'-10");
        assertThat(records.get(3).getLast()).isEqualTo("'+5");
        assertThat(CsvWriter.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.neutralised("\rx")).isEqualTo("'\rx");
        assertThat(CsvWriter.neutralised("x=1")).isEqualTo("x=1");
    }

    @Test
    void aMissingTranslationIsMarkedAndAnEmptyTextStaysEmpty() throws IOException {
        var records = read(write(List.of(sheet()), Format.CSV, Language.FR));
        assertThat(records.get(3).getFirst()).isEqualTo("[Non traduit — texte anglais] " + ONLY_ENGLISH);
        assertThat(records.get(3).get(1)).isEmpty();
    }

    @Test
    void aCsvFileHoldsExactlyOneSheet() {
        assertThatThrownBy(() -> write(List.of(sheet(), sheet()), Format.CSV, Language.EN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(List.of(), Format.CSV, Language.EN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<List<String>> read(byte[] bytes) throws IOException {
        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var reader = CsvReader.builder().ofCsvRecord(new StringReader(text.substring(1)))) {
            return reader.stream().map(CsvRecord::getFields).toList();
        }
    }
}
