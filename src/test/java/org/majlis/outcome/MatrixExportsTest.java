package org.majlis.outcome;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.Language;
import org.majlis.export.Doc;
import org.majlis.export.Sheet;
import org.majlis.export.Translated;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.RoomKind;
import org.majlis.outcome.internal.ExportTexts;
import org.majlis.outcome.internal.MatrixExports;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;

/**
 * The matrix and the review as the export model, built from the seeded demo data (Geneva 2022 adopted nine
 * entries, three per working session, which Astana 2024 reviews): columns, order, what is left out, the three
 * languages and the visible mark where a translation is missing.
 */
@MajlisSpringTest
class MatrixExportsTest {

    @Autowired
    MatrixExports exports;
    @Autowired
    ExportTexts texts;
    @Autowired
    MatrixService matrix;
    @Autowired
    EditionService editions;
    @Autowired
    MatrixFixtures fx;

    long geneva;
    long astana;
    long astanaEco;

    @BeforeEach
    void setUp() {
        geneva = edition(15);
        astana = edition(16);
        astanaEco = fx.astanaEco();
    }

    private long edition(int number) {
        return as("admin", () -> editions.list().stream().filter(e -> e.number() == number).findFirst()
                .orElseThrow().id());
    }

    private static List<String> column(Doc.Table table, int index, Language language) {
        return table.rows().stream().map(row -> row.get(index).get(language)).toList();
    }

    private static List<String> headers(Doc.Table table, Language language) {
        return table.headers().stream().map(h -> h.get(language)).toList();
    }

    @Test
    void the_edition_matrix_has_one_sheet_per_working_session_in_room_order_with_the_agreed_columns() {
        var sheets = as("admin", () -> exports.editionSheets(geneva));
        // the demo's three working sessions first, in room order (other tests may add rooms after them)
        assertThat(sheets).extracting(s -> s.name().get(Language.EN))
                .startsWith("Political issues", "Economic and scientific issues",
                        "Cultural, social and humanitarian issues");
        assertThat(sheets.getFirst().name().get(Language.AR)).isNotBlank().isNotEqualTo("Political issues");
        var political = sheets.getFirst().table();
        assertThat(headers(political, Language.EN)).containsExactly("Reference code", "Title", "Description",
                "Lead UN entity", "Lead OIC institution", "Partner organisations", "Beneficiary member states",
                "Timeframe", "Expected results", "Indicators", "Sustainable Development Goals",
                "OIC-2025 priority areas", "Estimated budget");
        assertThat(headers(political, Language.FR)).allSatisfy(h -> assertThat(h).isNotBlank())
                .doesNotContain("Title", "Timeframe");
        assertThat(headers(political, Language.AR)).allSatisfy(h -> assertThat(h).matches(".*\\p{IsArabic}.*"));
        assertThat(column(political, 0, Language.EN)).contains("POL-01", "POL-02", "POL-03").isSorted();
        var pol01 = political.rows().get(column(political, 0, Language.EN).indexOf("POL-01"));
        assertThat(pol01.get(1).get(Language.AR)).isEqualTo("تعزيز المؤسسات العامة والحكم الرشيد");
        assertThat(pol01.get(3).get(Language.EN)).isEqualTo("UNDP");
        assertThat(pol01.get(6).get(Language.EN)).isEqualTo("Sudan; Somalia; Yemen");
        assertThat(pol01.get(6).get(Language.AR)).contains("الصومال").contains("؛ ");
        assertThat(pol01.get(7).get(Language.EN)).isEqualTo("September 1, 2022 – June 30, 2024");
        assertThat(pol01.get(7).get(Language.FR)).isEqualTo("1 septembre 2022 – 30 juin 2024");
        assertThat(pol01.get(10).get(Language.EN)).startsWith("16 — ").contains("; 17 — ");
        assertThat(pol01.get(11).get(Language.EN)).startsWith("POA-15 — ");
        assertThat(pol01.get(12).get(Language.EN)).isEqualTo("1,200,000 USD");
        assertThat(pol01.get(12).get(Language.FR)).isEqualTo("1\u202f200\u202f000 USD");
    }

    @Test
    void a_missing_translation_stays_missing_in_the_model_and_is_shown_marked_in_the_other_language() {
        var political = as("admin", () -> exports.editionSheets(geneva)).getFirst().table();
        var pol03 = political.rows().get(column(political, 0, Language.EN).indexOf("POL-03"));
        var description = pol03.get(2);
        assertThat(description.get(Language.FR)).isNull();
        var shown = description.shown(Language.FR);
        assertThat(shown.fallback()).isTrue();
        assertThat(shown.language()).isEqualTo(Language.EN);
        assertThat(texts.fallbackMarks().mark(Language.FR, Language.EN)).isEqualTo("[Non traduit — affiché en anglais]");
        assertThat(texts.fallbackMarks().mark(Language.AR, Language.EN))
                .isEqualTo("[غير مترجم — معروض باللغة الإنكليزية]");
        assertThat(texts.fallbackMarks().mark(Language.EN, Language.FR)).isEqualTo("[Not translated — shown in French]");
    }

