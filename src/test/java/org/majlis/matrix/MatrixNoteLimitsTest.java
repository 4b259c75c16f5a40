package org.majlis.matrix;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.InputErrors;
import org.majlis.MajlisSpringTest;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;

/**
 * Every note and reason the matrix keeps has a limit the service checks, so a 70 KB paste gets the translated
 * "at most n characters" next to its field and changes nothing (it used to fail the save with a database error).
 */
@MajlisSpringTest
class MatrixNoteLimitsTest {

    static final String SEVENTY_KB = "Note. ".repeat(70 * 1024 / 6);

    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixReviewService review;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatrixFixtures fx;
    long eco;

    @BeforeEach
    void setUp() {
        eco = fx.astanaEco();
    }

    private int revisions(long entryId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM matrix_revision WHERE entry_id = ?", Integer.class, entryId);
    }

    private EntrySummary reload(long entryId) {
        return as("eco.rapporteur", () -> matrix.get(entryId)).entry();
    }

    @Test
    void a_70_kb_reopen_reason_is_refused_with_the_limit_and_the_entry_stays_adopted() {
        var draft = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null));
        var id = draft.entry().id();
        var submitted = as("eco.rapporteur", () -> matrix.submit(id, draft.entry().version()));
        var adopted = as("eco.chair.un", () -> matrix.adopt(id, submitted.entry().version()));
        var before = reload(id);
        var revisionsBefore = revisions(id);

        assertThat(InputErrors.withArguments(() -> as("eco.chair.un",
                () -> matrix.reopen(id, adopted.entry().version(), SEVENTY_KB))))
                .containsExactly("reason: validation.too-long [" + MatrixService.NOTE_MAX + "]");
        assertThat(InputErrors.withArguments(() -> as("eco.chair.un",
                () -> matrix.reopen(id, adopted.entry().version(), "x".repeat(MatrixService.NOTE_MAX + 1)))))
                .containsExactly("reason: validation.too-long [" + MatrixService.NOTE_MAX + "]");
        assertThat(reload(id)).isEqualTo(before);
        assertThat(revisions(id)).isEqualTo(revisionsBefore);
        var reopened = as("eco.chair.un", () -> matrix.reopen(id, adopted.entry().version(),
                "x".repeat(MatrixService.NOTE_MAX)));
        assertThat(reopened.entry().status()).isEqualTo(EntryStatus.SUBMITTED);
    }

    @Test
    void a_70_kb_change_note_is_refused_on_a_new_draft_and_on_an_edit_and_nothing_is_saved() {
        var code = uniqueCode();
        assertThat(InputErrors.withArguments(() -> as("eco.rapporteur",
                () -> matrix.draft(eco, fx.foodSecurity(code), SEVENTY_KB))))
                .containsExactly("summary: validation.too-long [" + MatrixService.NOTE_MAX + "]");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM matrix_entry WHERE code = ?", Integer.class, code))
                .isZero();

        var draft = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));
        var id = draft.entry().id();
        var before = reload(id);
        var edited = EntryField.TITLE_EN.set(draft.entry().data(), "Changed title");
        assertThat(InputErrors.withArguments(() -> as("eco.rapporteur",
                () -> matrix.update(id, draft.entry().version(), edited, SEVENTY_KB))))
                .containsExactly("summary: validation.too-long [" + MatrixService.NOTE_MAX + "]");
        assertThat(reload(id)).isEqualTo(before);
        assertThat(revisions(id)).isEqualTo(1);
    }

    @Test
    void a_70_kb_return_reason_comment_and_amendment_note_are_refused_and_nothing_is_kept() {
        var draft = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null));
        var id = draft.entry().id();
        var submitted = as("eco.rapporteur", () -> matrix.submit(id, draft.entry().version()));
        var before = reload(id);

        assertThat(InputErrors.withArguments(() -> as("eco.chair.un",
                () -> matrix.returnToDrafting(id, submitted.entry().version(), SEVENTY_KB))))
                .containsExactly("reason: validation.too-long [" + MatrixService.NOTE_MAX + "]");
        assertThat(InputErrors.withArguments(() -> as("eco.fao", () -> matrix.comment(id, SEVENTY_KB))))
                .containsExactly("body: validation.too-long [" + MatrixService.COMMENT_MAX + "]");
        assertThat(InputErrors.withArguments(() -> as("eco.fao",
                () -> matrix.proposeAmendment(id, EntryField.TITLE_EN, "Better title", SEVENTY_KB))))
                .containsExactly("body: validation.too-long [" + MatrixService.COMMENT_MAX + "]");
        assertThat(reload(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM matrix_comment WHERE entry_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void a_70_kb_import_note_is_refused_and_no_entry_is_loaded() {
        var genevaEco = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
        var code = uniqueCode();
        assertThat(InputErrors.withArguments(() -> as("admin", () -> matrix.importAdopted(genevaEco,
                fx.foodSecurity(code).withTimeframe(null, null), SEVENTY_KB))))
                .containsExactly("summary: validation.too-long [" + MatrixService.NOTE_MAX + "]");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM matrix_entry WHERE code = ?", Integer.class, code))
                .isZero();
    }
}
