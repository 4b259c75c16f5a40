package org.majlis.report;

import org.majlis.base.Language;
import org.majlis.base.ui.Translations;
import org.majlis.export.Doc;
import org.majlis.export.Translated;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;
import org.majlis.outcome.ExportService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

/**
 * The meeting's final report as an export document, assembled by the secretariat for an edition: the opening
 * plenary's summary (its room report), each working room's adopted report in room order (a room whose report is not
 * adopted says so), and as annex the edition's matrix of joint activities (adopted entries), optionally followed by
 * the implementation review of the previous edition's matrix. Nothing is stored: it is built from what the rooms
 * adopted at the moment it is asked for.
 */
@Component
public class FinalReportDocument {

    private final ReportService reports;
    private final RoomReportDocument roomDocuments;
    private final ExportService exports;
    private final RoomService rooms;
    private final EditionService editions;
    private final Translations translations;

    FinalReportDocument(ReportService reports, RoomReportDocument roomDocuments, ExportService exports,
                        RoomService rooms, EditionService editions, Translations translations) {
        this.reports = reports;
        this.roomDocuments = roomDocuments;
        this.exports = exports;
        this.rooms = rooms;
        this.editions = editions;
        this.translations = translations;
    }

    /** The final report of an edition (the secretariat: the services it reads refuse anyone else). */
    public Doc document(long editionId, boolean withReview) {
        var edition = editions.get(editionId);
        var title = label("report.final.title", edition.number(), edition.city());
        var blocks = new ArrayList<Doc.Block>();
        blocks.add(new Doc.Paragraph(label("report.final.subtitle", edition.number(), edition.city()), true));
        var ordered = rooms.rooms(editionId).stream()
                .sorted(Comparator.comparing((RoomSummary room) -> room.kind() != RoomKind.PLENARY)
                        .thenComparingInt(RoomSummary::position))
                .toList();
        for (var room : ordered) {
            if (room != ordered.getFirst()) {
                blocks.add(new Doc.PageBreak());
            }
            var report = reports.overview(room.id()).report();
            if (report != null && report.status() == ReportStatus.ADOPTED) {
                blocks.addAll(roomDocuments.document(report).blocks());
            } else {
                blocks.add(new Doc.Heading(1, Translated.of(room.title())));
                blocks.add(new Doc.Paragraph(label(room.kind() == RoomKind.PLENARY ? "report.final.plenary-missing"
                        : "report.final.room-missing"), true));
            }
        }
        blocks.add(new Doc.PageBreak());
        blocks.add(new Doc.Heading(1, label("report.final.annex-matrix", edition.number(), edition.city())));
        blocks.addAll(exports.matrixAnnex(editionId));
        if (withReview && edition.previousEditionId() != null) {
            var review = exports.reviewDocument(editionId);
            blocks.add(new Doc.PageBreak());
            blocks.add(new Doc.Heading(1, label("report.final.annex-review", edition.previousEditionNumber())));
            blocks.addAll(review.blocks());
        }
        return new Doc(title, false, blocks);
    }

    /** A label in the three languages; a {@link org.majlis.base.LocalizedText} argument is given in each language. */
    private Translated label(String key, Object... args) {
        var values = new EnumMap<Language, String>(Language.class);
        for (var language : Language.values()) {
            var localized = List.of(args).stream()
                    .map(arg -> arg instanceof org.majlis.base.LocalizedText text ? text.in(language.locale()) : arg)
                    .toArray();
            values.put(language, translations.getTranslation(key, language.locale(), localized));
        }
        return new Translated(values);
    }
}
