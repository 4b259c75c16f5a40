package org.majlis.outcome;

import org.junit.jupiter.api.Test;
import org.majlis.base.Language;
import org.majlis.export.Format;
import org.majlis.export.Layout;

import static org.assertj.core.api.Assertions.assertThat;

/** File names that every operating system accepts and that say what the file is. */
class FileNamesTest {

    @Test
    void a_file_name_is_ascii_with_the_edition_the_name_the_language_and_the_extension() {
        assertThat(FileNames.of("matrix", 16, "Cooperation on Economic and Scientific Issues", Layout.of(Language.AR),
                Format.XLSX)).isEqualTo("matrix-16-cooperation-on-economic-and-scientific-issues-ar.xlsx");
        assertThat(FileNames.of("matrix", 15, "Genève", Layout.SIDE_BY_SIDE, Format.PDF))
                .isEqualTo("matrix-15-geneve-en-fr-ar.pdf");
    }

    @Test
    void characters_no_file_system_likes_become_dashes_and_arabic_only_names_leave_no_trace() {
        assertThat(FileNames.slug("a/b\\c:d*e?f\"g<h>i|j  k")).isEqualTo("a-b-c-d-e-f-g-h-i-j-k");
        assertThat(FileNames.of("matrix", 16, "أستانا", Layout.of(Language.FR), Format.CSV))
                .isEqualTo("matrix-16-fr.csv");
        assertThat(FileNames.slug("x".repeat(30) + " " + "y".repeat(40))).isEqualTo("x".repeat(30));
    }
}