    @Test
    void the_edition_matrix_holds_adopted_entries_only_and_the_csv_table_names_each_entrys_room() {
        var adopted = MatrixFixtures.uniqueCode();
        var draft = MatrixFixtures.uniqueCode();
        var entry = as("eco.rapporteur", () -> matrix.draft(astanaEco, fx.foodSecurity(adopted), null)).entry();
        var submitted = as("eco.rapporteur", () -> matrix.submit(entry.id(), entry.version())).entry();
        as("eco.chair.un", () -> matrix.adopt(submitted.id(), submitted.version()));
        as("eco.rapporteur", () -> matrix.draft(astanaEco, fx.foodSecurity(draft), null));

        var sheets = as("admin", () -> exports.editionSheets(astana));
        var eco = sheets.get(1).table();
        assertThat(column(eco, 0, Language.EN)).contains(adopted).doesNotContain(draft);
        assertThat(sheets).flatExtracting(s -> column(s.table(), 0, Language.EN)).doesNotContain(draft);

        var csv = as("admin", () -> exports.editionSheet(astana)).table();
        assertThat(headers(csv, Language.EN).subList(0, 2)).containsExactly("Working session", "Reference code");
        var row = csv.rows().stream().filter(r -> adopted.equals(r.get(1).get(Language.EN))).findFirst().orElseThrow();
        assertThat(row.get(0).get(Language.EN)).isEqualTo("Cooperation on Economic and Scientific Issues");
        assertThat(column(csv, 1, Language.EN)).doesNotContain(draft);

        var doc = as("admin", () -> exports.editionDoc(astana));
        assertThat(doc.landscape()).isTrue();
        assertThat(doc.blocks()).filteredOn(Doc.Heading.class::isInstance).map(h -> ((Doc.Heading) h).text()
                .get(Language.EN)).startsWith("Cooperation on Political Issues",
                "Cooperation on Economic and Scientific Issues", "Cooperation on Cultural, Social and Humanitarian Issues");
        assertThat(doc.blocks()).filteredOn(Doc.Table.class::isInstance).map(Doc.Table.class::cast)
                .flatExtracting(t -> column(t, 0, Language.EN)).contains(adopted).doesNotContain(draft);
    }

    @Test
    void a_rooms_matrix_shows_every_entry_but_the_withdrawn_ones_with_its_status() {
        var kept = MatrixFixtures.uniqueCode();
        var gone = MatrixFixtures.uniqueCode();
        as("eco.rapporteur", () -> matrix.draft(astanaEco, fx.foodSecurity(kept), null));
        var withdrawn = as("eco.rapporteur", () -> matrix.draft(astanaEco, fx.foodSecurity(gone), null)).entry();
        as("eco.rapporteur", () -> matrix.withdraw(withdrawn.id(), withdrawn.version()));

        Sheet sheet = as("eco.observer", () -> exports.roomSheet(astanaEco));
        var table = sheet.table();
        assertThat(headers(table, Language.EN).getLast()).isEqualTo("Status");
        assertThat(column(table, 0, Language.EN)).contains(kept).doesNotContain(gone).isSorted();
        var row = table.rows().get(column(table, 0, Language.EN).indexOf(kept));
        assertThat(row.getLast().get(Language.EN)).isEqualTo("Draft");
        assertThat(row.getLast().get(Language.AR)).matches(".*\\p{IsArabic}.*");
        assertThat(row.get(1).get(Language.AR)).isEqualTo("احتياطيات الأمن الغذائي");

        var doc = as("eco.observer", () -> exports.roomDoc(astanaEco));
        assertThat(doc.landscape()).isTrue();
        assertThat(doc.title().get(Language.EN))
                .isEqualTo("Matrix of joint activities: Cooperation on Economic and Scientific Issues");
        assertThat(doc.blocks()).filteredOn(Doc.Table.class::isInstance).singleElement()
                .satisfies(t -> assertThat(column((Doc.Table) t, 0, Language.EN)).contains(kept)
                        .doesNotContain(gone));
    }

    @Test
    void the_review_lists_each_entry_of_the_previous_matrix_with_its_room_status_and_progress() {
        var sheet = as("admin", () -> exports.reviewSheet(astana));
        assertThat(sheet.name().get(Language.EN)).isEqualTo("Review of the matrix of the 15th edition");
        var table = sheet.table();
        assertThat(headers(table, Language.EN)).containsExactly("Working session", "Reference code", "Title",
                "Lead UN entity", "Lead OIC institution", "Implementation", "Progress", "Short note", "Reported by",
                "Carried over as");
        assertThat(column(table, 1, Language.EN)).contains("POL-01", "ECO-01", "CSH-03");
        assertThat(column(table, 1, Language.EN)).filteredOn(code -> code.matches("[A-Z]+-0[1-3]"))
                .startsWith("POL-01");
        assertThat(column(table, 5, Language.EN)).allSatisfy(status -> assertThat(status).isIn(
                "Not reported yet", "Not started", "Ongoing", "Completed", "Discontinued"));
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.get(6).isEmpty()
                || row.get(6).get(Language.EN).endsWith(" %")).isTrue());

        var doc = as("admin", () -> exports.reviewDoc(astana));
        assertThat(doc.landscape()).isTrue();
        var headings = doc.blocks().stream().filter(Doc.Heading.class::isInstance).count();
        assertThat(headings).isGreaterThanOrEqualTo(3);
        assertThat(doc.title().get(Language.AR)).matches(".*\\p{IsArabic}.*");
        assertThat(doc.blocks()).filteredOn(Doc.Paragraph.class::isInstance).map(b -> ((Doc.Paragraph) b).text()
                        .get(Language.EN)).filteredOn(text -> text.contains("under review")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(text -> assertThat(text).matches(
                        "\\d+ entries under review, (none reported yet|\\d+ reported, average progress \\d+ %)"));
    }

    @Test
    void texts_of_majlis_are_given_in_the_three_languages() {
        Translated status = texts.t("matrix.status.ADOPTED");
        assertThat(status.get(Language.EN)).isEqualTo("Adopted");
        assertThat(status.get(Language.FR)).isNotBlank().isNotEqualTo("Adopted");
        assertThat(status.get(Language.AR)).matches(".*\\p{IsArabic}.*");
    }
}
