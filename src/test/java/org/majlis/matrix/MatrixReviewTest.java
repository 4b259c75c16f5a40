package org.majlis.matrix;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.InvalidInputException;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixServiceTest.assertError;

/** Astana 2024 reviews the matrix adopted at Geneva 2022 (demo data). */
@MajlisSpringTest
class MatrixReviewTest {

    @Autowired
    MatrixReviewService review;
    @Autowired
    MatrixService matrix;

    @Autowired
    MatrixFixtures fx;
    long eco;
    long csh;

    @BeforeEach
    void setUp() {
        eco = fx.astanaEco();
        csh = fx.room(16, RoomKind.CULTURAL_SOCIAL_HUMANITARIAN);
    }

    private ReviewSummary entry(String user, long room, String code) {
        return as(user, () -> review.review(room)).entries().stream()
                .filter(r -> code.equals(r.entry().data().code())).findFirst().orElseThrow();
    }

    @Test
    void each_astana_room_lists_what_the_same_geneva_room_adopted() {
        var ecoReview = as("eco.observer", () -> review.review(eco));
        assertThat(ecoReview.previousEditionNumber()).isEqualTo(15);
        assertThat(ecoReview.entries()).extracting(r -> r.entry().data().code())
                .contains("ECO-01", "ECO-02", "ECO-03").doesNotContain("CSH-01");
        assertThat(ecoReview.entries()).allSatisfy(r -> assertThat(r.entry().status()).isEqualTo(EntryStatus.ADOPTED));
        assertThat(entry("eco.observer", eco, "ECO-01").entry().data().title().ar())
                .isEqualTo("الأمن الغذائي والزراعة القادرة على الصمود في أفغانستان وتشاد ومنطقة الساحل");
        var genevaEco = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
        assertThat(as("admin", () -> review.review(genevaEco)).previousRoomId()).isNull();
    }

