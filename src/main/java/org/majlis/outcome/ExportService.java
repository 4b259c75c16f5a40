package org.majlis.outcome;

import org.majlis.base.LocalizedText;
import org.majlis.export.Doc;
import org.majlis.export.DocumentWriters;
import org.majlis.export.Format;
import org.majlis.export.Layout;
import org.majlis.export.Sheet;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.RoomService;
import org.majlis.outcome.internal.ExportTexts;
import org.majlis.outcome.internal.MatrixExports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The matrix and its review as files (ADR 0041). A room's matrix: anyone who may read the room (its participants
 * and the secretariat), every entry but the withdrawn ones, with its status. An edition's matrix (adopted entries
 * only, the final report's annex) and the implementation review of the previous edition's matrix: the secretariat
 * only. XLSX and CSV are in one language; DOCX and PDF in one language or the three side by side. Reads only, in one
 * read-only transaction (a consistent snapshot, no lock): call it off the UI thread ({@link ExportJobs}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ExportService {

    private final MatrixExports matrix;
    private final DocumentWriters writers;
    private final ExportTexts texts;
    private final RoomService rooms;
    private final EditionService editions;

    ExportService(MatrixExports matrix, DocumentWriters writers, ExportTexts texts, RoomService rooms,
                  EditionService editions) {
        this.matrix = matrix;
        this.writers = writers;
        this.texts = texts;
        this.rooms = rooms;
        this.editions = editions;
    }

    /** The matrix of a room the user may read. */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public ExportFile roomMatrix(long roomId, Format format, Layout layout) {
        var details = rooms.details(roomId);
        var name = FileNames.of("matrix", details.edition().number(), english(details.room().title()), layout,
                format);
        return format.document() ? document(name, format, layout, matrix.roomDoc(roomId))
                : sheets(name, format, layout, List.of(matrix.roomSheet(roomId)));
    }

    /** The matrix of an edition: adopted entries, a sheet (XLSX) or a section (DOCX, PDF) per working room. */
    @PreAuthorize("hasRole('ADMIN')")
    public ExportFile editionMatrix(long editionId, Format format, Layout layout) {
        var edition = editions.get(editionId);
        var name = FileNames.of("matrix", edition.number(), english(edition.city()), layout, format);
        if (format.document()) {
            return document(name, format, layout, matrix.editionDoc(editionId));
        }
        return sheets(name, format, layout, format == Format.CSV ? List.of(matrix.editionSheet(editionId))
                : matrix.editionSheets(editionId));
    }

    /** The implementation review of the previous edition's matrix, as reported in this edition's rooms. */
    @PreAuthorize("hasRole('ADMIN')")
    public ExportFile review(long editionId, Format format, Layout layout) {
        var edition = editions.get(editionId);
        var name = FileNames.of("review", edition.number(), english(edition.city()), layout, format);
        return format.document() ? document(name, format, layout, matrix.reviewDoc(editionId))
                : sheets(name, format, layout, List.of(matrix.reviewSheet(editionId)));
    }

    /** The edition's adopted matrix as blocks for the final report's annex (compact columns, portrait). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Doc.Block> matrixAnnex(long editionId) {
        return matrix.annexBlocks(editionId);
    }

    /** The implementation review of the previous edition's matrix as a document (for the final report's annex). */
    @PreAuthorize("hasRole('ADMIN')")
    public Doc reviewDocument(long editionId) {
        return matrix.reviewDoc(editionId);
    }

    private ExportFile document(String name, Format format, Layout layout, Doc doc) {
        var out = new ByteArrayOutputStream();
        try {
            writers.write(doc, format, layout, texts.fallbackMarks(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportFile(name, format, out.toByteArray());
    }

    private ExportFile sheets(String name, Format format, Layout layout, List<Sheet> sheets) {
        if (layout.sideBySide()) {
            throw new IllegalArgumentException(format + " is written in one language, not side by side");
        }
        var out = new ByteArrayOutputStream();
        try {
            writers.write(sheets, format, layout.language(), texts.fallbackMarks(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportFile(name, format, out.toByteArray());
    }

    private static String english(LocalizedText text) {
        return text.in(Locale.ENGLISH);
    }
}
