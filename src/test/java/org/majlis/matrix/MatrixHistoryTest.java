package org.majlis.matrix;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;

/** Revisions, differences, restore, and two people saving the same entry at once, against MariaDB. */
@MajlisSpringTest
class MatrixHistoryTest {

    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixHistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MatrixFixtures fx;
    long eco;

    @BeforeEach
    void setUp() {
        eco = fx.astanaEco();
    }

    private EntrySummary draftWithTwoEdits() {
        var draft = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null)).entry();
        var second = as("eco.rapporteur", () -> matrix.update(draft.id(), draft.version(),
                EntryField.TITLE_AR.set(draft.data(), "احتياطيات غذائية إقليمية"), "Arabic title")).entry();
        return as("eco.rapporteur", () -> matrix.update(second.id(), second.version(),
                EntryField.END_DATE.set(second.data(), LocalDate.of(2026, 6, 30)), "Longer timeframe")).entry();
    }

    @Test
    void the_history_shows_who_changed_what_newest_first() {
        var entry = draftWithTwoEdits();
        var revisions = as("eco.observer", () -> history.revisions(entry.id()));
        assertThat(revisions).extracting(RevisionSummary::number).containsExactly(3, 2, 1);
        assertThat(revisions.get(0).changedFields()).containsExactly(EntryField.END_DATE);
        assertThat(revisions.get(0).summary()).isEqualTo("Longer timeframe");
        assertThat(revisions.get(1).changedFields()).containsExactly(EntryField.TITLE_AR);
        assertThat(revisions).allSatisfy(r -> assertThat(r.authorName()).isEqualTo("Kemal Aydın"));
    }

    @Test
    void any_two_revisions_can_be_compared_field_by_field() {
        var entry = draftWithTwoEdits();
        var diff = as("eco.fao", () -> history.diff(entry.id(), 1, 3));
        assertThat(diff.changedFields()).containsExactly(EntryField.TITLE_AR, EntryField.END_DATE);
        assertThat(diff.left().data().title().ar()).isEqualTo("احتياطيات الأمن الغذائي");
        assertThat(diff.right().data().title().ar()).isEqualTo("احتياطيات غذائية إقليمية");
    }

    @Test
    void a_rapporteur_restores_an_old_revision_as_a_new_one() {
        var entry = draftWithTwoEdits();
        var restored = as("eco.rapporteur", () -> history.restore(entry.id(), entry.version(), 1));
        assertThat(restored.number()).isEqualTo(4);
        assertThat(restored.kind()).isEqualTo(RevisionKind.RESTORED);
        assertThat(restored.changedFields()).containsExactly(EntryField.TITLE_AR, EntryField.END_DATE);
        var now = as("eco.rapporteur", () -> matrix.get(entry.id())).entry().data();
        assertThat(now).isEqualTo(as("eco.rapporteur", () -> history.revision(entry.id(), 1)).data());
        assertThat(as("eco.rapporteur", () -> history.revisions(entry.id()))).hasSize(4);
    }

    @Test
    void delegates_chairs_and_observers_cannot_restore() {
        var entry = draftWithTwoEdits();
        for (var user : List.of("eco.fao", "eco.chair.un", "eco.observer", "pol.rapporteur")) {
            assertThatThrownBy(() -> as(user, () -> history.restore(entry.id(), entry.version(), 1))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_save_from_a_stale_version_is_refused_showing_what_the_other_person_changed_and_can_be_merged() {
        var entry = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null)).entry();
        // The proposer's colleague (here the rapporteur in a second tab) saves first.
        as("eco.rapporteur", () -> matrix.update(entry.id(), entry.version(),
                EntryField.TITLE_EN.set(entry.data(), "Regional food security reserves"), "Clearer title"));
        var mine = EntryField.END_DATE.set(EntryField.TITLE_EN.set(entry.data(), "Food reserves"),
                LocalDate.of(2026, 1, 31));
        var conflict = catchConflict(() -> as("eco.rapporteur", () -> matrix.update(entry.id(), entry.version(),
                mine, null)));
        assertThat(conflict.changedByOthers()).containsExactly(EntryField.TITLE_EN);
        assertThat(conflict.conflicting()).containsExactly(EntryField.TITLE_EN);
        assertThat(conflict.current().title().en()).isEqualTo("Regional food security reserves");
        assertThat(conflict.since()).singleElement()
                .satisfies(r -> assertThat(r.summary()).isEqualTo("Clearer title"));
        // Nothing of mine was saved.
        assertThat(as("eco.rapporteur", () -> matrix.get(entry.id())).entry().data().endDate())
                .isEqualTo(LocalDate.of(2025, 12, 31));
        // Merge: keep their title, take my end date.
        var merged = conflict.mergeKeepingTheirs();
        var saved = as("eco.rapporteur", () -> matrix.saveMerged(entry.id(), conflict.currentVersion(), merged,
                null)).entry();
        assertThat(saved.data().title().en()).isEqualTo("Regional food security reserves");
        assertThat(saved.data().endDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(as("eco.rapporteur", () -> history.revisions(entry.id())).getFirst().kind())
                .isEqualTo(RevisionKind.MERGED);
    }

    @Test
    void two_concurrent_saves_of_one_entry_one_wins_and_the_other_is_refused_with_the_winners_change()
            throws Exception {
        var entry = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null)).entry();
        var results = MatrixFixtures.atOnce(EntryConflictException.class, List.of("Version A", "Version B").stream()
                .<Callable<Object>>map(title -> () -> as("eco.rapporteur", () -> matrix.update(entry.id(),
                        entry.version(), EntryField.TITLE_EN.set(entry.data(), title), title))).toList());
        assertThat(results).filteredOn(r -> r instanceof EntryDetails).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof EntryConflictException).hasSize(1);
        var winner = (EntryDetails) results.stream().filter(r -> r instanceof EntryDetails).findFirst()
                .orElseThrow();
        var loser = (EntryConflictException) results.stream().filter(r -> r instanceof EntryConflictException)
                .findFirst().orElseThrow();
        assertThat(loser.current().title().en()).isEqualTo(winner.entry().data().title().en());
        assertThat(loser.mine().title().en()).isNotEqualTo(winner.entry().data().title().en());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM matrix_revision WHERE entry_id = ?", Integer.class,
                entry.id())).isEqualTo(2);
    }

    private static EntryConflictException catchConflict(Runnable work) {
        try {
            work.run();
        } catch (EntryConflictException e) {
            return e;
        }
        throw new AssertionError("Expected a conflict");
    }
}
