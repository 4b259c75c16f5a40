package org.majlis.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.Language;
import org.majlis.base.RefusedException;
import org.majlis.export.Doc;
import org.majlis.export.Format;
import org.majlis.export.Layout;
import org.majlis.meetings.EditionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;
import static org.majlis.report.ReportFixture.text;

/**
 * The room report and the final report as files: who may download them, what the final report puts in which order,
 * and the files read back with the libraries that wrote them.
 */
@MajlisSpringTest
class ReportFilesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportService reports;
    @Autowired
    ReportFiles files;
    @Autowired
    FinalReportDocument finalReport;
    @Autowired
    EditionService editions;

    ReportFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ReportFixture(context);
    }

    private RoomReport written() {
        var report = as(fx.room.rapporteur, () -> reports.start(fx.room.roomId));
        var texts = report.texts()
                .with(ReportPart.summary(fx.first.id()), text("Members welcomed the Letter of Intent.",
                        "Les membres ont salué la lettre d'intention.", "رحب الأعضاء بخطاب النوايا."))
                .with(ReportPart.summary(fx.second.id()), text("Water was discussed.", "L'eau a été discutée.",
                        "نوقشت المياه."))
                .with(ReportPart.RECOMMENDATIONS, text("Set up a task force.", "Créer un groupe de travail.",
                        "إنشاء فرقة عمل."));
        return as(fx.room.rapporteur, () -> reports.save(fx.room.roomId, report.version(), texts, "All texts"));
    }

    @Test
    void a_delegate_downloads_the_report_only_once_it_is_submitted_and_arabic_paragraphs_are_right_to_left()
            throws Exception {
        var draft = written();
        var delegate = fx.room.delegate(0);
        assertThatThrownBy(() -> as(delegate, () -> files.roomReport(fx.room.roomId, Format.DOCX,
                Layout.of(Language.AR)))).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo("report.export.none");

        as(fx.room.rapporteur, () -> reports.submit(fx.room.roomId, draft.version()));
        var file = as(delegate, () -> files.roomReport(fx.room.roomId, Format.DOCX, Layout.of(Language.AR)));

        assertThat(file.fileName()).endsWith("-ar.docx").startsWith("report-");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(file.bytes()))) {
            var summary = docx.getParagraphs().stream()
                    .filter(p -> p.getText().contains("رحب الأعضاء بخطاب النوايا.")).findFirst().orElseThrow();
            assertThat(rightToLeft(summary)).isTrue();
        }
    }

    @Test
    void the_chair_of_another_room_and_a_chair_asking_for_the_final_report_are_refused() {
        written();
        assertThatThrownBy(() -> as(fx.room.otherRoomChair, () -> files.roomReport(fx.room.roomId, Format.PDF,
                Layout.of(Language.EN)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fx.room.chair, () -> files.finalReport(fx.room.editionId, Format.PDF,
                Layout.of(Language.EN), false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fx.room.chair, () -> finalReport.document(fx.room.editionId, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_final_report_opens_with_the_plenary_then_each_room_then_the_matrix_annex_and_the_review_if_asked() {
        var before = asAdmin(() -> chapters(finalReport.document(fx.room.editionId, false)));
        // the demo's adopted opening plenary summary (Astana) comes first; the working sessions have no adopted report
        assertThat(before.getFirst()).startsWith("Summary of the opening plenary:");
        assertThat(before).contains("Cooperation on Political Issues");
        assertThat(before.getLast()).startsWith("Annex I — Matrix of joint activities adopted at the 16th");

        var draft = written();
        var submitted = as(fx.room.rapporteur, () -> reports.submit(fx.room.roomId, draft.version()));
        as(fx.room.chair, () -> reports.adopt(fx.room.roomId, submitted.version()));
        var after = asAdmin(() -> chapters(finalReport.document(fx.room.editionId, true)));

        // other tests add rooms of the same name to this edition: this room's adopted report is one more chapter,
        // after the demo's working sessions and before the annexes
        var title = "Report of the working session: Economic test room";
        assertThat(after.stream().filter(title::equals).count())
                .isEqualTo(before.stream().filter(title::equals).count() + 1);
        assertThat(after.lastIndexOf(title)).isGreaterThan(after.indexOf("Cooperation on Political Issues"))
                .isLessThan(after.indexOf(after.stream().filter(h -> h.startsWith("Annex I ")).findFirst()
                        .orElseThrow()));
        assertThat(after.getLast()).startsWith("Annex II — Implementation of the matrix of the 15th");
    }

    @Test
    void the_final_report_side_by_side_in_pdf_carries_the_adopted_texts_in_the_three_languages() throws Exception {
        var draft = written();
        var submitted = as(fx.room.rapporteur, () -> reports.submit(fx.room.roomId, draft.version()));
        as(fx.room.chair, () -> reports.adopt(fx.room.roomId, submitted.version()));

        var pdf = asAdmin(() -> files.finalReport(fx.room.editionId, Format.PDF, Layout.SIDE_BY_SIDE, false));

        assertThat(pdf.fileName()).startsWith("final-report-16-").endsWith("-en-fr-ar.pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            // side by side, each column wraps its own lines: compare the words, not the line breaks
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Members welcomed the Letter of Intent.", "Créer un groupe de travail.",
                    "رحب الأعضاء بخطاب النوايا.");
        }
    }

    /** The level-1 headings in English: the chapters. */
    private static List<String> chapters(Doc doc) {
        return doc.blocks().stream().filter(b -> b instanceof Doc.Heading h && h.level() == 1)
                .map(b -> ((Doc.Heading) b).text().get(Language.EN)).toList();
    }

    private static boolean rightToLeft(XWPFParagraph paragraph) {
        var properties = paragraph.getCTP().getPPr();
        return properties != null && properties.isSetBidi();
    }
}
