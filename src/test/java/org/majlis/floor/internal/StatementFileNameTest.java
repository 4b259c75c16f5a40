package org.majlis.floor.internal;

import org.junit.jupiter.api.Test;
import org.majlis.floor.StatementFileType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.floor.StatementFileType.DOCX;
import static org.majlis.floor.StatementFileType.PDF;

/** A statement's file is named after the type its bytes show, never after the extension the uploader chose. */
class StatementFileNameTest {

    @Test
    void a_command_file_disguised_by_a_direction_override_is_served_as_what_its_bytes_are() {
        assertThat(StatementFileName.of("report\u202Efdp.cmd", PDF)).isEqualTo("reportfdp.pdf");
        assertThat(StatementFileName.of("report\u202Excod.exe", DOCX)).isEqualTo("reportxcod.docx");
    }

    @Test
    void the_extension_follows_the_detected_type_whatever_the_uploader_called_it() {
        assertThat(StatementFileName.of("statement.PDF", DOCX)).isEqualTo("statement.docx");
        assertThat(StatementFileName.of("statement.docx.exe", DOCX)).isEqualTo("statement.docx.docx");
        assertThat(StatementFileName.of("no extension", PDF)).isEqualTo("no extension.pdf");
    }

    @Test
    void folders_of_any_system_are_dropped() {
        assertThat(StatementFileName.of("C:\\Users\\me\\FAO statement.pdf", PDF)).isEqualTo("FAO statement.pdf");
        assertThat(StatementFileName.of("../../etc/passwd", PDF)).isEqualTo("passwd.pdf");
    }

    @Test
    void reserved_and_invisible_characters_go_and_leading_dots_are_removed() {
        assertThat(StatementFileName.of("a<b>c:d\"e|f?g*h;i%j.pdf", PDF)).isEqualTo("a_b_c_d_e_f_g_h_i_j.pdf");
        assertThat(StatementFileName.of("...hidden.pdf", PDF)).isEqualTo("hidden.pdf");
        assertThat(StatementFileName.of("na\u0000me\r\n\u200B\u2066x.pdf", PDF)).isEqualTo("name x.pdf");
        assertThat(StatementFileName.of("trailing. . .pdf", PDF)).isEqualTo("trailing.pdf");
    }

    @Test
    void an_arabic_name_stays_as_written() {
        assertThat(StatementFileName.of("بيان منظمة الأغذية والزراعة.pdf", PDF))
                .isEqualTo("بيان منظمة الأغذية والزراعة.pdf");
    }

    @Test
    void an_empty_or_missing_name_becomes_statement() {
        for (var nothing : new String[]{null, "", "   ", ".pdf", "\u202E", "C:\\folder\\", "..."}) {
            assertThat(StatementFileName.of(nothing, PDF)).as(String.valueOf(nothing)).isEqualTo("statement.pdf");
        }
    }

    @Test
    void a_windows_device_name_is_never_the_whole_base() {
        assertThat(StatementFileName.of("CON.pdf", PDF)).isEqualTo("_CON.pdf");
        assertThat(StatementFileName.of("lpt1.docx", DOCX)).isEqualTo("_lpt1.docx");
    }

    @Test
    void a_long_name_is_cut_to_its_beginning_and_keeps_the_detected_extension() {
        var name = StatementFileName.of("ب".repeat(300) + ".pdf", PDF);
        assertThat(name).hasSize(StatementFileName.BASE_MAX + ".pdf".length()).endsWith("ب.pdf");
        var emoji = StatementFileName.of("\uD83D\uDE00".repeat(200), StatementFileType.PDF);
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(StatementFileName.BASE_MAX + 4);
    }
}
