package org.majlis.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.majlis.MajlisSpringTest;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.e2e.BenchReport;
import org.majlis.export.Format;
import org.majlis.export.Layout;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.MatrixService;
import org.majlis.matrix.OicArea;
import org.majlis.meetings.EditionData;
import org.majlis.outcome.internal.MatrixExports;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.majlis.e2e.BenchReport.percentile;
import static org.majlis.matrix.MatrixFixtures.as;

/**
 * Benchmark, not a test (skipped unless {@code -Dmajlis.bench=true}; see {@code bench/README.md}): how long the
 * secretariat's exports of an edition with 500 matrix entries take, and how big the files are. Two editions are
 * created before the demo's (so the demo's current edition stays current): one whose three working sessions adopted
 * 500 entries, and the next one, which reviews them. Each export runs through {@link ExportService} as the
 * secretariat (the model built from the services, then written), once to warm up, then {@code majlis.bench.runs}
 * times.
 */
@MajlisSpringTest
@EnabledIfSystemProperty(named = "majlis.bench", matches = "true")
class ExportBenchIT {

    static final int ENTRIES = Integer.getInteger("majlis.bench.entries", 500);
    static final int RUNS = Integer.getInteger("majlis.bench.runs", 5);
    private static final List<RoomKind> WORKING = List.of(RoomKind.POLITICAL, RoomKind.ECONOMIC_SCIENTIFIC,
            RoomKind.CULTURAL_SOCIAL_HUMANITARIAN);

    @Autowired
    ExportService exports;
    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;
    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixReferenceService reference;
    @Autowired
    MatrixExports model;

    record Export(String name, Supplier<ExportFile> run) {
    }

