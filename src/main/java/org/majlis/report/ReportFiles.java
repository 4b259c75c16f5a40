package org.majlis.report;

import org.majlis.base.RefusedException;
import org.majlis.export.Doc;
import org.majlis.export.DocumentWriters;
import org.majlis.export.Format;
import org.majlis.export.Layout;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.RoomService;
import org.majlis.outcome.ExportFile;
import org.majlis.outcome.FileNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The room report and the meeting's final report as DOCX or PDF, in one language or the three side by side. A room's
 * report: whoever may read it in the Report tab (chairs and rapporteurs always, delegates and observers once it is
 * submitted). The final report: the secretariat. Reads only; call it off the UI thread ({@code outcome.ExportJobs}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReportFiles {

    private final ReportService reports;
    private final RoomReportDocument roomDocuments;
    private final FinalReportDocument finalDocument;
    private final DocumentWriters writers;
    private final RoomService rooms;
    private final EditionService editions;

    ReportFiles(ReportService reports, RoomReportDocument roomDocuments, FinalReportDocument finalDocument,
                DocumentWriters writers, RoomService rooms, EditionService editions) {
        this.reports = reports;
        this.roomDocuments = roomDocuments;
        this.finalDocument = finalDocument;
        this.writers = writers;
        this.rooms = rooms;
        this.editions = editions;
    }

    /** The room's report as the user may read it; refused when there is none they may read. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public ExportFile roomReport(long roomId, Format format, Layout layout) {
        var report = reports.overview(roomId).report();
        if (report == null) {
            throw new RefusedException("report.export.none");
        }
        var details = rooms.details(roomId);
        var name = FileNames.of("report", details.edition().number(), details.room().title().in(Locale.ENGLISH),
                layout, format);
        return write(name, format, layout, roomDocuments.document(report));
    }

    /** The edition's final report, with the review of the previous edition's matrix as second annex if asked. */
    @PreAuthorize("hasRole('ADMIN')")
    public ExportFile finalReport(long editionId, Format format, Layout layout, boolean withReview) {
        var edition = editions.get(editionId);
        var name = FileNames.of(withReview ? "final-report-with-review" : "final-report", edition.number(),
                edition.city().in(Locale.ENGLISH), layout, format);
        return write(name, format, layout, finalDocument.document(editionId, withReview));
    }

    private ExportFile write(String name, Format format, Layout layout, Doc doc) {
        if (!format.document()) {
            throw new IllegalArgumentException(format + " is not a document format");
        }
        var out = new ByteArrayOutputStream();
        try {
            writers.write(doc, format, layout, roomDocuments.fallbackMarks(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportFile(name, format, out.toByteArray());
    }
}
