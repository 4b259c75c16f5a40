package org.majlis.outcome;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.export.Format;
import org.majlis.export.Layout;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryFilter;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.ImportAction;
import org.majlis.matrix.ImportProgress;
import org.majlis.matrix.ImportRow;
import org.majlis.matrix.ImportTarget;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixImportService;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.MatrixService;
import org.majlis.matrix.imports.ImportFiles;
import org.majlis.meetings.EditionData;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;

/**
 * Export → import into an empty edition gives the same matrix, on the real database: a room's matrix through its
 * English, French and Arabic exports (each import brings its language's texts), and an edition's matrix through its
 * workbook with a sheet per room. Also how long a 5,000-row file takes to preview (printed, and bounded).
 * Editions are made in the 20th century, so they never become the current edition other tests rely on.
 */
@MajlisSpringTest
class MatrixImportRoundTripTest {

    @Autowired
    ExportService exports;
    @Autowired
    MatrixImportService imports;
    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixReferenceService reference;
    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;
    @Autowired
    MatrixFixtures fx;

    @Test
    void a_rooms_matrix_exported_in_three_languages_and_imported_into_an_empty_room_is_the_same_matrix() {
        var source = pastEdition(null);
        var sourceRoom = room(source, RoomKind.ECONOMIC_SCIENTIFIC);
        var entries = sampleEntries(source);
        entries.forEach(data -> as("admin", () -> matrix.importAdopted(sourceRoom.id(), data, null)));

        var target = pastEdition(source.startDate());
        var targetRoom = room(target, RoomKind.ECONOMIC_SCIENTIFIC);
        var files = List.of(
                as("admin", () -> exports.roomMatrix(sourceRoom.id(), Format.XLSX, Layout.of(Language.EN))),
                as("admin", () -> exports.roomMatrix(sourceRoom.id(), Format.CSV, Layout.of(Language.FR))),
                as("admin", () -> exports.roomMatrix(sourceRoom.id(), Format.XLSX, Layout.of(Language.AR))));
        for (var file : files) {
            var preview = as("admin", () -> imports.preview(ImportTarget.room(target.id(), targetRoom.id()),
                    file.fileName(), file.bytes(), ImportProgress.NONE));
            assertThat(preview.rows()).as(file.fileName()).allSatisfy(row ->
                    assertThat(row.problems()).as("row %d of %s", row.number(), file.fileName()).isEmpty());
            as("admin", () -> imports.confirm(preview));
        }

        assertThat(contents(targetRoom.id())).isEqualTo(contents(sourceRoom.id()));
        assertThat(as("admin", () -> matrix.roomMatrix(targetRoom.id(), EntryFilter.all()).entries()))
                .extracting(EntrySummary::status).containsOnly(EntryStatus.ADOPTED);

        // Importing the exports again changes nothing.
        for (var file : files) {
            var again = as("admin", () -> imports.preview(ImportTarget.room(target.id(), targetRoom.id()),
                    file.fileName(), file.bytes(), ImportProgress.NONE));
            assertThat(again.rows()).extracting(ImportRow::action).containsOnly(ImportAction.UNCHANGED);
        }
    }

