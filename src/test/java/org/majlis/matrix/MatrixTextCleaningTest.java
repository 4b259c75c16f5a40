package org.majlis.matrix;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;

/** What people write in the matrix is stored without the characters that reorder text (ADR 0034). */
@MajlisSpringTest
class MatrixTextCleaningTest {

    static final String RLO = "\u202E";

    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixReferenceService reference;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatrixFixtures fx;
    long eco;

    @BeforeEach
    void setUp() {
        eco = fx.astanaEco();
    }

    @Test
    void an_entry_title_code_and_change_note_are_stored_as_clean_single_lines() {
        var code = uniqueCode();
        var data = fx.foodSecurity(" " + code.substring(0, 2) + "\u200B" + code.substring(2).toLowerCase() + " ");
        data = EntryField.TITLE_EN.set(data, "Food" + RLO + "fdp.cmd\nreserves");
        data = EntryField.DESCRIPTION_EN.set(data, "Line one\u2066\nLine two");
        var toDraft = data;
        var draft = as("eco.rapporteur", () -> matrix.draft(eco, toDraft, "Note" + RLO + " one\ntwo"));

        var row = jdbc.queryForMap("SELECT code, title_en, description_en FROM matrix_entry WHERE id = ?",
                draft.entry().id());
        assertThat(row.get("code")).isEqualTo(code);
        assertThat(row.get("title_en")).isEqualTo("Foodfdp.cmd reserves");
        assertThat(row.get("description_en")).isEqualTo("Line one\nLine two");
        assertThat(jdbc.queryForObject("SELECT summary FROM matrix_revision WHERE entry_id = ?", String.class,
                draft.entry().id())).isEqualTo("Note one two");
    }

    @Test
    void a_comment_keeps_its_lines_and_a_return_reason_is_one_line_both_without_overrides() {
        var draft = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null));
        var id = draft.entry().id();
        var submitted = as("eco.rapporteur", () -> matrix.submit(id, draft.entry().version()));
        as("eco.fao", () -> matrix.comment(id, "FAO" + RLO + " agrees.\nWith one condition."));
        as("eco.chair.un", () -> matrix.returnToDrafting(id, submitted.entry().version(), "Add\u2067 indicators\n"
                + RLO));

        assertThat(jdbc.queryForObject("SELECT body FROM matrix_comment WHERE entry_id = ?", String.class, id))
                .isEqualTo("FAO agrees.\nWith one condition.");
        assertThat(jdbc.queryForObject("SELECT return_reason FROM matrix_entry WHERE id = ?", String.class, id))
                .isEqualTo("Add indicators");
    }

    @Test
    void a_new_oic_area_name_and_code_are_stored_clean() {
        var code = "T-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        var area = as("admin", () -> reference.addOicArea(code.toLowerCase() + "\u200F",
                LocalizedText.of("Area" + RLO + "fdp.cmd", null, "مجال\u202B تجريبي")));

        assertThat(jdbc.queryForMap("SELECT code, name_en, name_ar FROM oic_area WHERE id = ?", area.id()))
                .containsEntry("code", code).containsEntry("name_en", "Areafdp.cmd")
                .containsEntry("name_ar", "مجال تجريبي");
    }
}
