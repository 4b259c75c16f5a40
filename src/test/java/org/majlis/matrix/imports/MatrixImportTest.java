package org.majlis.matrix.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Language;
import org.majlis.matrix.EntryFilter;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.ImportAction;
import org.majlis.matrix.ImportPreview;
import org.majlis.matrix.ImportProblem;
import org.majlis.matrix.ImportProgress;
import org.majlis.matrix.ImportRow;
import org.majlis.matrix.ImportTarget;
import org.majlis.matrix.MatrixColumn;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixHistoryService;
import org.majlis.matrix.MatrixImportService;
import org.majlis.matrix.MatrixService;
import org.majlis.matrix.RevisionKind;
import org.majlis.matrix.RevisionSummary;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;
import static org.majlis.matrix.imports.ImportFiles.csv;
import static org.majlis.matrix.imports.ImportFiles.row;
import static org.majlis.matrix.imports.ImportFiles.with;

/**
 * The import's preview and confirmation on the real database, in Astana's economic room: one test per kind of
 * problem (each file built here), the transaction, idempotence, the revision path and who may import.
 */
@MajlisSpringTest
class MatrixImportTest {

    @Autowired
    MatrixImportService imports;
    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixHistoryService history;
    @Autowired
    RoomService rooms;
    @Autowired
    MatrixFixtures fx;

    long eco;
    long pol;
    long edition;

    @BeforeEach
    void setUp() {
        eco = fx.astanaEco();
        pol = fx.room(16, RoomKind.POLITICAL);
        edition = as("admin", () -> rooms.details(eco).room().editionId());
    }

    private ImportPreview preview(String user, byte[] file) {
        return as(user, () -> imports.preview(ImportTarget.room(edition, eco), "matrix.csv", file,
                ImportProgress.NONE));
    }

    private static List<ImportProblem> problemsOf(ImportPreview preview, int row) {
        return preview.rows().stream().filter(r -> r.number() == row).findFirst().orElseThrow().problems();
    }

