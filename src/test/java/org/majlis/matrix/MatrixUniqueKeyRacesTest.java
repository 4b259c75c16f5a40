package org.majlis.matrix;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.Races;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;

/**
 * Two people taking the same entry code, carrying the same entry over or adding the same area code at the same
 * moment: one is kept, the other is told on its field, translated — never a raw database error.
 */
@MajlisSpringTest
class MatrixUniqueKeyRacesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixReviewService review;
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

    private static String errors(Object outcome) {
        assertThat(outcome).as("the second command is refused with field errors")
                .isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) outcome).errors().stream().map(e -> e.field() + ": " + e.messageKey())
                .toList().toString();
    }

    private int entriesWithCode(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM matrix_entry WHERE code = ?", Integer.class, code);
    }

    @Test
    void two_drafts_with_the_same_code_at_once_keep_one_and_tell_the_other_the_code_is_taken() throws Exception {
        var code = uniqueCode();
        var outcome = Races.secondWhileFirstUncommitted(context,
                () -> as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), "first")),
                () -> as("eco.fao", () -> matrix.draft(eco, fx.foodSecurity(code), "second")));

        assertThat(errors(outcome)).isEqualTo("[code: validation.matrix.code-taken]");
        assertThat(entriesWithCode(code)).isEqualTo(1);
    }

    @Test
    void an_edit_that_takes_a_code_someone_is_drafting_at_that_moment_is_told_the_code_is_taken() throws Exception {
        var code = uniqueCode();
        var other = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(uniqueCode()), null)).entry();
        var outcome = Races.secondWhileFirstUncommitted(context,
                () -> as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null)),
                () -> as("eco.rapporteur", () -> matrix.update(other.id(), other.version(),
                        other.data().withCode(code), null)));

        assertThat(errors(outcome)).isEqualTo("[code: validation.matrix.code-taken]");
        assertThat(as("eco.rapporteur", () -> matrix.get(other.id())).entry().data().code())
                .isEqualTo(other.data().code());
    }

    @Test
    void two_drafts_with_the_same_code_made_at_the_same_moment_end_in_one_entry_and_one_refusal() throws Exception {
        for (var round = 0; round < 3; round++) {
            var code = uniqueCode();
            var results = MatrixFixtures.atOnce(InvalidInputException.class, List.<Callable<Object>>of(
                    () -> as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null)),
                    () -> as("eco.fao", () -> matrix.draft(eco, fx.foodSecurity(code), null))));

            assertThat(results).filteredOn(EntryDetails.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(InvalidInputException.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(errors(refusal)).isEqualTo("[code: validation.matrix.code-taken]"));
            assertThat(entriesWithCode(code)).isEqualTo(1);
        }
    }

    @Test
    void an_entry_carried_over_twice_at_once_is_carried_over_once_and_the_second_is_told() throws Exception {
        var genevaEco = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
        var code = uniqueCode();
        var origin = as("admin", () -> matrix.importAdopted(genevaEco, fx.foodSecurity(code).withTimeframe(null,
                null), null)).entry();
        var outcome = Races.secondWhileFirstUncommitted(context,
                () -> as("eco.rapporteur", () -> review.carryOver(eco, origin.id())),
                () -> as("eco.chair.un", () -> review.carryOver(eco, origin.id())));

        assertThat(errors(outcome)).isEqualTo("[: validation.matrix.already-carried-over]");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM matrix_entry WHERE origin_entry_id = ?", Integer.class,
                origin.id())).isEqualTo(1);
    }

    @Test
    void two_areas_added_with_the_same_code_at_once_keep_the_first_and_tell_the_second() throws Exception {
        var code = "R-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        var outcome = Races.secondWhileFirstUncommitted(context,
                () -> as("admin", () -> reference.addOicArea(code, LocalizedText.of("First", null, null))),
                () -> as("admin", () -> reference.addOicArea(code, LocalizedText.of("Second", null, null))));

        assertThat(errors(outcome)).isEqualTo("[code: validation.matrix.area-code-taken]");
        assertThat(jdbc.queryForList("SELECT name_en FROM oic_area WHERE code = ?", String.class, code))
                .containsExactly("First");
    }
}
