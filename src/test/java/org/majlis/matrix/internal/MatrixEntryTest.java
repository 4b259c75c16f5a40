package org.majlis.matrix.internal;

import org.junit.jupiter.api.Test;
import org.majlis.base.LocalizedText;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.IllegalTransitionException;
import org.majlis.matrix.MatrixEntryEvent;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow of one entry, without Spring or a database. */
class MatrixEntryTest {

    private static final Instant NOW = Instant.parse("2024-07-23T10:00:00Z");

    private final MatrixEntry entry = new MatrixEntry(16, 3, EntryData.empty().withCode("ECO-07"), null, null,
            "Rapporteur", NOW);

    @Test
    void a_new_entry_is_a_draft_with_one_revision() {
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThat(entry.getRevisionCount()).isEqualTo(1);
    }

    @Test
    void a_draft_is_submitted_then_adopted() {
        entry.submit("Rapporteur", NOW);
        entry.adopt("Chair", NOW);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.ADOPTED);
        assertThat(entry.getRevisionCount()).isEqualTo(3);
        assertThat(entry.pendingEvents()).hasAtLeastOneElementOfType(MatrixEntryEvent.Submitted.class)
                .hasAtLeastOneElementOfType(MatrixEntryEvent.Adopted.class);
    }

    @Test
    void a_draft_cannot_be_adopted_without_review() {
        assertThatThrownBy(() -> entry.adopt("Chair", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThat(entry.getRevisionCount()).isEqualTo(1);
    }

    @Test
    void a_returned_entry_keeps_the_reason_until_it_is_submitted_again() {
        entry.submit("Rapporteur", NOW);
        entry.returnToDrafting("Name the beneficiary states", "Chair", NOW);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.RETURNED);
        assertThat(entry.toSummary(null).returnReason()).isEqualTo("Name the beneficiary states");
        entry.edit(entry.toData(), "Rapporteur", NOW);
        entry.submit("Rapporteur", NOW);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
        assertThat(entry.toSummary(null).returnReason()).isNull();
    }

    @Test
    void returning_needs_a_reason() {
        entry.submit("Rapporteur", NOW);
        assertThatThrownBy(() -> entry.returnToDrafting(" ", "Chair", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
    }

    @Test
    void a_draft_cannot_be_returned() {
        assertThatThrownBy(() -> entry.returnToDrafting("Why", "Chair", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void an_adopted_entry_cannot_be_edited_until_a_chair_reopens_it() {
        entry.submit("Rapporteur", NOW);
        entry.adopt("Chair", NOW);
        var changed = new EntryData("ECO-08", LocalizedText.of("New", null, null), null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> entry.edit(changed, "Rapporteur", NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(e -> ((IllegalTransitionException) e).messageKey()).isEqualTo("matrix.illegal.edit");
        assertThat(entry.getCode()).isEqualTo("ECO-07");
        entry.reopen("Chair", NOW);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
        entry.edit(changed, "Rapporteur", NOW);
        assertThat(entry.getCode()).isEqualTo("ECO-08");
    }

    @Test
    void only_an_adopted_entry_can_be_reopened() {
        assertThatThrownBy(() -> entry.reopen("Chair", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void an_adopted_entry_cannot_be_submitted_or_withdrawn() {
        entry.submit("Rapporteur", NOW);
        entry.adopt("Chair", NOW);
        assertThatThrownBy(() -> entry.submit("Rapporteur", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> entry.withdraw("Rapporteur", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.ADOPTED);
    }

    @Test
    void a_withdrawn_entry_is_final() {
        entry.withdraw("Rapporteur", NOW);
        assertThatThrownBy(() -> entry.submit("Rapporteur", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> entry.edit(entry.toData(), "Rapporteur", NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> entry.reopen("Chair", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_submitted_entry_can_still_be_edited_during_review() {
        entry.submit("Rapporteur", NOW);
        entry.edit(entry.toData().withCode("ECO-09"), "Rapporteur", NOW);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
        assertThat(entry.getCode()).isEqualTo("ECO-09");
    }
}
