package org.majlis.report;

import org.junit.jupiter.api.Test;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.Translations;
import org.majlis.export.Doc;
import org.majlis.floor.FloorKind;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.RoomKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.report.ReportFixture.text;

/** The room report as an export document: everything the report says, in order, in the three languages. */
class RoomReportDocumentTest {

    private final RoomReportDocument documents = new RoomReportDocument(new Translations());

    private static RoomReport report(RoomKind kind) {
        var fao = new ReportRecord.Organisation(1, OrganisationFamily.UN, LocalizedText.of("FAO", "FAO", "الفاو"),
                LocalizedText.of("FAO", "FAO", "الفاو"));
        var iofs = new ReportRecord.Organisation(2, OrganisationFamily.OIC, LocalizedText.of("IOFS", "OISA", null),
                LocalizedText.of("IOFS", "OISA", null));
        var kz = new ReportRecord.Organisation(3, OrganisationFamily.MEMBER_STATE,
                LocalizedText.of("Kazakhstan", "Kazakhstan", "كازاخستان"), LocalizedText.empty());
        var record = new ReportRecord(LocalizedText.of("Economic session", "Séance économique", "الجلسة الاقتصادية"),
                kind, 16, LocalizedText.of("Astana", "Astana", "أستانا"), LocalDate.of(2024, 7, 22),
                LocalDate.of(2024, 7, 24),
                List.of(new ReportRecord.CoChair("Elena Petrova", LocalizedText.of("UNDP", "PNUD", null))),
                List.of(fao, iofs, kz),
                List.of(new ReportRecord.Item(10, 1, LocalizedText.of("Food security", "Sécurité alimentaire",
                                "الأمن الغذائي"), true,
                                List.of(new ReportRecord.Intervention(100, 1, fao.acronym(), FloorKind.STATEMENT, 330),
                                        new ReportRecord.Intervention(101, 3, kz.name(), FloorKind.QUESTION, 65)),
                                List.of(new ReportRecord.Statement(7, iofs.acronym(), "Letter of Intent"))),
                        new ReportRecord.Item(11, 2, LocalizedText.of("Water", null, null), true, List.of(), List.of())),
                List.of(new ReportRecord.Entry(5, "ECO-01", LocalizedText.of("Seed banks", "Banques de semences",
                        "بنوك البذور"))));
        var texts = new ReportTexts(ReportText.empty(),
                Map.of(10L, text("FAO and IOFS presented their work.", "La FAO et l'OISA ont présenté leurs travaux.",
                        "عرضت الفاو والمنظمة الإسلامية للأمن الغذائي عملهما.")),
                text("Set up a task force.", null, "إنشاء فرقة عمل."));
        return new RoomReport(1, 3, 9, ReportStatus.ADOPTED, null, record, Instant.EPOCH, texts, 3, Instant.EPOCH,
                "Kemal Aydın");
    }

    @Test
    void the_document_has_the_title_room_dates_co_chairs_organisations_items_recommendations_and_entries() {
        var doc = documents.document(report(RoomKind.ECONOMIC_SCIENTIFIC));
        assertThat(doc.title().get(Language.EN)).isEqualTo("Report of the working session: Economic session");
        assertThat(doc.title().get(Language.FR)).isEqualTo("Rapport de la séance de travail : Séance économique");
        assertThat(doc.title().get(Language.AR)).isEqualTo("تقرير جلسة العمل: الجلسة الاقتصادية");
        var english = doc.blocks().stream().map(b -> switch (b) {
            case Doc.Heading h -> "H" + h.level() + " " + h.text().get(Language.EN);
            case Doc.Paragraph p -> "P " + (p.text().get(Language.EN) == null ? "(none)" : p.text().get(Language.EN));
            case Doc.Table t -> "T " + t.headers().stream().map(x -> x.get(Language.EN)).toList() + " "
                    + t.rows().stream().map(r -> r.stream().map(x -> x.get(Language.EN)).toList()).toList();
            case Doc.PageBreak p -> "break";
        }).toList();
        assertThat(english).containsExactly(
                "H1 Report of the working session: Economic session",
                "P 16th UN–OIC General Meeting, Astana, July 22, 2024 – July 24, 2024",
                "P Adopted report",
                "P Co-chairs: Elena Petrova (UNDP)",
                "H2 Participating organisations",
                "P United Nations: FAO",
                "P OIC: IOFS",
                "P Member states: Kazakhstan",
                "H2 Agenda items",
                "H3 Item 1: Food security",
                "T [Organisation, Intervention, Duration] [[FAO, Statement, 5 min 30 s], [Kazakhstan, Question, 1 min 5 s]]",
                "P Written statements: Letter of Intent (IOFS)",
                "P FAO and IOFS presented their work.",
                "H3 Item 2: Water",
                "P No one took the floor on this item.",
                "H2 Recommendations",
                "P Set up a task force.",
                "H2 Adopted matrix entries",
                "T [Code, Activity] [[ECO-01, Seed banks]]");
    }

    @Test
    void a_missing_translation_is_left_for_the_writer_to_mark_and_labels_exist_in_every_language() {
        var doc = documents.document(report(RoomKind.ECONOMIC_SCIENTIFIC));
        var recommendations = (Doc.Paragraph) doc.blocks().get(16);
        var shown = recommendations.text().shown(Language.FR);
        assertThat(shown.fallback()).isTrue();
        assertThat(recommendations.text().get(Language.AR)).isEqualTo("إنشاء فرقة عمل.");
        assertThat(documents.fallbackMarks().mark(Language.FR, Language.EN))
                .isEqualTo("[Non traduit — texte en anglais]");
        assertThat(doc.blocks()).filteredOn(b -> b instanceof Doc.Heading).allSatisfy(h -> {
            for (var language : Language.values()) {
                assertThat(((Doc.Heading) h).text().get(language)).isNotBlank();
            }
        });
        var arabicItem = (Doc.Heading) doc.blocks().get(9);
        assertThat(arabicItem.text().get(Language.AR)).isEqualTo("البند 1: الأمن الغذائي");
    }

    @Test
    void the_opening_plenary_document_is_its_summary_without_a_matrix_section() {
        var plenary = report(RoomKind.PLENARY);
        var record = plenary.record();
        var noEntries = new ReportRecord(record.room(), record.kind(), record.editionNumber(), record.city(),
                record.startDate(), record.endDate(), record.coChairs(), record.organisations(), record.items(),
                List.of());
        var doc = documents.document(new RoomReport(1, 1, 9, ReportStatus.ADOPTED, null, noEntries, Instant.EPOCH,
                plenary.texts(), 1, Instant.EPOCH, "x"));
        assertThat(doc.title().get(Language.EN)).isEqualTo("Summary of the opening plenary: Economic session");
        assertThat(doc.blocks()).noneMatch(b -> b instanceof Doc.Heading h
                && "Adopted matrix entries".equals(h.text().get(Language.EN)));
    }
}