    @Test
    void an_editions_matrix_workbook_with_a_sheet_per_room_imports_into_the_same_rooms_of_an_empty_edition() {
        var source = pastEdition(null);
        var eco = room(source, RoomKind.ECONOMIC_SCIENTIFIC);
        var pol = room(source, RoomKind.POLITICAL);
        var entries = sampleEntries(source);
        as("admin", () -> matrix.importAdopted(eco.id(), entries.get(0), null));
        as("admin", () -> matrix.importAdopted(pol.id(), entries.get(1), null));
        as("admin", () -> matrix.importAdopted(pol.id(), entries.get(2), null));

        var target = pastEdition(source.startDate());
        var targetEco = room(target, RoomKind.ECONOMIC_SCIENTIFIC);
        var targetPol = room(target, RoomKind.POLITICAL);
        for (var format : List.of(Format.XLSX, Format.CSV)) {
            var file = as("admin", () -> exports.editionMatrix(source.id(), format, Layout.of(Language.EN)));
            var preview = as("admin", () -> imports.preview(ImportTarget.edition(target.id()), file.fileName(),
                    file.bytes(), ImportProgress.NONE));
            assertThat(preview.rows()).as(file.fileName()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
            as("admin", () -> imports.confirm(preview));
        }
        assertThat(codes(targetEco.id())).containsExactly(entries.get(0).code());
        assertThat(codes(targetPol.id())).containsExactlyInAnyOrder(entries.get(1).code(), entries.get(2).code());
    }

    @Test
    void a_file_of_5000_rows_previews_within_seconds() {
        var edition = pastEdition(null);
        var room = room(edition, RoomKind.ECONOMIC_SCIENTIFIC);
        var year = edition.startDate().getYear();
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < 5000; i++) {
            var code = "BIG" + (char) ('A' + i / 1000) + (char) ('A' + i / 100 % 10) + "-" + String.format("%02d", i % 100);
            var row = ImportFiles.row(code, "Activity number " + i + " on food security and resilience");
            row = ImportFiles.with(row, "Timeframe", (year) + "-03-01 – " + (year + 1) + "-06-30");
            row = ImportFiles.with(row, "Description", "A description of activity " + i + ", ".repeat(20));
            rows.add(row);
        }
        rows.set(4321, ImportFiles.with(rows.get(4321), "Lead UN entity", "Nowhere Agency"));
        var files = java.util.Map.of("big.csv", ImportFiles.csv(rows), "big.xlsx",
                ImportFiles.xlsx("Matrix", ImportFiles.HEADERS, rows));
        // The workbook twice: the first one POI opens in a JVM includes its warm-up.
        for (var named : List.of(java.util.Map.entry("big.xlsx", files.get("big.xlsx")),
                java.util.Map.entry("big.xlsx (again)", files.get("big.xlsx")),
                java.util.Map.entry("big.csv", files.get("big.csv")))) {
            var file = named.getValue();
            var updates = new ArrayList<Integer>();
            var started = System.nanoTime();
            var preview = as("admin", () -> imports.preview(ImportTarget.room(edition.id(), room.id()),
                    named.getKey().replace(" (again)", ""), file,
                    (done, total) -> updates.add(done)));
            var millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Import preview of 5,000 rows, %s (%,d bytes): %,d ms, %d progress updates%n",
                    named.getKey(), file.length, millis, updates.size());
            assertThat(preview.rows()).hasSize(5000);
            assertThat(preview.rowsWithProblems()).isEqualTo(1);
            assertThat(preview.rows().get(4321).number()).isEqualTo(4323);
            assertThat(updates).hasSizeGreaterThan(40);
            assertThat(millis).isLessThan(20_000);
        }
    }

    @Test
    void five_thousand_rows_are_imported_in_one_transaction() {
        var edition = pastEdition(null);
        var room = room(edition, RoomKind.ECONOMIC_SCIENTIFIC);
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < 5000; i++) {
            var code = "ALL" + (char) ('A' + i / 1000) + (char) ('A' + i / 100 % 10) + "-" + String.format("%02d", i % 100);
            rows.add(ImportFiles.with(ImportFiles.row(code, "Activity " + i), "Timeframe", ""));
        }
        var file = ImportFiles.csv(rows);
        var preview = as("admin", () -> imports.preview(ImportTarget.room(edition.id(), room.id()), "all.csv", file,
                ImportProgress.NONE));
        assertThat(preview.hasProblems()).isFalse();
        var started = System.nanoTime();
        var result = as("admin", () -> imports.confirm(preview));
        var millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Import of 5,000 new entries (one transaction): %,d ms%n", millis);
        assertThat(result.created()).isEqualTo(5000);
        assertThat(codes(room.id())).hasSize(5000);
    }

    /** Three entries for an edition: texts in three languages, one with English only, every column used. */
    private List<EntryData> sampleEntries(EditionSummary edition) {
        var start = edition.startDate();
        var area = as("admin", () -> reference.oicAreas().stream().filter(a -> a.active()).findFirst().orElseThrow());
        var code = MatrixFixtures.uniqueCode().substring(0, 4);
        return List.of(
                new EntryData(code + "A-01", LocalizedText.of("Food reserves", "Réserves alimentaires",
                        "احتياطيات غذائية"), LocalizedText.of("Line one\nline two, \"quoted\"", "Ligne un",
                        "السطر الأول"), fx.org("FAO"), fx.org("IOFS"), List.of(fx.org("IsDB"), fx.org("UNDP")),
                        List.of("TD", "NE", "SN"), start.plusMonths(2), start.plusMonths(20),
                        LocalizedText.of("Two reserves", "Deux réserves", "احتياطيان"),
                        LocalizedText.of(null, "Tonnes stockées", null), List.of(2, 13), List.of(area.id()),
                        new BigDecimal("1250000.5"), "EUR"),
                new EntryData(code + "B-02", LocalizedText.of("English only", null, null), LocalizedText.empty(),
                        fx.org("UNDP"), fx.org("SESRIC"), List.of(), List.of(), start.plusMonths(1), null,
                        LocalizedText.empty(), LocalizedText.empty(), List.of(), List.of(), null, null),
                new EntryData(code + "C-03", LocalizedText.of(null, null, "عنوان بالعربية فقط"),
                        LocalizedText.of(null, "Seulement en français", null), fx.org("FAO"), fx.org("IsDB"),
                        List.of(fx.org("IOFS")), List.of("AF"), start, start.plusYears(2), LocalizedText.empty(),
                        LocalizedText.empty(), List.of(17), List.of(), new BigDecimal("300"), "USD"));
    }

    private List<EntryData> contents(long roomId) {
        return as("admin", () -> matrix.roomMatrix(roomId, EntryFilter.all()).entries().stream()
                .map(EntrySummary::data).sorted(Comparator.comparing(EntryData::code)).toList());
    }

    private List<String> codes(long roomId) {
        return contents(roomId).stream().map(EntryData::code).toList();
    }

    private RoomSummary room(EditionSummary edition, RoomKind kind) {
        return as("admin", () -> rooms.rooms(edition.id()).stream().filter(r -> r.kind() == kind).findFirst()
                .orElseGet(() -> rooms.create(edition.id(), new RoomData(kind, LocalizedText.of(
                        "Room " + kind, "Salle " + kind, "قاعة " + kind), true))));
    }

    /** A new edition long over (numbers from 700 on), so it never becomes the current one. */
    private EditionSummary pastEdition(@Nullable LocalDate start) {
        return as("admin", () -> {
            synchronized (MatrixImportRoundTripTest.class) {
                var taken = editions.list().stream().map(EditionSummary::number).toList();
                var number = IntStream.range(700, 900).filter(n -> !taken.contains(n)).findFirst().orElseThrow();
                var first = start != null ? start : LocalDate.of(1900 + number % 100, 3, 1);
                return editions.create(new EditionData(number, LocalizedText.of("Import city " + number, null, null),
                        LocalizedText.empty(), first, first.plusDays(2), null, null));
            }
        });
    }
}
