package org.majlis.matrix;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;
import static org.majlis.matrix.MatrixServiceTest.assertError;

/** The secretariat keeps the SDG and OIC-2025 reference lists; entries keep the areas they name. */
@MajlisSpringTest
class MatrixReferenceServiceTest {

    @Autowired
    MatrixReferenceService reference;
    @Autowired
    MatrixService matrix;

    @Autowired
    MatrixFixtures fx;
    long eco;

    @BeforeEach
    void setUp() {
        eco = fx.astanaEco();
    }

    private static String areaCode() {
        return "T-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private OicArea newArea() {
        return as("admin", () -> reference.addOicArea(areaCode(),
                LocalizedText.of("Test area", "Domaine d’essai", "مجال تجريبي")));
    }

    @Test
    void the_secretariat_renames_an_sdg_in_three_languages_and_a_stale_rename_changes_nothing() {
        var goal = as("eco.observer", () -> reference.sdg(14));
        var renamed = as("admin", () -> reference.renameSdg(14, goal.version(),
                LocalizedText.of("Life below water (oceans)", "Vie aquatique (océans)", "الحياة تحت الماء (المحيطات)")));
        try {
            assertThat(as("eco.observer", () -> reference.sdgs())).filteredOn(g -> g.number() == 14).singleElement()
                    .satisfies(g -> assertThat(g.name().fr()).isEqualTo("Vie aquatique (océans)"));
            assertThatThrownBy(() -> as("admin", () -> reference.renameSdg(14, goal.version(),
                    LocalizedText.of("Stale", null, null)))).isInstanceOf(ConcurrentEditException.class);
            assertThat(as("admin", () -> reference.sdg(14)).name().en()).isEqualTo("Life below water (oceans)");
        } finally {
            as("admin", () -> reference.renameSdg(14, renamed.version(), goal.name()));
        }
    }

    @Test
    void an_sdg_keeps_a_name_in_at_least_one_language() {
        var goal = as("admin", () -> reference.sdg(3));
        assertThatThrownBy(() -> as("admin", () -> reference.renameSdg(3, goal.version(), LocalizedText.empty())))
                .satisfies(e -> assertError(e, "nameEn", "validation.one-language-required"));
        assertThat(as("admin", () -> reference.sdg(3))).isEqualTo(goal);
    }

    @Test
    void a_new_area_is_in_use_at_the_end_of_the_list_and_offered_for_entries() {
        var area = newArea();
        assertThat(area.active()).isTrue();
        var all = as("eco.rapporteur", () -> reference.oicAreas());
        assertThat(all.getLast()).isEqualTo(area);
        var data = EntryField.OIC_AREAS.set(fx.foodSecurity(uniqueCode()), List.of(area.id()));
        var drafted = as("eco.rapporteur", () -> matrix.draft(eco, data, null));
        assertThat(drafted.entry().data().oicAreaIds()).containsExactly(area.id());
    }

    @Test
    void an_area_code_follows_the_pattern_and_is_unique() {
        var area = newArea();
        assertThatThrownBy(() -> as("admin", () -> reference.addOicArea("poa 1!", LocalizedText.of("X", null, null))))
                .satisfies(e -> assertError(e, "code", "validation.matrix.area-code-format"));
        assertThatThrownBy(() -> as("admin", () -> reference.addOicArea(area.code().toLowerCase(),
                LocalizedText.of("Y", null, null))))
                .satisfies(e -> assertError(e, "code", "validation.matrix.area-code-taken"));
        assertThatThrownBy(() -> as("admin", () -> reference.addOicArea(areaCode(), LocalizedText.empty())))
                .satisfies(e -> assertError(e, "nameEn", "validation.one-language-required"));
        assertThat(as("admin", () -> reference.oicAreas())).filteredOn(a -> a.code().equals(area.code())).hasSize(1);
    }

    @Test
    void a_retired_area_stays_on_the_entries_that_name_it_but_is_not_taken_on_anew() {
        var area = newArea();
        var named = as("eco.rapporteur", () -> matrix.draft(eco,
                EntryField.OIC_AREAS.set(fx.foodSecurity(uniqueCode()), List.of(area.id())), null));
        var retired = as("admin", () -> reference.updateOicArea(area.id(), area.version(), area.code(), area.name(),
                false));
        assertThat(retired.active()).isFalse();
        // The entry that names it is edited and keeps it.
        var edited = as("eco.rapporteur", () -> matrix.update(named.entry().id(), named.entry().version(),
                EntryField.TITLE_EN.set(named.entry().data(), "Edited after the area was retired"), null));
        assertThat(edited.entry().data().oicAreaIds()).containsExactly(area.id());
        // A new entry cannot take it on.
        assertThatThrownBy(() -> as("eco.rapporteur", () -> matrix.draft(eco,
                EntryField.OIC_AREAS.set(fx.foodSecurity(uniqueCode()), List.of(area.id())), null)))
                .satisfies(e -> assertError(e, "oicAreaIds", "validation.matrix.area-retired"));
        // Restored, it is offered again.
        var restored = as("admin", () -> reference.updateOicArea(area.id(), retired.version(), area.code(),
                area.name(), true));
        assertThat(restored.active()).isTrue();
        assertThat(as("eco.rapporteur", () -> matrix.draft(eco,
                EntryField.OIC_AREAS.set(fx.foodSecurity(uniqueCode()), List.of(area.id())), null))
                .entry().data().oicAreaIds()).containsExactly(area.id());
    }

    @Test
    void a_stale_area_edit_is_refused() {
        var area = newArea();
        as("admin", () -> reference.updateOicArea(area.id(), area.version(), area.code(),
                LocalizedText.of("First", null, null), true));
        assertThatThrownBy(() -> as("admin", () -> reference.updateOicArea(area.id(), area.version(), area.code(),
                LocalizedText.of("Second", null, null), true))).isInstanceOf(ConcurrentEditException.class);
        assertThat(as("admin", () -> reference.oicArea(area.id())).name().en()).isEqualTo("First");
    }

    @Test
    void only_the_secretariat_edits_the_reference_lists() {
        var area = newArea();
        var goal = as("admin", () -> reference.sdg(1));
        for (var user : List.of("eco.chair.un", "eco.rapporteur", "eco.fao", "eco.observer")) {
            assertThatThrownBy(() -> as(user, () -> reference.renameSdg(1, goal.version(),
                    LocalizedText.of("x", null, null)))).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> reference.addOicArea(areaCode(),
                    LocalizedText.of("x", null, null)))).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> reference.updateOicArea(area.id(), area.version(), area.code(),
                    area.name(), false))).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("admin", () -> reference.sdg(1))).isEqualTo(goal);
        assertThat(as("admin", () -> reference.oicArea(area.id()))).isEqualTo(area);
    }
}