    @Test
    void only_a_delegate_of_a_lead_organisation_may_report() {
        assertThat(entry("eco.fao", eco, "ECO-01").mayReport()).isTrue();
        assertThat(entry("eco.fao", eco, "ECO-02").mayReport()).isFalse();
        assertThat(entry("eco.iofs", eco, "ECO-01").mayReport()).isTrue();
        var ecoOne = entry("eco.fao", eco, "ECO-01");
        for (var user : List.of("eco.ilo", "eco.rapporteur", "eco.chair.un", "eco.observer", "csh.unesco")) {
            assertThatThrownBy(() -> as(user, () -> {
                review.report(eco, ecoOne.entry().id(), ecoOne.reviewVersion(),
                        new ReviewReport(ImplementationStatus.ONGOING, 40, "x"));
                return null;
            })).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_lead_delegate_reports_status_progress_and_note_and_the_summary_counts_it() {
        var before = as("eco.chair.oic", () -> review.review(eco));
        var tvet = entry("eco.ilo", eco, "ECO-02");
        as("eco.ilo", () -> {
            review.report(eco, tvet.entry().id(), tvet.reviewVersion(),
                    new ReviewReport(ImplementationStatus.ONGOING, 60, "Four of six study visits held"));
            return null;
        });
        var after = as("eco.chair.oic", () -> review.review(eco));
        var reported = after.entries().stream().filter(r -> r.entry().id() == tvet.entry().id()).findFirst()
                .orElseThrow();
        assertThat(reported.status()).isEqualTo(ImplementationStatus.ONGOING);
        assertThat(reported.progress()).isEqualTo(60);
        assertThat(reported.note()).isEqualTo("Four of six study visits held");
        assertThat(reported.reportedBy()).isEqualTo("Peter Hansen");
        assertThat(after.notReported()).isEqualTo(before.notReported() - (tvet.status() == null ? 1 : 0));
        assertThat(after.countsByStatus().get(ImplementationStatus.ONGOING)).isPositive();
        assertThat(after.averageProgress()).isNotNull();
        // A second report from a stale version is refused.
        assertThatThrownBy(() -> as("eco.ilo", () -> {
            review.report(eco, tvet.entry().id(), tvet.reviewVersion(),
                    new ReviewReport(ImplementationStatus.COMPLETED, 100, null));
            return null;
        })).isInstanceOf(org.majlis.base.ConcurrentEditException.class);
    }

    @Test
    void progress_must_match_the_status() {
        var heritage = entry("csh.ircica", csh, "CSH-01");
        assertThatThrownBy(() -> as("csh.ircica", () -> {
            review.report(csh, heritage.entry().id(), heritage.reviewVersion(),
                    new ReviewReport(ImplementationStatus.COMPLETED, 50, null));
            return null;
        })).satisfies(e -> assertError(e, "progress", "validation.matrix.progress-completed"));
        assertThatThrownBy(() -> as("csh.ircica", () -> {
            review.report(csh, heritage.entry().id(), heritage.reviewVersion(),
                    new ReviewReport(ImplementationStatus.ONGOING, 130, null));
            return null;
        })).satisfies(e -> assertError(e, "progress", "validation.matrix.progress-range"));
    }

    @Test
    void an_entry_is_carried_over_once_keeping_its_origin() {
        var refugees = entry("pol.rapporteur", fx.room(16, RoomKind.POLITICAL), "POL-03");
        var pol = fx.room(16, RoomKind.POLITICAL);
        assertThatThrownBy(() -> as("pol.unhcr", () -> review.carryOver(pol, refugees.entry().id())))
                .isInstanceOf(AccessDeniedException.class);
        var carried = as("pol.rapporteur", () -> review.carryOver(pol, refugees.entry().id()));
        assertThat(carried.entry().status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(carried.entry().originEntryId()).isEqualTo(refugees.entry().id());
        assertThat(carried.entry().originCode()).isEqualTo("POL-03");
        assertThat(carried.entry().data().code()).isEqualTo("POL-03");
        assertThat(carried.entry().data().startDate()).isNull();
        assertThat(carried.entry().data().title()).isEqualTo(refugees.entry().data().title());
        assertThat(entry("pol.rapporteur", pol, "POL-03").carriedOverCode()).isEqualTo("POL-03");
        assertThatThrownBy(() -> as("pol.chair.un", () -> review.carryOver(pol, refugees.entry().id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_entry_of_another_room_is_not_under_review_here() {
        var heritage = entry("csh.ircica", csh, "CSH-01");
        assertThatThrownBy(() -> as("eco.rapporteur", () -> review.carryOver(eco, heritage.entry().id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_the_secretariat_loads_a_past_matrix() {
        var genevaEco = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
        var data = fx.foodSecurity(MatrixFixtures.uniqueCode()).withTimeframe(null, null);
        assertThatThrownBy(() -> as("eco.chair.oic", () -> matrix.importAdopted(genevaEco, data, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A fresh FAO–IOFS entry adopted at Geneva, under review in Astana with no report yet. */
    private ReviewSummary freshGenevaEntry() {
        var genevaEco = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
        var code = MatrixFixtures.uniqueCode();
        as("admin", () -> matrix.importAdopted(genevaEco, fx.foodSecurity(code).withTimeframe(null, null), null));
        return entry("eco.fao", eco, code);
    }

    private void report(String user, ReviewSummary under, long version, ImplementationStatus status, int progress,
                        String note) {
        as(user, () -> {
            review.report(eco, under.entry().id(), version, new ReviewReport(status, progress, note));
            return null;
        });
    }

    @Test
    void every_report_is_kept_and_the_latest_is_the_one_the_review_shows() {
        var fresh = freshGenevaEntry();
        assertThat(fresh.reportCount()).isZero();
        assertThat(as("eco.observer", () -> review.reportHistory(eco, fresh.entry().id()))).isEmpty();
        report("eco.fao", fresh, fresh.reviewVersion(), ImplementationStatus.ONGOING, 30, "Seed stocks bought");
        var afterFao = entry("eco.iofs", eco, fresh.entry().data().code());
        report("eco.iofs", afterFao, afterFao.reviewVersion(), ImplementationStatus.ONGOING, 55,
                "تم تخزين البذور في تشاد");

        var shown = entry("eco.chair.un", eco, fresh.entry().data().code());
        assertThat(shown.progress()).isEqualTo(55);
        assertThat(shown.reportCount()).isEqualTo(2);
        var history = as("eco.observer", () -> review.reportHistory(eco, fresh.entry().id()));
        assertThat(history).extracting(ImplementationReport::progress).containsExactly(55, 30);
        assertThat(history).extracting(ImplementationReport::reportedBy)
                .containsExactly("Farida Nurmagambetova", "Jean-Marc Lefèvre");
        assertThat(history).extracting(ImplementationReport::reporterOrganisation).containsExactly("IOFS", "FAO");
        assertThat(history.getFirst().note()).isEqualTo("تم تخزين البذور في تشاد");
        assertThat(history.getLast().note()).isEqualTo("Seed stocks bought");
    }

    @Test
    void two_first_reports_made_at_once_keep_one_and_refuse_the_other_which_changes_nothing() throws Exception {
        var fresh = freshGenevaEntry();
        var results = MatrixFixtures.atOnce(ConcurrentEditException.class, List.of("eco.fao", "eco.iofs").stream()
                .<Callable<Object>>map(user -> () -> {
                    report(user, fresh, fresh.reviewVersion(), ImplementationStatus.ONGOING, 10, user);
                    return user;
                }).toList());
        assertThat(results).filteredOn(r -> r instanceof String).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof ConcurrentEditException).hasSize(1);
        var history = as("eco.observer", () -> review.reportHistory(eco, fresh.entry().id()));
        assertThat(history).singleElement().satisfies(r -> assertThat(r.note()).isEqualTo(
                results.stream().filter(o -> o instanceof String).findFirst().orElseThrow()));
    }

    @Test
    void someone_outside_the_room_cannot_read_the_reports() {
        var fresh = freshGenevaEntry();
        report("eco.fao", fresh, fresh.reviewVersion(), ImplementationStatus.NOT_STARTED, 0, null);
        assertThatThrownBy(() -> as("pol.undp", () -> review.reportHistory(eco, fresh.entry().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("pol.undp", () -> review.review(eco))).isInstanceOf(AccessDeniedException.class);
    }
}