    @Test
    void exports_of_an_edition_with_500_entries() throws IOException {
        var started = System.nanoTime();
        var matrixEdition = edition(88, LocalDate.of(2018, 7, 10), null);
        var reviewing = edition(89, LocalDate.of(2019, 7, 10), matrixEdition);
        fill(matrixEdition, LocalDate.of(2018, 7, 10));
        fill(reviewing, LocalDate.of(2019, 7, 10));
        var setUp = (System.nanoTime() - started) / 1_000_000;

        var ar = Layout.of(Language.AR);
        var en = Layout.of(Language.EN);
        var all = List.of(
                new Export("Model only: edition matrix as a Doc, nothing written", () -> {
                    var doc = model.editionDoc(reviewing);
                    return new ExportFile("model", Format.PDF, new byte[doc.blocks().size()]);
                }),
                new Export("Edition matrix XLSX (Arabic)", () -> exports.editionMatrix(reviewing, Format.XLSX, ar)),
                new Export("Edition matrix XLSX (English)", () -> exports.editionMatrix(reviewing, Format.XLSX, en)),
                new Export("Edition matrix CSV (Arabic)", () -> exports.editionMatrix(reviewing, Format.CSV, ar)),
                new Export("Edition matrix DOCX (Arabic)", () -> exports.editionMatrix(reviewing, Format.DOCX, ar)),
                new Export("Edition matrix DOCX (side by side)",
                        () -> exports.editionMatrix(reviewing, Format.DOCX, Layout.SIDE_BY_SIDE)),
                new Export("Edition matrix PDF (Arabic)", () -> exports.editionMatrix(reviewing, Format.PDF, ar)),
                new Export("Edition matrix PDF (side by side)",
                        () -> exports.editionMatrix(reviewing, Format.PDF, Layout.SIDE_BY_SIDE)),
                new Export("Review XLSX (Arabic)", () -> exports.review(reviewing, Format.XLSX, ar)),
                new Export("Review PDF (Arabic)", () -> exports.review(reviewing, Format.PDF, ar)),
                new Export("Review PDF (side by side)", () -> exports.review(reviewing, Format.PDF, Layout.SIDE_BY_SIDE)));

        var report = new BenchReport("Exports of an edition with " + ENTRIES + " matrix entries")
                .line("")
                .line(String.format(Locale.ROOT, "%d entries in 3 working sessions (and %d more in the previous"
                        + " edition, under review); set-up %d ms; %d runs after one warm-up; in-process through"
                        + " ExportService as the secretariat (model built from the services, then written).",
                        ENTRIES, ENTRIES, setUp, RUNS))
                .line("")
                .line("| Export | p50 ms | p95 ms | min ms | max ms | bytes |")
                .line("|---|---|---|---|---|---|");
        for (var export : all) {
            var file = as("admin", export.run());
            var times = new ArrayList<Long>();
            for (var i = 0; i < RUNS; i++) {
                var t0 = System.nanoTime();
                file = as("admin", export.run());
                times.add((System.nanoTime() - t0) / 1_000_000);
            }
            times.sort(null);
            report.line(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %,d |", export.name(),
                    percentile(times, 50), percentile(times, 95), times.getFirst(), times.getLast(), file.size()));
        }
        report.write("exports.md");
    }

    private long edition(int number, LocalDate start, Long previous) {
        return as("admin", () -> {
            var edition = editions.create(new EditionData(number, LocalizedText.of("Bench " + number,
                    "Banc " + number, "اختبار " + number), LocalizedText.of("Hall", "Salle", "قاعة"), start,
                    start.plusDays(2), previous, null));
            for (var kind : WORKING) {
                rooms.create(edition.id(), new RoomData(kind, LocalizedText.of("Session " + kind.name(),
                        "Séance " + kind.name(), "جلسة " + kind.name()), true));
            }
            return edition.id();
        });
    }

    private void fill(long editionId, LocalDate editionStart) {
        as("admin", () -> {
            var roomIds = rooms.rooms(editionId).stream().map(r -> r.id()).toList();
            var un = reference.organisations().stream().filter(o -> o.family() == OrganisationFamily.UN).toList();
            var oic = reference.organisations().stream().filter(o -> o.family() == OrganisationFamily.OIC).toList();
            var areas = reference.oicAreas().stream().map(OicArea::id).toList();
            var states = List.of("AF", "TD", "NE", "SO", "SD", "YE", "KZ", "TJ", "MR", "NG", "DJ", "GM");
            for (var i = 0; i < ENTRIES; i++) {
                var room = i % 3;
                var prefix = switch (room) {
                    case 0 -> "POL";
                    case 1 -> "ECO";
                    default -> "CSH";
                };
                matrix.importAdopted(roomIds.get(room), entry(String.format(Locale.ROOT, "%s-%03d", prefix, i / 3 + 1),
                        i, un, oic, areas, states, editionStart), null);
            }
            return null;
        });
    }

    private static EntryData entry(String code, int i, List<OrganisationSummary> un, List<OrganisationSummary> oic,
                                   List<Long> areas, List<String> states, LocalDate editionStart) {
        // every seventh entry lacks its French and Arabic description (shown marked, in English)
        var translated = i % 7 != 0;
        return new EntryData(code,
                LocalizedText.of("Joint programme on food security and resilient agriculture no. " + i,
                        "Programme conjoint sur la sécurité alimentaire et l'agriculture résiliente n° " + i,
                        "برنامج مشترك بشأن الأمن الغذائي والزراعة القادرة على الصمود رقم " + i),
                LocalizedText.of(("Support to national strategies, regional food reserves and the training of"
                                + " extension workers in the Sahel, Central Asia and the Horn of Africa. ").repeat(3),
                        translated ? ("Appui aux stratégies nationales, aux réserves alimentaires régionales et à la"
                                + " formation des agents de vulgarisation au Sahel, en Asie centrale et dans la Corne"
                                + " de l'Afrique. ").repeat(3) : null,
                        translated ? ("دعم الاستراتيجيات الوطنية واحتياطيات الغذاء الإقليمية وتدريب المرشدين الزراعيين"
                                + " في منطقة الساحل وآسيا الوسطى والقرن الأفريقي. ").repeat(3) : null),
                un.get(i % un.size()).id(), oic.get(i % oic.size()).id(),
                List.of(un.get((i + 1) % un.size()).id(), oic.get((i + 1) % oic.size()).id()),
                List.of(states.get(i % states.size()), states.get((i + 3) % states.size()),
                        states.get((i + 7) % states.size())),
                editionStart.plusMonths(2), editionStart.plusMonths(22),
                LocalizedText.of("Two national reserves set up; 300 extension workers trained",
                        "Deux réserves nationales constituées ; 300 agents de vulgarisation formés",
                        "إنشاء احتياطيين وطنيين وتدريب 300 مرشد زراعي"),
                LocalizedText.of("Tonnes in reserve; people trained", "Tonnes en réserve ; personnes formées",
                        "الأطنان المخزنة؛ عدد المتدربين"),
                List.of(1 + i % 17, 1 + (i + 5) % 17), List.of(areas.get(i % areas.size())),
                BigDecimal.valueOf(100_000L + 2_500L * i), "USD");
    }
}
