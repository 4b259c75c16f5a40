package org.majlis.matrix;

import org.junit.jupiter.api.Test;
import org.majlis.base.LocalizedText;
import org.majlis.matrix.internal.Snapshots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntryFieldTest {

    private final EntryData base = new EntryData("ECO-07", LocalizedText.of("Food", "Alimentation", null),
            LocalizedText.empty(), 1L, 2L, List.of(5L, 3L, 3L), List.of("td", "NE"), LocalDate.of(2024, 9, 1),
            LocalDate.of(2025, 1, 1), LocalizedText.empty(), LocalizedText.empty(), List.of(2, 1),
            List.of(), new BigDecimal("1000.00"), "usd");

    @Test
    void contents_are_normalised_so_equal_contents_compare_equal() {
        assertThat(base.partnerIds()).containsExactly(3L, 5L);
        assertThat(base.beneficiaries()).containsExactly("NE", "TD");
        assertThat(base.sdgs()).containsExactly(1, 2);
        assertThat(base.currency()).isEqualTo("USD");
        assertThat(base.budget()).isEqualTo(new BigDecimal("1000"));
    }

    @Test
    void the_difference_lists_each_changed_language_separately() {
        var changed = EntryField.TITLE_AR.set(EntryField.TITLE_FR.set(base, "Nourriture"), "الغذاء");
        assertThat(EntryField.changed(base, changed)).containsExactly(EntryField.TITLE_FR, EntryField.TITLE_AR);
        assertThat(changed.title().en()).isEqualTo("Food");
    }

    @Test
    void every_field_can_be_copied_from_one_content_to_another() {
        var other = new EntryData("POL-01", LocalizedText.of("a", "b", "c"), LocalizedText.of("d", "e", "f"), 9L, 8L,
                List.of(7L), List.of("KZ"), LocalDate.of(2024, 10, 1), LocalDate.of(2026, 1, 1),
                LocalizedText.of("g", "h", "i"), LocalizedText.of("j", "k", "l"), List.of(17), List.of(4L),
                new BigDecimal("5"), "EUR");
        var merged = base;
        for (var field : EntryField.values()) {
            merged = field.copy(merged, other);
        }
        assertThat(merged).isEqualTo(other);
    }

    @Test
    void a_snapshot_reads_back_as_the_same_content() {
        var arabic = EntryField.DESCRIPTION_AR.set(base, "وصف النشاط");
        assertThat(Snapshots.read(Snapshots.write(arabic))).isEqualTo(arabic);
    }

    @Test
    void a_merge_keeps_the_others_changes_and_mine_elsewhere() {
        var theirs = EntryField.TITLE_EN.set(base, "Food security");
        var mine = EntryField.END_DATE.set(base, LocalDate.of(2025, 6, 30));
        var conflict = new EntryConflictException(1, 5, base, theirs, mine, List.of());
        assertThat(conflict.changedByOthers()).containsExactly(EntryField.TITLE_EN);
        assertThat(conflict.conflicting()).isEmpty();
        var merged = conflict.mergeKeepingTheirs();
        assertThat(merged.title().en()).isEqualTo("Food security");
        assertThat(merged.endDate()).isEqualTo(LocalDate.of(2025, 6, 30));
    }
}
