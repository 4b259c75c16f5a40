package org.majlis.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one cleaning rule for what people type (ADR 0034). */
class UserTextTest {

    /** Displays as "reportcmd.pdf" in a browser: the override reverses what follows it. */
    static final String SPOOFED = "report\u202Efdp.cmd";

    @Test
    void a_single_line_loses_the_direction_override_that_makes_a_command_file_look_like_a_pdf() {
        assertThat(UserText.line(SPOOFED)).isEqualTo("reportfdp.cmd");
    }

    @Test
    void a_single_line_loses_every_bidi_control_mark_and_invisible_format_character() {
        var hidden = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200E\u200F\u061C\uFEFF\u00AD\u2060";
        assertThat(UserText.line("FA" + hidden + "O")).isEqualTo("FAO");
    }

    @Test
    void a_single_line_loses_control_characters_and_turns_breaks_and_tabs_into_one_space() {
        assertThat(UserText.line("  Jean\u0000-Marc\r\n\tLefèvre\u0007\u2028x ")).isEqualTo("Jean-Marc Lefèvre x");
    }

    @Test
    void a_single_line_keeps_the_joiners_that_arabic_script_spelling_needs() {
        // Persian "mi-khaham" with a zero-width non-joiner, an emoji family with zero-width joiners
        var persian = "می\u200Cخواهم";
        var family = "\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(UserText.line(persian)).isEqualTo(persian);
        assertThat(UserText.line(family)).isEqualTo(family);
        assertThat(UserText.line("منظمة التعاون الإسلامي")).isEqualTo("منظمة التعاون الإسلامي");
    }

    @Test
    void a_lone_surrogate_is_dropped_but_a_character_outside_the_basic_plane_stays() {
        assertThat(UserText.line("a\uD800b")).isEqualTo("ab");
        assertThat(UserText.text("a\uDC00b\uD83D\uDE00")).isEqualTo("ab\uD83D\uDE00");
    }

    @Test
    void a_multi_line_text_keeps_its_lines_tabs_and_direction_marks_but_loses_overrides_and_isolates() {
        var text = "Paragraph one\r\n\tindented\u200F.\rlast: " + SPOOFED + " \u2067isolated\u2069\u0000";
        assertThat(UserText.text(text))
                .isEqualTo("Paragraph one\n\tindented\u200F.\nlast: reportfdp.cmd isolated");
    }

    @Test
    void blank_values_become_empty_or_null_and_null_stays_null() {
        assertThat(UserText.line(null)).isNull();
        assertThat(UserText.text(null)).isNull();
        assertThat(UserText.line(" \u202E\t")).isEmpty();
        assertThat(UserText.lineOrNull(" \u202E\t")).isNull();
        assertThat(UserText.textOrNull("\n\u2066\n")).isNull();
    }

    @Test
    void cleaning_twice_changes_nothing_more() {
        var messy = " a\u202E\r\nb\u200B\tc\u200D ";
        assertThat(UserText.line(UserText.line(messy))).isEqualTo(UserText.line(messy));
        assertThat(UserText.text(UserText.text(messy))).isEqualTo(UserText.text(messy));
    }

    @Test
    void localized_text_drops_bidi_controls_in_every_language_and_its_single_line_form_drops_breaks() {
        var text = LocalizedText.of("Title\u202E one\nsecond line", "Titre\u2066", "عنوان\u202B");
        assertThat(text.en()).isEqualTo("Title one\nsecond line");
        assertThat(text.fr()).isEqualTo("Titre");
        assertThat(text.ar()).isEqualTo("عنوان");
        assertThat(text.singleLine().en()).isEqualTo("Title one second line");
    }

    @Test
    void a_display_name_longer_than_the_columns_hold_is_cut_with_an_ellipsis() {
        var keycloakName = "Ana María " + "de los Ángeles ".repeat(20);
        var stored = UserText.displayName(keycloakName, "ana");
        assertThat(stored).hasSize(UserText.DISPLAY_NAME_MAX).startsWith("Ana María de los Ángeles").endsWith("…");
        assertThat(UserText.displayName("Short name", "x")).isEqualTo("Short name");
    }

    @Test
    void a_display_name_is_cleaned_falls_back_when_empty_and_never_splits_a_surrogate_pair() {
        assertThat(UserText.displayName("\u202EEve\u202C", "eve")).isEqualTo("Eve");
        assertThat(UserText.displayName(" \u200B ", "eve.username")).isEqualTo("eve.username");
        var emoji = "\uD83D\uDE00".repeat(200);
        var stored = UserText.displayName(emoji, "x");
        assertThat(stored.codePointCount(0, stored.length())).isEqualTo(UserText.DISPLAY_NAME_MAX);
        assertThat(stored).endsWith("\uD83D\uDE00…");
    }
}
