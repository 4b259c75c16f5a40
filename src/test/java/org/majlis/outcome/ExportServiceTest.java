package org.majlis.outcome;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.Language;
import org.majlis.export.Format;
import org.majlis.export.Layout;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.matrix.MatrixFixtures.as;

/**
 * Who may export what (ADR 0041): a room's matrix, anyone who may read the room; an edition's matrix and the review,
 * the secretariat only. Ids are not trusted: a room of another edition or a room the user is not in is refused.
 */
@MajlisSpringTest
class ExportServiceTest {

    @Autowired
    ExportService exports;
    @Autowired
    EditionService editions;
    @Autowired
    MatrixFixtures fx;

    long astana;
    long astanaEco;
    long astanaPolitical;
    long genevaEco;

    @BeforeEach
    void setUp() {
        astana = as("admin", () -> editions.list().stream().filter(e -> e.number() == 16).findFirst()
                .orElseThrow().id());
        astanaEco = fx.astanaEco();
        astanaPolitical = fx.room(16, RoomKind.POLITICAL);
        genevaEco = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
    }

    @Test
    void a_participant_cannot_export_the_matrix_of_a_room_they_are_not_in() {
        assertThatThrownBy(() -> as("eco.observer", () -> exports.roomMatrix(astanaPolitical, Format.XLSX,
                Layout.of(Language.EN)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("pol.rapporteur", () -> exports.roomMatrix(astanaEco, Format.PDF,
                Layout.SIDE_BY_SIDE))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_chair_cannot_export_the_same_room_of_another_edition() {
        assertThatThrownBy(() -> as("eco.chair.un", () -> exports.roomMatrix(genevaEco, Format.CSV,
                Layout.of(Language.AR)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_secretariat_exports_an_editions_matrix_and_the_review() {
        for (var user : new String[]{"eco.chair.un", "eco.rapporteur", "eco.observer"}) {
            assertThatThrownBy(() -> as(user, () -> exports.editionMatrix(astana, Format.XLSX,
                    Layout.of(Language.EN)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> exports.review(astana, Format.PDF, Layout.of(Language.AR))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_spreadsheet_is_in_one_language_never_side_by_side() {
        assertThatThrownBy(() -> as("admin", () -> exports.editionMatrix(astana, Format.XLSX, Layout.SIDE_BY_SIDE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // The files themselves need the writers (branch i11-export): these run once it is merged.

    @Test
    void an_observer_of_the_room_exports_its_matrix_named_after_the_room_and_the_language() {
        var file = as("eco.observer", () -> exports.roomMatrix(astanaEco, Format.XLSX, Layout.of(Language.AR)));
        assertThat(file.fileName()).isEqualTo("matrix-16-cooperation-on-economic-and-scientific-issues-ar.xlsx");
        assertThat(file.format()).isEqualTo(Format.XLSX);
        assertThat(file.size()).isPositive();
    }

    @Test
    void the_secretariat_exports_the_editions_matrix_and_review_in_every_format() {
        var pdf = as("admin", () -> exports.editionMatrix(astana, Format.PDF, Layout.SIDE_BY_SIDE));
        assertThat(pdf.fileName()).isEqualTo("matrix-16-astana-en-fr-ar.pdf");
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var csv = as("admin", () -> exports.editionMatrix(astana, Format.CSV, Layout.of(Language.FR)));
        assertThat(csv.fileName()).isEqualTo("matrix-16-astana-fr.csv");
        var review = as("admin", () -> exports.review(astana, Format.XLSX, Layout.of(Language.EN)));
        assertThat(review.fileName()).isEqualTo("review-16-astana-en.xlsx");
        assertThat(review.size()).isPositive();
    }
}