    private void assertOneProblem(byte[] file, MatrixColumn column, String key) {
        var preview = preview("eco.rapporteur", file);
        assertThat(preview.rows()).hasSize(1);
        assertThat(problemsOf(preview, 2)).as("problems of row 2").anySatisfy(p -> {
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.messageKey()).isEqualTo(key);
        });
        assertThat(preview.hasProblems()).isTrue();
        assertThatThrownBy(() -> as("eco.rapporteur", () -> imports.confirm(preview)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_valid_file_previews_every_row_as_created_and_writes_nothing_before_confirmation() {
        var a = uniqueCode();
        var b = uniqueCode();
        var preview = preview("eco.rapporteur", csv(List.of(row(a, "Grain reserves"), row(b, "Seed banks"))));
        assertThat(preview.rows()).extracting(ImportRow::action).containsExactly(ImportAction.CREATE,
                ImportAction.CREATE);
        assertThat(preview.rows()).extracting(ImportRow::number).containsExactly(2, 3);
        assertThat(preview.hasProblems()).isFalse();
        assertThat(preview.language()).isEqualTo(Language.EN);
        var data = preview.rows().getFirst().data();
        assertThat(data.leadUnId()).isEqualTo(fx.org("FAO"));
        assertThat(data.partnerIds()).containsExactlyInAnyOrder(fx.org("IsDB"), fx.org("UNDP"));
        assertThat(data.beneficiaries()).containsExactly("NE", "TD");
        assertThat(data.startDate()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(data.endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(data.sdgs()).containsExactly(2);
        assertThat(data.budget()).isEqualByComparingTo("250000");
        assertThat(data.currency()).isEqualTo("USD");
        assertThat(codes()).doesNotContain(a, b);

        var result = as("eco.rapporteur", () -> imports.confirm(preview));
        assertThat(result.created()).isEqualTo(2);
        var entries = as("eco.rapporteur", () -> matrix.roomMatrix(eco, EntryFilter.all()).entries());
        assertThat(entries).filteredOn(e -> e.data().code().equals(a)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(e.data().title().en()).isEqualTo("Grain reserves");
        });
        var id = entries.stream().filter(e -> e.data().code().equals(a)).findFirst().orElseThrow().id();
        assertThat(as("eco.rapporteur", () -> history.revisions(id))).extracting(RevisionSummary::kind)
                .containsExactly(RevisionKind.IMPORTED);
    }

    @Test
    void names_in_french_and_arabic_and_acronyms_are_matched_too() {
        var french = with(with(row(uniqueCode(), "Réserves"), "Lead UN entity",
                "Organisation des Nations Unies pour l’alimentation et l’agriculture"), "Beneficiary member states",
                "Tchad; النيجر");
        var preview = preview("eco.rapporteur", csv(List.of(french)));
        assertThat(preview.rows().getFirst().problems()).isEmpty();
        assertThat(preview.rows().getFirst().data().beneficiaries()).containsExactly("NE", "TD");
    }

    @Test
    void an_unknown_organisation_is_a_problem_of_its_row_and_column() {
        assertOneProblem(csv(List.of(with(row(uniqueCode(), "T"), "Lead UN entity", "Nowhere Agency"))),
                MatrixColumn.LEAD_UN, "matrix.import.error.organisation-unknown");
        assertOneProblem(csv(List.of(with(row(uniqueCode(), "T"), "Partner organisations", "UNDP; Nobody"))),
                MatrixColumn.PARTNERS, "matrix.import.error.organisation-unknown");
    }

    @Test
    void an_unknown_member_state_is_a_problem() {
        assertOneProblem(csv(List.of(with(row(uniqueCode(), "T"), "Beneficiary member states", "Chad; Atlantis"))),
                MatrixColumn.BENEFICIARIES, "matrix.import.error.state-unknown");
    }

    @Test
    void a_bad_date_is_a_problem() {
        assertOneProblem(csv(List.of(with(row(uniqueCode(), "T"), "Timeframe", "soon – 31 December 2025"))),
                MatrixColumn.TIMEFRAME, "matrix.import.error.date");
    }

    @Test
    void reversed_dates_are_a_problem() {
        assertOneProblem(csv(List.of(with(row(uniqueCode(), "T"), "Timeframe", "2025-12-31 – 2024-09-01"))),
                MatrixColumn.TIMEFRAME, "validation.matrix.end-before-start");
    }

    @Test
    void a_code_taken_by_another_room_is_a_problem() {
        var code = uniqueCode();
        as("pol.rapporteur", () -> matrix.draft(pol, fx.foodSecurity(code).withTimeframe(null, null), null));
        assertOneProblem(csv(List.of(row(code, "T"))), MatrixColumn.CODE, "matrix.import.error.code-taken");
    }

    @Test
    void a_code_twice_in_the_file_is_a_problem_of_the_second_row() {
        var code = uniqueCode();
        var preview = preview("eco.rapporteur", csv(List.of(row(code, "One"), row(code, "Two"))));
        assertThat(problemsOf(preview, 2)).isEmpty();
        assertThat(problemsOf(preview, 3)).extracting(ImportProblem::messageKey)
                .containsExactly("matrix.import.error.code-twice");
    }

    @Test
    void a_missing_required_field_is_a_problem() {
        assertOneProblem(csv(List.of(row(uniqueCode(), ""))), MatrixColumn.TITLE,
                "validation.one-language-required");
        assertOneProblem(csv(List.of(with(row(uniqueCode(), "T"), "Lead OIC institution", ""))),
                MatrixColumn.LEAD_OIC, "validation.required");
        assertOneProblem(csv(List.of(row("", "T"))), MatrixColumn.CODE, "validation.required");
    }

    @Test
    void a_text_too_long_is_a_problem_of_its_column_and_language() {
        var preview = preview("eco.rapporteur", csv(List.of(row(uniqueCode(), "x".repeat(301)))));
        assertThat(problemsOf(preview, 2)).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(MatrixColumn.TITLE);
            assertThat(p.language()).isEqualTo(Language.EN);
            assertThat(p.messageKey()).isEqualTo("validation.too-long");
        });
    }

    @Test
    void unknown_sdgs_areas_budgets_and_statuses_are_problems() {
        assertOneProblem(csv(List.of(with(row(uniqueCode(), "T"), "Sustainable Development Goals", "42"))),
                MatrixColumn.SDGS, "matrix.import.error.sdg-unknown");
        assertOneProblem(csv(List.of(with(row(uniqueCode(), "T"), "OIC-2025 priority areas", "POA-99"))),
                MatrixColumn.OIC_AREAS, "matrix.import.error.area-unknown");
        assertOneProblem(csv(List.of(with(row(uniqueCode(), "T"), "Estimated budget", "a lot"))),
                MatrixColumn.BUDGET, "matrix.import.error.budget");
    }

    @Test
    void files_that_cannot_be_read_are_refused_with_a_translated_reason() {
        assertFileRefused(new byte[0], "matrix.csv", "matrix.import.error.empty");
        assertFileRefused(new byte[MatrixImportService.MAX_BYTES + 1], "big.csv", "matrix.import.error.too-large");
        assertFileRefused("%PDF-1.7".getBytes(), "matrix.pdf", "matrix.import.error.type");
        assertFileRefused(new byte[]{'P', 'K', 3, 4, 1, 2, 3}, "matrix.xlsx", "matrix.import.error.malformed-xlsx");
        assertFileRefused(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "matrix.xls",
                "matrix.import.error.old-excel");
        assertFileRefused("Reference code,Title\n\"ECO-01,\"unclosed".getBytes(), "matrix.csv",
                "matrix.import.error.malformed-csv");
        assertFileRefused(new byte[]{'a', (byte) 0xC3, (byte) 0x28}, "matrix.csv", "matrix.import.error.encoding");
        assertFileRefused("Name,Age\nAli,4\n".getBytes(), "people.csv", "matrix.import.error.no-columns");
        assertFileRefused(ImportFiles.csv(List.of()), "matrix.csv", "matrix.import.error.no-rows");
    }

    private void assertFileRefused(byte[] file, String name, String key) {
        assertThatThrownBy(() -> as("eco.rapporteur", () -> imports.preview(ImportTarget.room(edition, eco), name,
                file, ImportProgress.NONE)))
                .as(key).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("file");
                            assertThat(error.messageKey()).isEqualTo(key);
                        }));
    }

    @Test
    void a_failure_halfway_through_the_confirmation_leaves_nothing() {
        var a = uniqueCode();
        var b = uniqueCode();
        var c = uniqueCode();
        var preview = preview("eco.rapporteur", csv(List.of(row(a, "One"), row(b, "Two"), row(c, "Three"))));
        assertThat(preview.hasProblems()).isFalse();
        // Between preview and confirmation, someone takes the third row's code: the third row fails.
        as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(c), null));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> imports.confirm(preview)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst()
                        .messageKey()).isEqualTo("matrix.import.error.changed-since-preview"));
        assertThat(codes()).contains(c).doesNotContain(a, b);
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_the_second_time() {
        var a = uniqueCode();
        var file = csv(List.of(row(a, "Grain reserves"), row(uniqueCode(), "Seed banks")));
        as("eco.rapporteur", () -> imports.confirm(preview("eco.rapporteur", file)));
        var before = as("eco.rapporteur", () -> matrix.roomMatrix(eco, EntryFilter.all()).entries());
        var again = preview("eco.rapporteur", file);
        assertThat(again.rows()).extracting(ImportRow::action).containsOnly(ImportAction.UNCHANGED);
        var result = as("eco.rapporteur", () -> imports.confirm(again));
        assertThat(result.created() + result.updated()).isZero();
        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(as("eco.rapporteur", () -> matrix.roomMatrix(eco, EntryFilter.all()).entries()))
                .isEqualTo(before);
    }

    @Test
    void an_update_is_a_new_revision_and_keeps_the_other_languages() {
        var code = uniqueCode();
        var drafted = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), "By hand"));
        var changed = with(with(row(code, "Food security reserves, revised"), "Lead UN entity", "FAO"),
                "Beneficiary member states", "Chad; Niger");
        var preview = preview("eco.rapporteur", csv(List.of(changed)));
        assertThat(preview.rows().getFirst().action()).isEqualTo(ImportAction.UPDATE);
        as("eco.rapporteur", () -> imports.confirm(preview));
        var entry = as("eco.rapporteur", () -> matrix.get(drafted.entry().id())).entry();
        assertThat(entry.data().title().en()).isEqualTo("Food security reserves, revised");
        assertThat(entry.data().title().ar()).isEqualTo("احتياطيات الأمن الغذائي");
        assertThat(entry.version()).isGreaterThan(drafted.entry().version());
        assertThat(as("eco.rapporteur", () -> history.revisions(drafted.entry().id())))
                .extracting(RevisionSummary::kind).containsExactlyInAnyOrder(RevisionKind.CREATED,
                        RevisionKind.IMPORTED);
    }

    @Test
    void a_change_saved_between_preview_and_confirmation_is_refused_through_the_version_check() {
        var code = uniqueCode();
        var drafted = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));
        var preview = preview("eco.rapporteur", csv(List.of(row(code, "From the file"))));
        as("eco.rapporteur", () -> matrix.update(drafted.entry().id(), drafted.entry().version(),
                fx.foodSecurity(code).withTimeframe(null, null), "Meanwhile"));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> imports.confirm(preview)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as("eco.rapporteur", () -> matrix.get(drafted.entry().id())).entry().data().title().en())
                .isEqualTo("Food security reserves");
    }

    @Test
    void a_rapporteur_updates_only_drafts_of_their_room() {
        var code = uniqueCode();
        var drafted = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));
        as("eco.rapporteur", () -> matrix.submit(drafted.entry().id(), drafted.entry().version()));
        assertOneProblem(csv(List.of(row(code, "Changed"))), MatrixColumn.CODE, "matrix.import.error.not-draft");
    }

    @Test
    void a_delegate_an_observer_and_the_rapporteur_of_another_room_are_refused() {
        var file = csv(List.of(row(uniqueCode(), "T")));
        for (var user : List.of("eco.fao", "eco.observer", "pol.rapporteur", "eco.chair.un")) {
            assertThatThrownBy(() -> preview(user, file)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("eco.fao", () -> imports.mayImport(eco))).isFalse();
        assertThat(as("eco.rapporteur", () -> imports.mayImport(eco))).isTrue();
    }

    @Test
    void a_room_id_forged_from_another_room_or_edition_is_refused() {
        var file = csv(List.of(row(uniqueCode(), "T")));
        // eco.rapporteur into the political room, and into their own room under another edition's id.
        assertThatThrownBy(() -> as("eco.rapporteur", () -> imports.preview(ImportTarget.room(edition, pol),
                "m.csv", file, ImportProgress.NONE))).isInstanceOf(AccessDeniedException.class);
        var geneva = as("admin", () -> rooms.details(fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC)).room().editionId());
        assertThatThrownBy(() -> as("eco.rapporteur", () -> imports.preview(ImportTarget.room(geneva, eco),
                "m.csv", file, ImportProgress.NONE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("eco.rapporteur", () -> imports.preview(ImportTarget.edition(edition),
                "m.csv", file, ImportProgress.NONE))).isInstanceOf(AccessDeniedException.class);
        // A preview the secretariat made for the political room, confirmed by the economic rapporteur.
        var forged = as("admin", () -> imports.preview(ImportTarget.room(edition, pol), "m.csv", file,
                ImportProgress.NONE));
        assertThatThrownBy(() -> as("eco.rapporteur", () -> imports.confirm(forged)))
                .isInstanceOf(AccessDeniedException.class);
        var rows = new ArrayList<>(forged.rows());
        var moved = new ImportPreview(ImportTarget.room(edition, eco), "m.csv", Language.EN, rows);
        assertThatThrownBy(() -> as("eco.rapporteur", () -> imports.confirm(moved)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_secretariat_imports_an_earlier_matrix_as_adopted() {
        var code = uniqueCode();
        var preview = as("admin", () -> imports.preview(ImportTarget.room(edition, eco), "m.xlsx",
                ImportFiles.xlsx("Economic", ImportFiles.HEADERS, List.of(row(code, "Adopted earlier"))),
                ImportProgress.NONE));
        assertThat(preview.rows().getFirst().status()).isEqualTo(EntryStatus.ADOPTED);
        as("admin", () -> imports.confirm(preview));
        assertThat(as("admin", () -> matrix.roomMatrix(eco, EntryFilter.all()).entries()))
                .filteredOn(e -> e.data().code().equals(code)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.ADOPTED));
    }

    private List<String> codes() {
        return as("admin", () -> matrix.roomMatrix(eco, EntryFilter.all()).entries().stream()
                .map(e -> e.data().code()).toList());
    }
}
